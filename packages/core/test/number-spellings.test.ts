/**
 * CSV and YAML accept exactly the same numbers: a measurement written in `kpis/<id>.csv` and the
 * same text written as `value:` in `kpis/<id>.yaml` are both refused, or both read as the very
 * same number. Held over a corpus of spellings and thousands of generated ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRepository, loadRepository, type SourceFile } from '../src/index.js';

const KPI = 'title: Revenue\nowner: dana\ndirection: increase\ntarget: 10\nfrequency: monthly\n';

interface Reading {
  accepted: boolean;
  value?: number;
  codes: string[];
}

function read(files: SourceFile[], file: string): Reading {
  const repo = loadRepository(files);
  const errors = checkRepository(repo).filter((p) => p.file === file && p.severity === 'error');
  if (errors.length > 0) return { accepted: false, codes: errors.map((p) => p.code) };
  const value = repo.kpis[0]?.data.measurements[0]?.value;
  return value === undefined ? { accepted: false, codes: ['nothing read'] } : { accepted: true, value, codes: [] };
}

const viaYaml = (spelling: string): Reading =>
  read([{ path: 'kpis/revenue.yaml', text: `${KPI}measurements:\n  - date: 2026-10-01\n    value: ${spelling}\n` }], 'kpis/revenue.yaml');
const viaCsv = (spelling: string): Reading =>
  read(
    [
      { path: 'kpis/revenue.yaml', text: KPI },
      { path: 'kpis/revenue.csv', text: `date,value\n2026-10-01,${spelling}\n` },
    ],
    'kpis/revenue.csv',
  );

/** Accepted or not, and the value to the last bit (Object.is tells -0 from 0). */
function verdict({ accepted, value }: Reading): { accepted: boolean; value?: string } {
  return accepted ? { accepted, value: Object.is(value, -0) ? '-0' : String(value) } : { accepted };
}

const SPELLINGS = [
  // what people write
  '12',
  '-530.01',
  '0.1',
  '1000000',
  '0',
  '-0',
  '+0',
  '+12',
  '007',
  '0.000001',
  '3.14159265358979',
  // forms of YAML 1.2's core schema: exponents, a bare point, other bases
  '1e3',
  '1E3',
  '1e-3',
  '-1e+3',
  '6.02e23',
  '.5',
  '-.5',
  '+.5',
  '5.',
  '0x1F',
  '0o17',
  '0b101',
  '-0x1F',
  // the bounds, and beyond them
  '1e15',
  '-1e15',
  '1000000000000000',
  '1000000000000001',
  '1.0000000000000002e15',
  '1e16',
  '12345678901234567890',
  '1e308',
  '1.7e308',
  '-1.7e308',
  '1e400',
  '-1e400',
  '.inf',
  '-.inf',
  '+.INF',
  '.nan',
  '.NaN',
  // not numbers
  '1_000',
  '12 %',
  '€12',
  'abc',
  'true',
  'null',
  '~',
  '',
  '1.2.3',
  'e5',
  '1e',
  '0x',
  '--1',
  '1-2',
  '12abc',
];

describe('CSV and YAML read numbers alike', () => {
  it.each(SPELLINGS)('%j: refused by both, or read as the same number', (spelling) => {
    expect(verdict(viaCsv(spelling))).toEqual(verdict(viaYaml(spelling)));
  });

  it('refuses 1e400 in both with the same located problem, never reading it as Infinity', () => {
    expect(viaCsv('1e400').codes).toEqual(['out-of-range']);
    expect(viaYaml('1e400').codes).toEqual(['out-of-range']);
  });

  it('reads the usual spellings as the numbers they are', () => {
    expect(viaCsv('-530.01').value).toBe(-530.01);
    expect(viaCsv('6.02e23').accepted).toBe(false);
    expect(viaCsv('1e15').value).toBe(1e15);
    expect(viaCsv('.5').value).toBe(0.5);
  });

  it('agree on 1,500 generated spellings of doubles, decimals and exponents', () => {
    const spelling = fc.oneof(
      fc.double({ noNaN: true }).map((n) => String(n)),
      fc.double({ noNaN: true, min: -1e16, max: 1e16 }).map((n) => n.toExponential(3)),
      fc.double({ noNaN: true, min: -1e6, max: 1e6 }).map((n) => n.toFixed(4)),
      fc
        .tuple(fc.constantFrom('', '-', '+'), fc.nat({ max: 99_999 }), fc.constantFrom('', '.', '.5', 'e2', 'E-2', 'e400', '_0'))
        .map(([sign, digits, tail]) => `${sign}${digits}${tail}`),
    );
    fc.assert(
      fc.property(spelling, (text) => {
        expect(verdict(viaCsv(text)), text).toEqual(verdict(viaYaml(text)));
      }),
      { numRuns: 1500, seed: 20261116 },
    );
  });
});
