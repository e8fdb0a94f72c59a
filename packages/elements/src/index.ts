/**
 * @cairn/elements — importing this module registers every element.
 * Each element also has its own entry (`@cairn/elements/kpi-gauge`, …).
 */
export { KpiGauge } from './kpi-gauge/kpi-gauge.js';
export { CairnElement, type DataErrorDetail, type LoadState } from './shared/cairn-element.js';
export { normaliseData, DataError, type SnapshotData } from './shared/snapshot.js';
