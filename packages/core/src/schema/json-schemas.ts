import { z } from 'zod';
import { ConfigSchema } from './config.js';
import { KpiSchema } from './kpi.js';
import { ObjectiveSchema } from './objective.js';
import { PeriodsFileSchema } from './period.js';
import { SnapshotSchema } from './snapshot.js';
import { TeamsFileSchema } from './team.js';

const FILE_KINDS = {
  config: ConfigSchema,
  periods: PeriodsFileSchema,
  teams: TeamsFileSchema,
  objective: ObjectiveSchema,
  kpi: KpiSchema,
} as const;

/**
 * JSON Schemas generated from the zod schemas that validate, so editors and Cairn never disagree.
 * File kinds describe what people write (input); the snapshot describes what Cairn emits (output).
 */
export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(FILE_KINDS)) {
    out[name] = z.toJSONSchema(schema, { io: 'input' });
  }
  out.snapshot = z.toJSONSchema(SnapshotSchema, { io: 'output' });
  return out;
}
