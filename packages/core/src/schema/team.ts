import { z } from 'zod';
import { HandleSchema, SchemaRefSchema, SlugSchema } from './primitives.js';

export const TeamSchema = z.strictObject({
  id: SlugSchema.describe('The team id, named by objective folders, team: and KPI team:'),
  name: z.string().min(1).describe('Display name'),
  parent: SlugSchema.nullish().describe('The team this one belongs to; the root has none'),
  owners: z.array(HandleSchema).default([]).describe("Who approves changes to the team's goals, by handle"),
  description: z.string().optional().describe('A sentence about the team'),
});

export const TeamListSchema = z.array(TeamSchema);

/** teams.yaml: a list, or `{ teams: [...] }` so a JSON file can carry "$schema". */
export const TeamsFileSchema = z
  .union([TeamListSchema, z.strictObject({ $schema: SchemaRefSchema.optional(), teams: TeamListSchema.describe('The teams, each { id, name, parent, owners, description }') })])
  .describe('Cairn teams (teams.yaml)');

export type Team = z.output<typeof TeamSchema>;
