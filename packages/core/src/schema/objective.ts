import { z } from 'zod';
import { AmountSchema, WeightSchema } from './number-bounds.js';
import { HandleSchema, IsoDateSchema, ParentRefSchema, SchemaRefSchema, SlugSchema } from './primitives.js';
import { ValuesSchema, VisibilitySchema } from './visibility.js';

export const KeyResultTypeSchema = z.enum(['metric', 'kpi', 'milestone', 'maintain']);
export const ObjectiveKindSchema = z.enum(['aspirational', 'committed']);

export const CheckinSchema = z.strictObject({
  date: IsoDateSchema,
  value: z.union([AmountSchema, z.boolean()]).describe('A number; milestones also take true/false or 0..1'),
  confidence: z.number().min(0).max(1).optional().describe('How sure the owner is that the target will be met, 0..1'),
  note: z.string().optional(),
  by: HandleSchema.optional(),
});

export const MilestoneSchema = z.strictObject({
  title: z.string().min(1),
  done: z.boolean().default(false),
  weight: WeightSchema.default(1),
});

/**
 * One schema for every key-result type: the type is usually implied by the fields
 * (`target` → metric, `kpi` → kpi, `done`/`milestones` → milestone), and a flat shape
 * gives far clearer errors than a union of four shapes.
 */
export const KeyResultSchema = z.strictObject({
  id: SlugSchema.optional().describe('Default: kr1, kr2… by position'),
  title: z.string().min(1),
  owner: HandleSchema.optional().describe("Default: the objective's owner"),
  weight: WeightSchema.default(1),
  type: KeyResultTypeSchema.optional(),
  start: AmountSchema.optional(),
  target: AmountSchema.optional(),
  stretch: AmountSchema.optional().describe('A value beyond target; reaching it is shown as a stretch achievement'),
  unit: z.string().optional(),
  kpi: SlugSchema.optional().describe('Read the current value from this KPI'),
  direction: z.enum(['increase', 'decrease']).optional().describe('maintain: stay at or above (increase) or at or below (decrease) the target'),
  done: z.boolean().optional(),
  milestones: z.array(MilestoneSchema).optional(),
  checkins: z.array(CheckinSchema).default([]),
  visibility: VisibilitySchema.optional().describe("internal: left out of public builds (still counted in the objective's score); default: the objective's"),
  values: ValuesSchema.optional().describe("hidden: publish progress and status, never start, target, current or check-in values; default: the objective's"),
});

/** The front matter of `objectives/<period>/<team>/<id>.md` (or the whole of a .yaml/.json objective). */
export const ObjectiveSchema = z
  .strictObject({
    $schema: SchemaRefSchema.optional(),
    id: SlugSchema.optional().describe('Default: the file name'),
    title: z.string().min(1),
    owner: HandleSchema.optional(),
    kind: ObjectiveKindSchema.default('aspirational'),
    period: SlugSchema.optional().describe('Default: the folder under objectives/'),
    team: SlugSchema.optional().describe('Default: the folder under the period'),
    parent: ParentRefSchema.nullish(),
    weight: WeightSchema.default(1),
    tags: z.array(z.string()).default([]),
    supporting_kpis: z.array(SlugSchema).default([]),
    description: z.string().optional().describe('The narrative, for objectives written as YAML or JSON'),
    key_results: z.array(KeyResultSchema).default([]),
    visibility: VisibilitySchema.optional().describe('internal: left out of public builds; default: visibility in cairn.config.yaml, else public'),
    values: ValuesSchema.optional().describe('hidden: publish scores, status and progress of every key result, never their values; default shown'),
  })
  .describe('A Cairn objective');

export type KeyResultType = z.output<typeof KeyResultTypeSchema>;
export type ObjectiveKind = z.output<typeof ObjectiveKindSchema>;
export type Checkin = z.output<typeof CheckinSchema>;
export type KeyResultFields = z.output<typeof KeyResultSchema>;
export type ObjectiveFields = z.output<typeof ObjectiveSchema>;
