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

/** The version of the formats the schemas describe: the snapshot's `version`, and the files people write. */
export const SCHEMA_FORMAT_VERSION = 1;

/** The stable name of a published schema (its `$id`), like `urn:cairn:schema:snapshot:1`. */
export function schemaId(name: string): string {
  return `urn:cairn:schema:${name}:${SCHEMA_FORMAT_VERSION}`;
}

type OverrideContext = Parameters<NonNullable<NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override']>>[0];

/** A whole-number literal (the snapshot's `version: 1`) is an integer, not any number. */
function integerLiterals({ zodSchema, jsonSchema }: OverrideContext): void {
  const def = zodSchema._zod.def;
  if (def.type === 'literal' && def.values.every((value) => Number.isInteger(value))) jsonSchema.type = 'integer';
}

/** What Cairn emits may gain fields within a version, so a consumer's validation must let them through. */
function openObjects(context: OverrideContext): void {
  integerLiterals(context);
  if (context.jsonSchema.additionalProperties === false) delete context.jsonSchema.additionalProperties;
}

function named(name: string, schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema, $id: schemaId(name), ...rest };
}

/**
 * JSON Schemas generated from the zod schemas that validate. They check the shape of each file
 * (fields, types, enums, ranges, date spelling); calendar days, references between files and
 * rules between values are left to `cairn validate`.
 * File kinds describe what people write (input, closed so typos are caught); the snapshot
 * describes what Cairn emits (output, open to fields added within its version).
 */
export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(FILE_KINDS)) {
    out[name] = named(name, z.toJSONSchema(schema, { io: 'input', override: integerLiterals }));
  }
  out.snapshot = named('snapshot', z.toJSONSchema(SnapshotSchema, { io: 'output', override: openObjects }));
  return out;
}
