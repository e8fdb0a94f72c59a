import { z } from 'zod';
import { VisibilitySchema } from './visibility.js';

/**
 * The snapshot is the one thing the site and the elements read. It is versioned: fields may be
 * added within version 1, never renamed or removed.
 */
const DateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A date written YYYY-MM-DD');
const Score = z.number().min(0).max(1);
const Colour = z.enum(['green', 'yellow', 'red']);
const Status = z.enum(['not-started', 'on-track', 'at-risk', 'off-track', 'done', 'achieved', 'partial', 'missed']);
const STATUS_MEANING =
  'not-started: before the period; during it: done (score 1), on-track, at-risk or off-track by how far the score lags the time elapsed; after it: achieved (green), partial (yellow) or missed (red, or a committed objective below 1)';
const Band = z.union([z.number(), z.object({ min: z.number().describe('The lower edge'), max: z.number().describe('The upper edge') })]);
const DatedValue = z.object({ date: DateString.describe('The day of the value'), value: z.number().describe('The value on that day') });

export const SnapshotCheckinSchema = z.object({
  date: DateString.describe('When the value was true'),
  // Typed branches (described, so zod keeps them apart) rather than a type array, which strict validators warn about.
  value: z
    .union([z.number().describe('The number checked in (milestones: a share from 0 to 1)'), z.boolean().describe('Milestones: done (true) or not (false)'), z.null()])
    .describe("As written; null when the key result's values are hidden"),
  confidence: z.number().nullable().describe('How sure the owner was that the target will be met, 0..1, or null'),
  note: z.string().nullable().describe('What happened, or null'),
  by: z.string().nullable().describe('Who checked in, or null'),
});

export const SnapshotKeyResultSchema = z.object({
  id: z.string().describe('Unique within the objective'),
  ref: z.string().describe('"<objective-id>#<kr-id>"'),
  title: z.string().describe('The result, in words'),
  type: z.enum(['metric', 'kpi', 'milestone', 'maintain']).describe('As written or inferred: metric, kpi, milestone or maintain'),
  owner: z.string().nullable().describe("Who updates it (default: the objective's owner), or null"),
  weight: z.number().describe("How much it counts in the objective's score"),
  start: z.number().nullable().describe('The start used (a kpi key result: the KPI baseline); null for milestones or hidden values'),
  target: z.number().nullable().describe('The target; null for milestones or hidden values'),
  stretch: z.number().nullable().describe('The stretch value, or null'),
  current: z.number().nullable().describe('The current value (milestones: the progress); null without one or when values are hidden'),
  unit: z.string().nullable().describe('Display unit, or null'),
  kpi: z.string().nullable().describe('The KPI it reads its value from, or null'),
  direction: z.enum(['increase', 'decrease']).nullable().describe('maintain: stay at or above (increase) or at or below (decrease) the target; else null'),
  progress: Score.describe('Progress 0..1, capped'),
  attainment: z.number().nullable().describe('Raw share of the way from start to target; may exceed 1 or go below 0'),
  stretchReached: z.boolean().describe('Whether the stretch value is reached'),
  heldShare: z.number().nullable().describe('maintain: share of in-period values that held the bound'),
  milestones: z
    .array(
      z.object({
        title: z.string().describe('The step, in words'),
        done: z.boolean().describe('Whether it is finished'),
        weight: z.number().describe('How much it counts in the progress'),
      }),
    )
    .nullable()
    .describe('The steps of a milestone key result with defaults applied, or null'),
  status: Status.describe(STATUS_MEANING),
  forecast: z.number().nullable().describe('Projected progress at the period end, 0..1; null without a trend to project and once the period has ended'),
  confidence: z.number().nullable().describe('The latest check-in confidence, 0..1, or null'),
  contributors: z.array(z.string()).describe('Objectives that contribute to this key result'),
  checkins: z.array(SnapshotCheckinSchema).describe('Check-ins by date'),
  history: z.array(DatedValue).describe('The values that fed current, by date'),
  visibility: VisibilitySchema.optional().describe('public or internal (internal items are only in internal builds)'),
  valuesHidden: z.boolean().optional().describe('true: start, target, stretch, current, attainment, check-in values and history are left out (null or empty)'),
});

