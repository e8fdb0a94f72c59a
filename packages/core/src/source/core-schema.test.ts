import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { disagreements } from '../../test/yaml-readers.js';
import { CORE_SCHEMA, plainScalarValue } from './core-schema.js';
import { splitFrontMatter } from './front-matter.js';

/**
 * The core schema as the YAML 1.2.2 specification writes it (10.3.2, "Tag Resolution"), copied
 * here on its own so that the readers are held to the spec, not only to each other.
 */
function bySpec(text: string): unknown {
  if (/^(?:null|Null|NULL|~|)$/.test(text)) return null;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?[0-9]+$/.test(text)) return Number.parseInt(text, 10);
  if (/^0o[0-7]+$/.test(text)) return Number.parseInt(text.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return Number.parseInt(text.slice(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return Number.parseFloat(text);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return Number.NaN;
  return text;
}

/** The plain scalar read by the spec's patterns, by `yaml`, by js-yaml with CORE_SCHEMA and by Cairn's own function. */
function expectOneReading(scalar: string): void {
  const spec = bySpec(scalar);
  expect(Object.is(plainScalarValue(scalar), spec) || isDeepStrictEqual(plainScalarValue(scalar), spec), `plainScalarValue(${scalar})`).toBe(true);
  const text = `value: ${scalar}`;
  let byYaml: unknown;
  try {
    byYaml = (parse(text) as { value: unknown }).value;
  } catch {
    return; // not a plain scalar on its own (such as `a: b` or `- x`): the loader's tests cover those
  }
  if (typeof byYaml === 'string' && byYaml !== scalar.trim()) return; // a comment or spaces cut it
  expect(isDeepStrictEqual(byYaml, bySpec(scalar.trim())), `yaml: ${scalar}`).toBe(true);
  let byJsYaml: unknown;
  try {
    byJsYaml = (jsyaml.load(text, { schema: CORE_SCHEMA }) as { value: unknown }).value;
  } catch {
    return;
  }
  expect(isDeepStrictEqual(byJsYaml, byYaml), `js-yaml: ${scalar}`).toBe(true);
  expect(disagreements(text)).toEqual([]);
}

const SCALARS = [
  // null, booleans and their near misses
  '~', 'null', 'Null', 'NULL', 'nULL', 'nul', 'n', 'N', 'none',
  'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 't', 'f', 'F', 'yes', 'no', 'on', 'off', 'y', 'Y', 'Yes', 'ON',
  // integers in every base, signs, underscores, leading zeros
  '0', '-0', '+0', '7', '-7', '+7', '010', '0x1F', '0X1f', '0o17', '0O17', '0b101', '-0x1F', '+0o17', '1_000', '0_7', '00', '12345678901234567890', '0x', '0o', '0b', '0o8',
  // floats and specials
  '1.5', '-1.5', '+1.5', '.5', '-.5', '1.', '1e3', '1E-3', '-1e+3', '6.02e23', '1e400', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', '.Nan', '-.nan', 'inf', 'nan', '1_000.5', '1:20',
  // what goals files hold: dates, names, ids, units and text
  '2026-10-03', '2026-13-45', '1999-99-99', '0000-00-00', '2026-1-3', '20261003', '2026-10-03T10:00:00Z', '12:30', '1:20:30',
  'user-1111', 'kpi-00664-checkout', 'o007558-scale-pipeline#k3-hiring', 'EUR', '%', 'ms', '-', '+', '.', '..', '1-2', 'e5', '1e', '1.2.3', '_1',
  '1,000', '€12', '12 %', 'n/a', 'TBD', 'Ünïcödé', '日本',
];

describe('the YAML 1.2 core schema, one reading for every reader', () => {
  it('reads every scalar form as the specification, yaml and js-yaml (with CORE_SCHEMA) do', () => {
    for (const scalar of SCALARS) expectOneReading(scalar);
  });

  it('reads the forms YAML 1.1 and YAML 1.2 disagree on as YAML 1.2 does', () => {
    expect(plainScalarValue('0b101')).toBe('0b101');
    expect(plainScalarValue('0o17')).toBe(15);
    expect(plainScalarValue('0x1F')).toBe(31);
    expect(plainScalarValue('010')).toBe(10);
    expect(plainScalarValue('1_000')).toBe('1_000');
    expect(plainScalarValue('-0x1F')).toBe('-0x1F');
    for (const word of ['yes', 'no', 'on', 'off', 'y', 'n', 'Yes', 'OFF']) expect(plainScalarValue(word)).toBe(word);
    expect(plainScalarValue('.inf')).toBe(Number.POSITIVE_INFINITY);
    expect(plainScalarValue('-.INF')).toBe(Number.NEGATIVE_INFINITY);
    expect(plainScalarValue('.nan')).toBeNaN();
    expect(plainScalarValue('2026-10-03')).toBe('2026-10-03');
    expect(plainScalarValue('')).toBeNull();
  });

  it('gives a file with an alias the same values as one without (0b101 stays text either way)', () => {
    const plain = 'target: 0b101\nstart: 0o17\nowner: mia\n';
    const withAlias = 'target: 0b101\nstart: 0o17\nowner: &o mia\nby: *o\n';
    expect(disagreements(plain)).toEqual([]);
    expect(disagreements(withAlias)).toEqual([]);
    expect(parse(plain)).toMatchObject({ target: '0b101', start: 15 });
    expect(parse(withAlias)).toMatchObject({ target: '0b101', start: 15 });
  });

  it('agrees with the specification, yaml and js-yaml on 5,000 random scalars', () => {
    // Built from the characters that make numbers, booleans and nulls, and a few that break them.
    const scalar = fc.string({ unit: fc.constantFrom(...'0123456789+-._eExXoObB~nNulLtTrRfFaAsSiI :'), minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(scalar, (text) => expectOneReading(text)),
      { numRuns: 5000, seed: 20261123 },
    );
  });

  it('reads every YAML file of the demo and the validation corpus alike in all three readers', () => {
    const roots = [join(import.meta.dirname, '../../../../examples/acme'), join(import.meta.dirname, '../../test/fixtures')];
    let files = 0;
    const visit = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (/\.(ya?ml|md|json)$/.test(entry.name)) {
          const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
          expect(disagreements(entry.name.endsWith('.md') ? (splitFrontMatter(text).yaml ?? '') : text), path).toEqual([]);
          files += 1;
        }
      }
    };
    roots.forEach(visit);
    expect(files).toBeGreaterThan(100);
  });
});
