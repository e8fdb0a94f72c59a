import { z } from 'zod';
import { HandleSchema, SchemaRefSchema, SlugSchema } from './primitives.js';

export const TeamSchema = z.strictObject({
  id: SlugSchema,
  name: z.string().min(1),
  parent: SlugSchema.nullish().describe('The team this one belongs to; the root has none'),
  owners: z.array(HandleSchema).default([]),
  description: z.string().optional(),
});

export const TeamListSchema = z.array(TeamSchema);

/** teams.yaml: a list, or `{ teams: [...] }` so a JSON file can carry "$schema". */
export const TeamsFileSchema = z
  .union([TeamListSchema, z.strictObject({ $schema: SchemaRefSchema.optional(), teams: TeamListSchema })])
  .describe('Cairn teams (teams.yaml)');

export type Team = z.output<typeof TeamSchema>;
