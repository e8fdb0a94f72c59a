import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../index.js';

const dir = new URL('../../schemas/', import.meta.url);

describe('shipped JSON Schemas', () => {
  const generated = jsonSchemas();

  it('ship one file per file kind and for the snapshot', () => {
    const shipped = readdirSync(dir).filter((name) => name.endsWith('.schema.json')).sort();
    expect(shipped).toEqual(Object.keys(generated).map((name) => `${name}.schema.json`).sort());
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
});
