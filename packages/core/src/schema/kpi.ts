import { z } from 'zod';
import { AmountSchema } from './number-bounds.js';
import { BandSchema, HandleSchema, IsoDateSchema, SchemaRefSchema, SlugSchema } from './primitives.js';
import { ValuesSchema, VisibilitySchema } from './visibility.js';

export const KpiDirectionSchema = z.enum(['increase', 'decrease', 'range']);
export const FrequencySchema = z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'yearly']);
export const HealthSchema = z.enum(['healthy', 'warning', 'critical', 'unknown']);

const TargetValueSchema = z.union([AmountSchema, BandSchema]);

export const TimeBoundTargetSchema = z.strictObject({
  from: IsoDateSchema,
  value: TargetValueSchema,
});

export const MeasurementSchema = z.strictObject({
  date: IsoDateSchema,
  value: AmountSchema,
  note: z.string().optional(),
});

/** `kpis/<id>.yaml`: an ongoing health metric. Measurements may live in `kpis/<id>.csv` instead. */
export const KpiSchema = z
  .strictObject({
    $schema: SchemaRefSchema.optional(),
    id: SlugSchema.optional().describe('Default: the file name'),
    title: z.string().min(1),
    description: z.string().optional(),
    owner: HandleSchema.optional(),
    team: SlugSchema.optional(),
    unit: z.string().optional(),
    direction: KpiDirectionSchema.default('increase'),
    target: z
      .union([TargetValueSchema, z.array(TimeBoundTargetSchema).min(1)])
      .optional()
      .describe('A number, { min, max } for range KPIs, or a list of { from, value } time-bound targets'),
    target_note: z.string().optional().describe('The target in words, beside or instead of a number'),
    critical: TargetValueSchema.optional().describe('Beyond this line the KPI is critical'),
    indicator: z.enum(['leading', 'lagging']).optional(),
    key: z.boolean().default(false),
    frequency: FrequencySchema.optional(),
    drives: z.array(SlugSchema).default([]).describe('Lagging KPIs this leading indicator predicts'),
    health: z.strictObject({ status: HealthSchema, reason: z.string().min(1) }).optional().describe('Set the health by hand, with a reason'),
    tags: z.array(z.string()).default([]),
    measurements: z.array(MeasurementSchema).default([]),
    visibility: VisibilitySchema.optional().describe('internal: left out of public builds; default: visibility in cairn.config.yaml, else public'),
    values: ValuesSchema.optional().describe('hidden: publish health and trend, never targets or measured values; default shown'),
  })
  .describe('A Cairn KPI');

export type KpiFields = z.output<typeof KpiSchema>;
export type Measurement = z.output<typeof MeasurementSchema>;
export type KpiDirection = z.output<typeof KpiDirectionSchema>;
export type Frequency = z.output<typeof FrequencySchema>;
export type Band = z.output<typeof BandSchema>;
