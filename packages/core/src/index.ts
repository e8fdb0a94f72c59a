/**
 * @cairn/core — browser-safe: schemas, loading from in-memory files, validation, scoring and
 * the snapshot. File-system helpers live in `@cairn/core/node`.
 */
export * from './schema/index.js';
export type { Position, PathKey, Locator, SourceDoc } from './source/position.js';
export type { Repository, Located, LocatedObjective, Objective, KeyResult, Kpi, SourceFile, KnownIds } from './load/model.js';
export { loadRepository, type LoadOptions } from './load/load-repository.js';
export { keyResultType } from './load/read-objective.js';
export type { CheckedCache, CachedKind } from './load/checked-cache.js';
export { classify, type FileKind } from './load/classify.js';
export { checkRepository, type CheckOptions } from './validate/check-repository.js';
export { hasErrors, compareProblems, type Problem, type Severity } from './validate/problem.js';
export { closest, dateSuggestion, missingDayHint, numberTextHint } from './validate/suggest.js';
export { buildSnapshot } from './snapshot/build-snapshot.js';
export * from './compare/index.js';
export { editList, listItems, mappingLines, EditError, textRegion, lineEnding, type ListEdit, type Entry, type EntryValue, type TextRegion } from './edit/index.js';
export { defaultPeriod } from './snapshot/default-period.js';
export { chosenAudience, kpiValuesLeftOut, snapshotForAudience } from './snapshot/audience.js';
export { editLink } from './snapshot/edit-link.js';
export { lastMeasuredOn } from './snapshot/last-measured.js';
export { newerTarget } from './snapshot/newer-target.js';
export { groupBy } from './snapshot/group-by.js';
export { figureWriter, kpiFigures, keyResultFigures, isCurrency, type FigureWriter, type FigureBand, type FormatValueOptions } from './format/intl-text.js';
export {
  periodSlice,
  teamSlice,
  objectiveSlice,
  kpiSlice,
  kpiListSlice,
  snapshotSlicer,
  type SnapshotSlicer,
  selectObjectives,
  teamAndDescendants,
  teamAncestry,
  type SliceKind,
  type ObjectiveSelection,
} from './snapshot/slice.js';
export { scoringSettings } from './snapshot/settings.js';
export {
  toDay,
  fromDay,
  daysBetween,
  DEFAULT_SETTINGS,
  expectedProgress,
  periodPhase,
  grade,
  colour,
  paceStatus,
  linearFit,
  weightedMean,
  scoreKeyResult,
  scoreObjectives,
  scoreKpi,
  kpiHealth,
  targetInForce,
  type ScoringSettings,
  type Colour,
  type Status,
  type PeriodSpan,
  type DatedValue,
  type CheckinInput,
  type PeriodPhase,
  type KeyResultInput,
  type KeyResultScore,
  type ObjectiveInput,
  type ObjectiveScore,
  type Health,
  type KpiInput,
  type KpiScore,
  type Trend,
} from './score/index.js';
