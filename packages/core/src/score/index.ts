export { toDay, fromDay, daysBetween } from './dates.js';
export { DEFAULT_SETTINGS, type ScoringSettings } from './settings.js';
export type { Colour, Status, ObjectiveKind, PeriodSpan, DatedValue, CheckinInput } from './types.js';
export { expectedProgress, periodPhase, type PeriodPhase } from './expected.js';
export { grade, colour } from './grade.js';
export { paceStatus } from './status.js';
export { linearFit } from './least-squares.js';
export { weightedMean } from './rollup.js';
export {
  scoreKeyResult,
  type KeyResultType,
  type KeyResultInput,
  type KeyResultScore,
} from './key-result.js';
export { scoreObjectives, type ObjectiveInput, type ObjectiveScore } from './objective.js';
export {
  scoreKpi,
  kpiHealth,
  targetInForce,
  type Health,
  type Band,
  type KpiInput,
  type KpiScore,
} from './kpi-health.js';
export type { Trend } from './kpi-trend.js';
