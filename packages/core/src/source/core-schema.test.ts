import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CORE_SCHEMA } from './core-schema.js';
import { splitFrontMatter } from './front-matter.js';
import { NOT_SIMPLE, readSimpleYaml } from './simple-yaml.js';

/** What js-yaml makes of a text under a schema: the value, or the error's message. */
function read(text: string, schema: jsyaml.Schema): { value: unknown } | { error: string } {
  try {
    return { value: jsyaml.load(text, { schema }) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function expectSameAsCore(text: string): void {
  const core = read(text, jsyaml.CORE_SCHEMA);
  // toStrictEqual tells 0 from -0, 1 from "1" and keeps NaN equal to NaN.
  expect(read(text, CORE_SCHEMA), text).toStrictEqual(core);
  // The reader of plain YAML (which, like the loader, calls an empty text null) agrees too,
  // whenever it reads the text at all.
  const simple = readSimpleYaml(text);
  if (simple !== NOT_SIMPLE) expect({ value: simple }, text).toStrictEqual('value' in core ? { value: core.value ?? null } : core);
}

const SCALARS = [
  // null, booleans and their near misses
  '~', 'null', 'Null', 'NULL', 'nULL', 'nul', 'n', 'N', 'none',
  'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 't', 'f', 'F', 'yes', 'no', 'on', 'off',
  // integers in every base, signs, underscores, leading zeros
  '0', '-0', '+0', '7', '-7', '+7', '010', '0x1F', '0X1f', '0o17', '0b101', '-0x1F', '1_000', '0_7', '00', '12345678901234567890',
  // floats and specials
  '1.5', '-1.5', '+1.5', '.5', '-.5', '1.', '1e3', '1E-3', '-1e+3', '6.02e23', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', '.Nan', 'inf', 'nan',
  // what goals files hold: dates, names, ids, units and text
  '2026-10-03', '2026-13-45', '1999-99-99', '0000-00-00', '2026-1-3', '20261003', '2026-10-03T10:00:00Z', '12:30', '1:20:30',
  'user-1111', 'kpi-00664-checkout', 'o007558-scale-pipeline#k3-hiring', 'EUR', '%', 'ms', '-', '+', '.', '..', '1-2', 'e5', '1e', '1.2.3', '0x', '0o', '0b', '_1',
  '1,000', '€12', '12 %', 'n/a', 'TBD', 'Ünïcödé', '日本',
];

describe('the faster core schema, and the reader of plain YAML that uses its scalars', () => {
  it('reads every scalar form as js-yaml CORE_SCHEMA does, plain, quoted and tagged', () => {
    for (const scalar of SCALARS) {
      expectSameAsCore(`value: ${scalar}`);
      expectSameAsCore(`- ${scalar}`);
      expectSameAsCore(`{ a: ${scalar}, b: [${scalar}] }`);
      expectSameAsCore(`${scalar}: key`);
      expectSameAsCore(`value: "${scalar}"`);
      expectSameAsCore(`value: !!str ${scalar}`);
      expectSameAsCore(`value: !!int ${scalar}`);
      expectSameAsCore(`value: !!float ${scalar}`);
    }
    expectSameAsCore('value:');
    expectSameAsCore('value: ""');
    expectSameAsCore('');
  });

  it('turns dates and names away as strings, and still reads numbers as numbers', () => {
    expect(jsyaml.load('{ date: 2026-10-03, value: 530.01, by: user-1, done: false, n: ~ }', { schema: CORE_SCHEMA })).toStrictEqual({
      date: '2026-10-03',
      value: 530.01,
      by: 'user-1',
      done: false,
      n: null,
    });
  });

  it('agrees with CORE_SCHEMA on 20,000 random scalars', () => {
    // Built from the characters that make numbers, booleans and nulls, and a few that break them.
    const scalar = fc.string({ unit: fc.constantFrom(...'0123456789+-._eExXoObB~nNulLtTrRfFaAsSiI :'), minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(scalar, (text) => expectSameAsCore(`value: ${text}`)),
      { numRuns: 20_000, seed: 20261123 },
    );
  });

  it('reads every YAML file of the demo and the validation corpus as CORE_SCHEMA does', () => {
    const roots = [join(import.meta.dirname, '../../../../examples/acme'), join(import.meta.dirname, '../../test/fixtures')];
    let files = 0;
    const visit = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (/\.(ya?ml|md|json)$/.test(entry.name)) {
          const text = readFileSync(path, 'utf8');
          expectSameAsCore(entry.name.endsWith('.md') ? (splitFrontMatter(text).yaml ?? '') : text);
          files += 1;
        }
      }
    };
    roots.forEach(visit);
    expect(files).toBeGreaterThan(100);
  });
});
