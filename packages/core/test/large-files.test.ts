/**
 * Large files with one problem: located from the lines (line-locator.ts) or from js-yaml's
 * error, never by a second parse with positions of the whole file. The line locator is held to
 * the parser with positions on generated files of the shapes large goals files have.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRepository, checkRepository, type PathKey } from '../src/index.js';
import { lineAndColumn } from '../src/source/encoding.js';
import { locateByLines } from '../src/source/line-locator.js';
import { readWithYaml } from '../src/source/yaml-source.js';

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-10-${String(d).padStart(2, '0')}`);
const value = fc.oneof(fc.integer({ min: -999, max: 9999 }).map(String), fc.constantFrom('1.5', '-0.25', '"7"'));
const note = fc.constantFrom('late', '"after, the move"', "'it''s done'");
const row = fc.record({ date: day, value, note: fc.option(note, { nil: undefined }) });
type Row = { date: string; value: string; note: string | undefined };
const writeRow = (r: Row, style: number, pad: string): string => {
  const fields: [string, string][] = [['date', r.date], ['value', r.value], ...(r.note === undefined ? [] : [['note', r.note] as [string, string]])];
  if (style === 0) return `${pad}- { ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  return fields.map(([k, v], i) => `${pad}${i === 0 ? '- ' : '  '}${k}: ${v}`).join('\n');
};
const kpi = fc.tuple(fc.array(fc.tuple(row, fc.integer({ min: 0, max: 1 })), { minLength: 1, maxLength: 6 }), fc.constantFrom('', '  ')).map(([rows, pad]) => ({
  text: `title: Revenue # the money\nowner: dana\n\nfrequency: monthly\nmeasurements:\n${rows.map(([r, style]) => writeRow(r, style, pad)).join('\n')}\ntarget: 5\n`,
  rows: rows.map(([r]) => r),
}));

function byYaml(text: string, path: readonly PathKey[], key: boolean): { line: number; column: number } {
  const doc = readWithYaml('k.yaml', text).doc;
  if (!doc) throw new Error(`not YAML: ${text}`);
  const { line, column } = doc.at(path, { key });
  return { line, column };
}

describe('the line locator', () => {
  it('finds what the parser with positions finds, for fields, items and the fields of items', () => {
    fc.assert(
      fc.property(kpi, ({ text, rows }) => {
        const paths: PathKey[][] = [['title'], ['owner'], ['frequency'], ['target'], ['measurements']];
        rows.forEach((r, i) => {
          paths.push(['measurements', i], ['measurements', i, 'date'], ['measurements', i, 'value']);
          if (r.note !== undefined) paths.push(['measurements', i, 'note']);
        });
        for (const path of paths) {
          for (const key of [false, true]) {
            expect(lineAndColumn(text, locateByLines(text, path, { key })), `${JSON.stringify(path)} key=${key}\n${text}`).toEqual(byYaml(text, path, key));
          }
        }
      }),
      { numRuns: 150, seed: 20261207 },
    );
  });
});

describe('a large file with one problem', () => {
  const rows = Array.from({ length: 40_000 }, (_, i) => `  - { date: 2026-${String(1 + (i % 12)).padStart(2, '0')}-01, value: ${i} }`);

  it('a bad date on row 30,000 of a 1.5 MB KPI file is located on its line', () => {
    const bad = [...rows];
    bad[29_999] = '  - { date: 2026-02-30, value: 1 }';
    const text = `title: Big\nowner: dana\nfrequency: daily\ntarget: 5\nmeasurements:\n${bad.join('\n')}\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const problems = checkRepository(loadRepository([{ path: 'kpis/big.yaml', text }])).filter((p) => p.severity === 'error');
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[5 + 30_000, 13, 'invalid-date']]);
  });

  it('a syntax error in a 1.5 MB file is located where js-yaml found it', () => {
    const bad = [...rows];
    bad[20_000] = '  - { date: 2026-02-03, value: 1 ';
    const text = `title: Big\nowner: dana\nfrequency: daily\ntarget: 5\nmeasurements:\n${bad.join('\n')}\n`;
    const problems = loadRepository([{ path: 'kpis/big.yaml', text }]).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'syntax', file: 'kpis/big.yaml', line: 5 + 20_002 });
    expect(problems[0]?.message).toMatch(/^this is not valid YAML: /);
  });
});
