import { z } from 'zod';
import { VisibilitySchema } from './visibility.js';

/**
 * The snapshot is the one thing the site and the elements read. It is versioned: fields may be
 * added within version 1, never renamed or removed.
 */
const DateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Score = z.number().min(0).max(1);
const Colour = z.enum(['green', 'yellow', 'red']);
const Status = z.enum(['not-started', 'on-track', 'at-risk', 'off-track', 'done', 'achieved', 'partial', 'missed']);
const Band = z.union([z.number(), z.object({ min: z.number(), max: z.number() })]);
const DatedValue = z.object({ date: DateString, value: z.number() });

export const SnapshotCheckinSchema = z.object({
  date: DateString,
  value: z.union([z.number(), z.boolean()]).nullable().describe("null when the key result's values are hidden"),
  confidence: z.number().nullable(),
  note: z.string().nullable(),
  by: z.string().nullable(),
});

export const SnapshotKeyResultSchema = z.object({
  id: z.string(),
  ref: z.string().describe('"<objective-id>#<kr-id>"'),
  title: z.string(),
  type: z.enum(['metric', 'kpi', 'milestone', 'maintain']),
  owner: z.string().nullable(),
  weight: z.number(),
  start: z.number().nullable(),
  target: z.number().nullable(),
  stretch: z.number().nullable(),
  current: z.number().nullable(),
  unit: z.string().nullable(),
  kpi: z.string().nullable(),
  direction: z.enum(['increase', 'decrease']).nullable(),
  progress: Score,
  attainment: z.number().nullable().describe('Raw share of the way from start to target; may exceed 1 or go below 0'),
  stretchReached: z.boolean(),
  heldShare: z.number().nullable().describe('maintain: share of in-period values that held the bound'),
  milestones: z.array(z.object({ title: z.string(), done: z.boolean(), weight: z.number() })).nullable(),
  status: Status,
  forecast: z.number().nullable(),
  confidence: z.number().nullable(),
  contributors: z.array(z.string()).describe('Objectives that contribute to this key result'),
  checkins: z.array(SnapshotCheckinSchema),
  history: z.array(DatedValue),
  visibility: VisibilitySchema.optional(),
  valuesHidden: z.boolean().optional().describe('true: start, target, stretch, current, attainment, check-in values and history are left out (null or empty)'),
});

export const SnapshotObjectiveSchema = z.object({
  id: z.string(),
  title: z.string(),
  period: z.string(),
  team: z.string(),
  owner: z.string().nullable(),
  kind: z.enum(['aspirational', 'committed']),
  parent: z.string().nullable().describe('An objective id or "<objective-id>#<kr-id>"'),
  children: z.array(z.string()),
  weight: z.number(),
  tags: z.array(z.string()),
  supportingKpis: z.array(z.string()),
  narrative: z.string().describe('Markdown, unrendered'),
  score: Score,
  grade: z.number(),
  colour: Colour,
  status: Status,
  expected: Score,
  forecast: z.number().nullable(),
  projectedToMiss: z.boolean(),
  keyResults: z.array(SnapshotKeyResultSchema),
  source: z.object({ file: z.string(), line: z.number() }),
  visibility: VisibilitySchema.optional(),
  internalKeyResults: z.number().int().min(0).optional().describe('In a public build: how many internal key results were left out (they still count in the score)'),
});

export const SnapshotKpiSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  owner: z.string().nullable(),
  team: z.string().nullable(),
  unit: z.string().nullable(),
  direction: z.enum(['increase', 'decrease', 'range']),
  target: Band.nullable().describe('The target in force at the latest measurement (at the as-of date when there is none)'),
  targets: z.array(z.object({ from: DateString, value: Band })).nullable().describe('Time-bound targets, when the KPI has them'),
  targetNote: z.string().nullable(),
  critical: Band.nullable(),
  latest: DatedValue.nullable(),
  health: z.enum(['healthy', 'warning', 'critical', 'unknown']),
  healthSetBy: z.enum(['rule', 'hand']),
  healthReason: z.string().nullable(),
  stale: z.boolean(),
  daysSinceLatest: z.number().nullable(),
  trend: z.enum(['improving', 'worsening', 'flat', 'unknown']),
  trendChange: z.number().nullable(),
  indicator: z.enum(['leading', 'lagging']).nullable(),
  key: z.boolean(),
  frequency: z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'yearly']).nullable(),
  drives: z.array(z.string()),
  drivenBy: z.array(z.string()),
  keyResults: z.array(z.string()).describe('Key results measured through this KPI'),
  guards: z.array(z.string()).describe('Objectives that watch this KPI as a guardrail'),
  series: z.array(z.object({ date: DateString, value: z.number(), note: z.string().optional() })),
  visibility: VisibilitySchema.optional(),
  valuesHidden: z.boolean().optional().describe('true: targets, critical lines, the target note, measurements and the trend change are left out (null or empty)'),
});

export const SnapshotPeriodSchema = z.object({
  id: z.string(),
  name: z.string(),
  start: DateString,
  end: DateString,
  parent: z.string().nullable(),
  phase: z.enum(['before', 'during', 'after']),
  expected: Score,
  score: Score.nullable(),
  objectives: z.number().int(),
});

export const SnapshotTeamSchema = z.object({
  id: z.string(),
  name: z.string(),
  parent: z.string().nullable(),
  owners: z.array(z.string()),
  score: Score.nullable().describe('In the default period'),
  scores: z.record(z.string(), Score).describe('Per period id'),
});

export const SnapshotSchema = z
  .object({
    version: z.literal(1),
    asOf: DateString,
    organisation: z.string().nullable(),
    site: z.object({
      title: z.string().nullable(),
      description: z.string().nullable(),
      url: z.string().nullable(),
      repository: z.string().nullable(),
      locale: z.string().nullable(),
    }),
    defaultPeriod: z.string().nullable(),
    audience: VisibilitySchema.optional().describe('Set when the snapshot was prepared for an audience: a public one holds no internal item and no hidden value'),
    periods: z.array(SnapshotPeriodSchema),
    teams: z.array(SnapshotTeamSchema),
    objectives: z.array(SnapshotObjectiveSchema),
    kpis: z.array(SnapshotKpiSchema),
    slice: z
      .object({ kind: z.enum(['period', 'team', 'objective', 'kpi', 'kpis']), id: z.string().nullable() })
      .optional()
      .describe('Present on a slice: which part of the snapshot this is; its lists hold only what that part needs'),
  })
  .describe('A Cairn snapshot: a scored goals repository at one as-of date');

export type Snapshot = z.output<typeof SnapshotSchema>;
export type SnapshotObjective = z.output<typeof SnapshotObjectiveSchema>;
export type SnapshotKeyResult = z.output<typeof SnapshotKeyResultSchema>;
export type SnapshotKpi = z.output<typeof SnapshotKpiSchema>;
export type SnapshotPeriod = z.output<typeof SnapshotPeriodSchema>;
export type SnapshotTeam = z.output<typeof SnapshotTeamSchema>;
