/**
 * @cairn/elements — importing this module registers every element.
 * Each element also has its own entry (`@cairn/elements/kpi-gauge`, …).
 */
export { KpiGauge } from './kpi-gauge/kpi-gauge.js';
export { CairnElement, type DataErrorDetail, type ElementState, type LoadState } from './shared/cairn-element.js';
export { normaliseData, DataError, type SnapshotData } from './shared/snapshot.js';
export type { OkrSelectDetail, KpiSelectDetail } from './shared/events.js';
export { OkrProgress, type ProgressVariant } from './okr-progress/okr-progress.js';
export { OkrCard, type OkrCardSelectDetail } from './okr-card/okr-card.js';
export { OkrTree, type OkrTreeSelectDetail, type OkrTreeToggleDetail, type OkrTreeLayout } from './okr-tree/okr-tree.js';
export { KpiTrend } from './kpi-trend/kpi-trend.js';
export { KpiBoard, type KpiBoardSelectDetail } from './kpi-board/kpi-board.js';
