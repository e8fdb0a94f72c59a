import { z } from 'zod';
import { AmountSchema } from './number-bounds.js';
import { BandSchema, HandleSchema, IsoDateSchema, SchemaRefSchema, SlugSchema } from './primitives.js';
import { ValuesSchema, VisibilitySchema } from './visibility.js';

export const KpiDirectionSchema = z.enum(['increase', 'decrease', 'range']);
export const FrequencySchema = z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'yearly']);
export const HealthSchema = z.enum(['healthy', 'warning', 'critical', 'unknown']);

const TargetValueSchema = z.union([AmountSchema, BandSchema]);

export const TimeBoundTargetSchema = z.strictObject({
  from: IsoDateSchema.describe('The first day this target applies, written YYYY-MM-DD; it holds until the next entry'),
  value: TargetValueSchema.describe('The target: a number, or { min, max } for a range KPI'),
});

export const MeasurementSchema = z.strictObject({
  date: IsoDateSchema.describe('The day measured, written YYYY-MM-DD'),
  value: AmountSchema.describe("The measured number, in the KPI's unit"),
  note: z.string().optional().describe('What explains this value'),
});

/** `kpis/<id>.yaml`: an ongoing health metric. Measurements may live in `kpis/<id>.csv` instead. */
export const KpiSchema = z
  .strictObject({
    $schema: SchemaRefSchema.optional(),
    id: SlugSchema.optional().describe("The KPI's id; default: the file name"),
    title: z.string().min(1).describe('The name of the KPI'),
    description: z.string().optional().describe('What is measured and how'),
    owner: HandleSchema.optional().describe('Who keeps it healthy (a warning if missing)'),
    team: SlugSchema.optional().describe('The team it belongs to (a team id)'),
    unit: z.string().optional().describe('Display unit, like %, EUR or ms'),
    direction: KpiDirectionSchema.default('increase').describe(
      'increase: higher is better; decrease: lower is better; range: inside the target band { min, max } is good. Default increase',
    ),
    target: z
      .union([TargetValueSchema, z.array(TimeBoundTargetSchema).min(1)])
      .optional()
      .describe('A number, { min, max } for range KPIs, or a list of { from, value } time-bound targets'),
    target_note: z.string().optional().describe('The target in words, beside or instead of a number'),
    critical: TargetValueSchema.optional().describe('Beyond this line the KPI is critical: below the target (increase), above it (decrease), or a wider band (range)'),
    indicator: z.enum(['leading', 'lagging']).optional().describe('leading: moves first and predicts lagging ones; lagging: shows results after the fact'),
    key: z.boolean().default(false).describe('A key health metric, shown first; default false'),
    frequency: FrequencySchema.optional().describe('How often it is measured: daily, weekly, monthly, quarterly or yearly; decides when it is stale (a warning if missing)'),
    drives: z.array(SlugSchema).default([]).describe('Lagging KPIs this leading indicator predicts'),
    health: z
      .strictObject({
        status: HealthSchema.describe('healthy, warning, critical, or unknown'),
        reason: z.string().min(1).describe('Why the health is set by hand'),
        until: IsoDateSchema.optional().describe('The last day the health set by hand holds, written YYYY-MM-DD; after it the rule decides again, and validate warns'),
      })
      .optional()
      .describe('Set the health by hand, with a reason; it wins over the rule'),
    tags: z.array(z.string()).default([]).describe('Free labels'),
    measurements: z.array(MeasurementSchema).default([]).describe('The data, each { date, value, note }; or put them in kpis/<id>.csv'),
    visibility: VisibilitySchema.optional().describe('internal: left out of public builds; default: visibility in cairn.config.yaml, else public'),
    values: ValuesSchema.optional().describe('hidden: publish health and trend, never targets or measured values; default shown'),
  })
  .describe('A Cairn KPI');

export type KpiFields = z.output<typeof KpiSchema>;
export type Measurement = z.output<typeof MeasurementSchema>;
export type KpiDirection = z.output<typeof KpiDirectionSchema>;
export type Frequency = z.output<typeof FrequencySchema>;
export type Band = z.output<typeof BandSchema>;