export const SnapshotObjectiveSchema = z.object({
  id: z.string().describe("The objective's id"),
  title: z.string().describe('The objective, in words'),
  period: z.string().describe('The period id'),
  team: z.string().describe('The team id'),
  owner: z.string().nullable().describe('Who is accountable, or null'),
  kind: z.enum(['aspirational', 'committed']).describe('aspirational: green from grade 0.7; committed: a promise, green only at a score of 1'),
  parent: z.string().nullable().describe('An objective id or "<objective-id>#<kr-id>"'),
  children: z.array(z.string()).describe('Ids of objectives aligned to this one'),
  weight: z.number().describe("How much it counts in its parent's, team's and period's scores"),
  tags: z.array(z.string()).describe('Free labels'),
  supportingKpis: z.array(z.string()).describe('KPI ids watched as guardrails'),
  narrative: z.string().describe('Markdown, unrendered'),
  follows: z.string().nullable().optional().describe('The objective of an earlier period this one carries on, or null'),
  followedBy: z.array(z.string()).optional().describe('Objectives of later periods that carry this one on'),
  retrospective: z.string().nullable().optional().describe('What the period taught, markdown, unrendered, or null'),
  score: Score.describe("The weighted mean of its key results' progress (an umbrella: of its children's scores), 0..1"),
  grade: z.number().describe('The score rounded to one decimal, halves up, 0..1'),
  colour: Colour.describe('green, yellow or red, from the grade (a committed objective is green only at a score of 1)'),
  status: Status.describe(STATUS_MEANING),
  expected: Score.describe('Expected progress: the share of the period elapsed at the as-of date, 0..1'),
  forecast: z.number().nullable().describe('Projected score at the period end, 0..1; null when no key result (an umbrella: no child) has a forecast, and once the period has ended'),
  projectedToMiss: z.boolean().describe('The forecast is not green while the period runs (always false before and after it)'),
  keyResults: z.array(SnapshotKeyResultSchema).describe('Its key results, in file order'),
  source: z
    .object({ file: z.string().describe('The file, relative to the goals folder'), line: z.number().describe("The line of the objective's title") })
    .describe('Where the objective is written'),
  visibility: VisibilitySchema.optional().describe('public or internal (internal items are only in internal builds)'),
  internalKeyResults: z.number().int().min(0).optional().describe('In a public build: how many internal key results were left out (they still count in the score)'),
});

export const SnapshotKpiSchema = z.object({
  id: z.string().describe("The KPI's id"),
  title: z.string().describe('The name of the KPI'),
  description: z.string().nullable().describe('What is measured and how, or null'),
  owner: z.string().nullable().describe('Who keeps it healthy, or null'),
  team: z.string().nullable().describe('The team id, or null'),
  unit: z.string().nullable().describe('Display unit, or null'),
  direction: z.enum(['increase', 'decrease', 'range']).describe('increase: higher is better; decrease: lower is better; range: inside the target band is good'),
  target: Band.nullable().describe('The target in force at the latest measurement (at the as-of date when there is none)'),
  targets: z
    .array(z.object({ from: DateString.describe('The first day it applies'), value: Band.describe('The target from that day') }))
    .nullable()
    .describe('Time-bound targets, when the KPI has them'),
  targetNote: z.string().nullable().describe('The target in words, or null'),
  critical: Band.nullable().describe('The critical line (a band for range KPIs), or null'),
  latest: DatedValue.nullable().describe('The latest measurement on or before the as-of date, or null'),
  health: z
    .enum(['healthy', 'warning', 'critical', 'unknown'])
    .describe('healthy: the latest measurement meets the target; critical: it is at or beyond the critical line; warning: neither; unknown: no numeric target or no measurement'),
  healthSetBy: z.enum(['rule', 'hand']).describe('rule: from target and critical line; hand: set in the file with a reason'),
  healthReason: z.string().nullable().describe('Why the health was set by hand, or null'),
  healthByRule: z
    .enum(['healthy', 'warning', 'critical', 'unknown'])
    .optional()
    .describe('What target and critical line say, also when the health is set by hand (unknown when the values are not published)'),
  healthUntil: z.string().nullable().optional().describe('The last day a health set by hand holds, or null'),
  stale: z.boolean().describe('The as-of date is more than 1.5 measurement intervals after the latest measurement'),
  daysSinceLatest: z.number().nullable().describe('Whole days from the latest measurement to the as-of date, or null without one (kept when values are hidden)'),
  trend: z
    .enum(['improving', 'worsening', 'flat', 'unknown'])
    .describe('improving or worsening: trendChange above +2 % or below −2 %; flat between; unknown with fewer than 3 measurements'),
  trendChange: z
    .number()
    .nullable()
    .describe(
      'Relative change over the last 6 measurements, signed so that positive is better (toward the target), not "the value went up": a falling decrease KPI is positive; 0.05 = 5 %. Null when unknown or hidden',
    ),
  indicator: z.enum(['leading', 'lagging']).nullable().describe('leading: moves first and predicts lagging ones; lagging; or null'),
  key: z.boolean().describe('A key health metric, shown first'),
  frequency: z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'yearly']).nullable().describe('How often it is measured, or null'),
  drives: z.array(z.string()).describe('Lagging KPIs this leading indicator predicts'),
  drivenBy: z.array(z.string()).describe('KPIs whose drives name this one'),
  keyResults: z.array(z.string()).describe('Key results measured through this KPI'),
  guards: z.array(z.string()).describe('Objectives that watch this KPI as a guardrail'),
  series: z
    .array(
      z.object({
        date: DateString.describe('The day measured'),
        value: z.number().describe('The measured number'),
        note: z.string().optional().describe('What explains this value'),
      }),
    )
    .describe('Measurements up to the as-of date, by date'),
  visibility: VisibilitySchema.optional().describe('public or internal (internal items are only in internal builds)'),
  valuesHidden: z.boolean().optional().describe('true: targets, critical lines, the target note, measurements and the trend change are left out (null or empty)'),
});

