import { z } from 'zod';
import { AmountSchema, WeightSchema } from './number-bounds.js';
import { HandleSchema, IsoDateSchema, ParentRefSchema, SchemaRefSchema, SlugSchema } from './primitives.js';
import { ValuesSchema, VisibilitySchema } from './visibility.js';

export const KeyResultTypeSchema = z.enum(['metric', 'kpi', 'milestone', 'maintain']);
export const ObjectiveKindSchema = z.enum(['aspirational', 'committed']);

export const CheckinSchema = z.strictObject({
  date: IsoDateSchema.describe('When the value was true, written YYYY-MM-DD'),
  // Two typed branches, not a type array, so strict JSON Schema validators take the schema without a warning.
  value: z
    .union([AmountSchema.describe('The measured number (milestones: a share from 0 to 1)'), z.boolean().describe('Milestones: done (true) or not (false)')])
    .describe('A number; milestones also take true/false or 0..1'),
  confidence: z.number().min(0).max(1).optional().describe('How sure the owner is that the target will be met, 0..1'),
  note: z.string().optional().describe('What happened'),
  by: HandleSchema.optional().describe('Who checked in'),
});

export const MilestoneSchema = z.strictObject({
  title: z.string().min(1).describe('The step, in words'),
  done: z.boolean().default(false).describe('Whether the step is finished; default false'),
  weight: WeightSchema.default(1).describe("How much the step counts in the key result's progress, 0 to 1e6; default 1"),
});

/**
 * One schema for every key-result type: the type is usually implied by the fields
 * (`target` → metric, `kpi` → kpi, `done`/`milestones` → milestone), and a flat shape
 * gives far clearer errors than a union of four shapes.
 */
export const KeyResultSchema = z.strictObject({
  id: SlugSchema.optional().describe('Unique within the objective; default: kr1, kr2… by position'),
  title: z.string().min(1).describe('The result, in words'),
  owner: HandleSchema.optional().describe("Who updates it; default: the objective's owner"),
  weight: WeightSchema.default(1).describe("How much it counts in the objective's score, 0 to 1e6; default 1"),
  type: KeyResultTypeSchema.optional().describe(
    'metric: a number moved from start to target; kpi: a target for a KPI, read from its measurements; milestone: done or not, or weighted steps; maintain: keep a number at or beyond a bound. Default: inferred (kpi: given → kpi; done: or milestones: → milestone; else metric)',
  ),
  start: AmountSchema.optional().describe("Where you begin; default: 0 for a metric, the KPI's baseline for a kpi key result"),
  target: AmountSchema.optional().describe('Where you want to be; below start means lower is better'),
  stretch: AmountSchema.optional().describe('A value beyond target (maintain: a stricter bound); reaching it is shown as a stretch achievement'),
  unit: z.string().optional().describe('Display unit, like %, EUR or products'),
  kpi: SlugSchema.optional().describe("Read the current value from this KPI's measurements (a KPI id)"),
  direction: z.enum(['increase', 'decrease']).optional().describe('maintain: stay at or above (increase) or at or below (decrease) the target'),
  done: z.boolean().optional().describe('Milestone: finished (true) or not (false)'),
  milestones: z.array(MilestoneSchema).optional().describe('Milestone: weighted steps, each { title, done, weight }'),
  checkins: z.array(CheckinSchema).default([]).describe('Dated updates, each { date, value, confidence, note, by }'),
  visibility: VisibilitySchema.optional().describe("internal: left out of public builds (still counted in the objective's score); default: the objective's"),
  values: ValuesSchema.optional().describe("hidden: publish progress and status, never start, target, current or check-in values; default: the objective's"),
});

/** The front matter of `objectives/<period>/<team>/<id>.md` (or the whole of a .yaml/.json objective). */
export const ObjectiveSchema = z
  .strictObject({
    $schema: SchemaRefSchema.optional(),
    id: SlugSchema.optional().describe("The objective's id; default: the file name"),
    title: z.string().min(1).describe('The objective, in words'),
    owner: HandleSchema.optional().describe('Who is accountable (a warning if missing)'),
    kind: ObjectiveKindSchema.default('aspirational').describe(
      'aspirational: ambitious, green from grade 0.7 (scoring.grades.green); committed: a promise, green only at a full score of 1.0. Default aspirational',
    ),
    period: SlugSchema.optional().describe('The period it belongs to; default: the folder under objectives/'),
    team: SlugSchema.optional().describe('The team it belongs to; default: the folder under the period'),
    parent: ParentRefSchema.nullish().describe('What it aligns to: an objective id, or "<objective-id>#<kr-id>" for a key result; none (null) by default'),
    weight: WeightSchema.default(1).describe("How much it counts in its parent's, team's and period's scores, 0 to 1e6; default 1"),
    tags: z.array(z.string()).default([]).describe('Free labels'),
    supporting_kpis: z.array(SlugSchema).default([]).describe('KPI ids watched as guardrails while this objective changes things'),
    description: z.string().optional().describe('The narrative, for objectives written as YAML or JSON'),
    follows: SlugSchema.optional().describe('The objective of an earlier period that this one carries on (an objective id), such as one carried over into the next quarter'),
    retrospective: z.string().optional().describe('Markdown: what the period taught, written when it ends (what worked, what did not, why a committed objective missed)'),
    key_results: z
      .array(KeyResultSchema)
      .default([])
      .describe('The key results that score this objective; 2 to 5 is the healthy range, none makes it an umbrella scored by the objectives aligned to it'),
    visibility: VisibilitySchema.optional().describe('internal: left out of public builds; default: visibility in cairn.config.yaml, else public'),
    values: ValuesSchema.optional().describe('hidden: publish scores, status and progress of every key result, never their values; default shown'),
  })
  .describe('A Cairn objective');

export type KeyResultType = z.output<typeof KeyResultTypeSchema>;
export type ObjectiveKind = z.output<typeof ObjectiveKindSchema>;
export type Checkin = z.output<typeof CheckinSchema>;
export type KeyResultFields = z.output<typeof KeyResultSchema>;
export type ObjectiveFields = z.output<typeof ObjectiveSchema>;
