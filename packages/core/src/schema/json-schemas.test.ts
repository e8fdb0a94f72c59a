import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IsoDateSchema, jsonSchemas } from '../index.js';

const dir = new URL('../../schemas/', import.meta.url);

type Json = { [key: string]: unknown };

const INPUT_KINDS = ['config', 'periods', 'teams', 'objective', 'kpi'];

/** Every subschema of a JSON Schema with the path it sits at, the root first. */
function walk(schema: unknown, path = '#'): [string, Json][] {
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as Json;
  const found: [string, Json][] = [[path, node]];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, sub] of Object.entries(value)) found.push(...walk(sub, `${path}/properties/${name}`));
    } else if ((key === 'anyOf' || key === 'oneOf' || key === 'allOf') && Array.isArray(value)) {
      value.forEach((sub, index) => found.push(...walk(sub, `${path}/${key}/${index}`)));
    } else if (key === 'items' || key === 'additionalProperties') {
      found.push(...walk(value, `${path}/${key}`));
    }
  }
  return found;
}

/** Each property of each object in a schema, by path, with its subschema. */
function properties(schema: unknown): [string, Json][] {
  return walk(schema).filter(([path]) => /\/properties\/[^/]+$/.test(path));
}

describe('shipped JSON Schemas', () => {
  const generated = jsonSchemas();

  it('ship one file per file kind and for the snapshot', () => {
    const shipped = readdirSync(dir)
      .filter((name) => name.endsWith('.schema.json'))
      .sort();
    expect(shipped).toEqual(
      Object.keys(generated)
        .map((name) => `${name}.schema.json`)
        .sort(),
    );
    expect(Object.keys(generated).sort()).toEqual(['config', 'kpi', 'objective', 'periods', 'snapshot', 'teams']);
  });

  it.each(Object.keys(generated))('%s.schema.json matches the zod schema (run `npm run schemas -w @cairn/core` if not)', (name) => {
    const shipped: unknown = JSON.parse(readFileSync(new URL(`${name}.schema.json`, dir), 'utf8'));
    expect(shipped).toEqual(generated[name]);
  });

  it('describes what people write: defaults are optional, unknown fields are rejected', () => {
    const objective = generated.objective as { required: string[]; additionalProperties: boolean; properties: Record<string, unknown> };
    expect(objective.required).toEqual(['title']);
    expect(objective.additionalProperties).toBe(false);
    expect(Object.keys(objective.properties)).toContain('key_results');
  });

  it('closes every object of the input schemas, so a typo is caught', () => {
    for (const kind of INPUT_KINDS) {
      const open = walk(generated[kind]).filter(([, node]) => node.type === 'object' && node.properties && node.additionalProperties !== false);
      expect(open.map(([path]) => `${kind} ${path}`)).toEqual([]);
    }
  });

  it('leaves every object of the snapshot schema open, so fields added within version 1 still validate', () => {
    const objects = walk(generated.snapshot).filter(([, node]) => node.type === 'object');
    expect(objects.length).toBeGreaterThan(10);
    expect(objects.filter(([, node]) => node.additionalProperties === false).map(([path]) => path)).toEqual([]);
    // The one map keeps its value rule: team scores are 0..1 under any period id.
    const scores = walk(generated.snapshot).find(([path]) => path.endsWith('/properties/teams/items/properties/scores'))?.[1];
    expect(scores?.additionalProperties).toEqual({ type: 'number', minimum: 0, maximum: 1 });
  });

  it('names every schema with a stable $id that carries the format version', () => {
    const ids = Object.entries(generated).map(([name, schema]) => [name, (schema as Json).$id]);
    expect(ids).toEqual(Object.keys(generated).map((name) => [name, `urn:cairn:schema:${name}:1`]));
    for (const schema of Object.values(generated)) expect(Object.keys(schema as Json).slice(0, 2)).toEqual(['$schema', '$id']);
  });

  it.each(Object.keys(generated))('%s: every property has a description for hover text', (name) => {
    const bare = properties(generated[name]).filter(([, node]) => typeof node.description !== 'string' || node.description.length < 5);
    expect(bare.map(([path]) => path)).toEqual([]);
  });

  it('says what each value of the enums people choose from means', () => {
    const enums = INPUT_KINDS.flatMap((kind) => properties(generated[kind]).map(([path, node]) => [`${kind} ${path}`, node] as const)).filter(([, node]) =>
      Array.isArray(node.enum),
    );
    const chosen = enums.filter(([path]) => /\/(kind|type|direction|indicator|frequency|status)$/.test(path));
    expect(chosen.map(([path]) => path.split(' ')[0])).toEqual(expect.arrayContaining(['objective', 'kpi']));
    for (const [path, node] of chosen) {
      for (const value of node.enum as string[]) expect(node.description, `${path} should explain ${value}`).toContain(value);
    }
  });

  it('explains that trendChange is positive when the KPI gets better, whatever its direction', () => {
    const trendChange = properties(generated.snapshot).find(([path]) => path.endsWith('/kpis/items/properties/trendChange'))?.[1];
    expect(trendChange?.description).toMatch(/positive is better/);
    expect(trendChange?.description).toMatch(/decrease KPI is positive/);
  });

  it('marks every date people write as format "date" and says how to write it', () => {
    const dates = INPUT_KINDS.flatMap((kind) => properties(generated[kind]).map(([path, node]) => [`${kind} ${path}`, node] as const)).filter(
      ([, node]) => node.pattern === '^\\d{4}-\\d{2}-\\d{2}$',
    );
    expect(dates.map(([path]) => path)).toEqual(
      expect.arrayContaining([
        'config #/properties/as_of',
        'periods #/anyOf/0/items/properties/start',
        'periods #/anyOf/1/properties/periods/items/properties/end',
        'objective #/properties/key_results/items/properties/checkins/items/properties/date',
        'kpi #/properties/measurements/items/properties/date',
        'kpi #/properties/target/anyOf/1/items/properties/from',
      ]),
    );
    for (const [path, node] of dates) {
      expect(node.format, path).toBe('date');
      expect(node.description, path).toMatch(/YYYY-MM-DD/);
    }
  });

  it('repeats the bounds of amounts and weights, which zod checks in a refinement, so an editor marks them too', () => {
    const objective = generated.objective as { properties: Record<string, Json> };
    expect(objective.properties.weight).toMatchObject({ minimum: 0, maximum: 1e6 });
    const start = properties(objective).find(([path]) => path.endsWith('/key_results/items/properties/start'))?.[1];
    expect(start).toMatchObject({ type: 'number', minimum: -1e15, maximum: 1e15 });
    const measured = properties(generated.kpi).find(([path]) => path.endsWith('/measurements/items/properties/value'))?.[1];
    expect(measured).toMatchObject({ type: 'number', minimum: -1e15, maximum: 1e15 });
  });

  it('format "date" changes nothing Cairn accepts: a day the calendar lacks is still its own error', () => {
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDateSchema.safeParse('2026-02-30').error?.issues.map((issue) => issue.message)).toEqual(['is not a real calendar date']);
    expect(IsoDateSchema.safeParse('2026-2-3').error?.issues.map((issue) => issue.message)).toEqual(['must be a date written YYYY-MM-DD']);
  });

  it('writes no type union strict validators warn about, an integer version and a count from 0', () => {
    for (const [name, schema] of Object.entries(generated)) {
      const unions = walk(schema).filter(([, node]) => Array.isArray(node.type) && (node.type as string[]).filter((type) => type !== 'null').length > 1);
      expect(unions.map(([path]) => `${name} ${path}`)).toEqual([]);
    }
    const snapshot = generated.snapshot as { properties: Record<string, Json> };
    expect(snapshot.properties.version).toMatchObject({ type: 'integer', const: 1 });
    const count = properties(snapshot).find(([path]) => path.endsWith('/periods/items/properties/objectives'))?.[1];
    expect(count).toMatchObject({ type: 'integer', minimum: 0 });
  });
});