export const SnapshotPeriodSchema = z.object({
  id: z.string().describe('The period id'),
  name: z.string().describe('Display name (default: the id)'),
  start: DateString.describe('The first day'),
  end: DateString.describe('The last day, inclusive'),
  parent: z.string().nullable().describe('The longer period that contains this one, or null'),
  phase: z.enum(['before', 'during', 'after']).describe('Where the as-of date lies: before, during or after the period'),
  expected: Score.describe('Expected progress: the share of the period elapsed at the as-of date, 0..1'),
  score: Score.nullable().describe("The weighted mean of all its objectives' scores, or null without objectives"),
  objectives: z.number().int().min(0).describe('How many objectives it has'),
});

export const SnapshotTeamSchema = z.object({
  id: z.string().describe('The team id'),
  name: z.string().describe('Display name'),
  parent: z.string().nullable().describe('The team this one belongs to, or null for the root'),
  owners: z.array(z.string()).describe("Who approves changes to the team's goals"),
  score: Score.nullable().describe('In the default period'),
  scores: z.record(z.string(), Score).describe('Per period id'),
});

export const SnapshotSchema = z
  .object({
    version: z.literal(1).describe('The snapshot format version: fields may be added within it, never renamed or removed'),
    asOf: DateString.describe('The as-of date everything is scored at'),
    organisation: z.string().nullable().describe('From the config, or null'),
    site: z
      .object({
        title: z.string().nullable().describe('The site title, or null'),
        description: z.string().nullable().describe('One sentence for search engines and link previews, or null'),
        url: z.string().nullable().describe('The address the site is published at, or null'),
        repository: z.string().nullable().describe('The goals repository, or null'),
        locale: z.string().nullable().describe('A BCP 47 tag like en-GB, or null'),
      })
      .describe('Site settings from the config'),
    defaultPeriod: z.string().nullable().describe('The period to show first, or null'),
    audience: VisibilitySchema.optional().describe('Set when the snapshot was prepared for an audience: a public one holds no internal item and no hidden value'),
    periods: z.array(SnapshotPeriodSchema).describe('Periods, by start date'),
    teams: z.array(SnapshotTeamSchema).describe('Teams, in file order'),
    objectives: z.array(SnapshotObjectiveSchema).describe('Objectives, by period, team and id'),
    kpis: z.array(SnapshotKpiSchema).describe('KPIs, by id'),
    slice: z
      .object({
        kind: z.enum(['period', 'team', 'objective', 'kpi', 'kpis']).describe('What the slice is of'),
        id: z.string().nullable().describe('The id of that period, team, objective or KPI; null for kpis'),
      })
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
