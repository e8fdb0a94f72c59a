import { describe, expect, it } from 'vitest';
import { parseCsvSource } from './csv-source.js';

const shape = (text: string) => {
  const csv = parseCsvSource('kpis/x.csv', text);
  return { header: csv.header, rows: csv.rows.map((row) => ({ cells: row.cells, line: row.line, value: row.at('value') })), problems: csv.problems };
};

describe('parseCsvSource', () => {
  it('reads plain and quoted files alike, with the same lines and columns', () => {
    const plain = shape('date,value,note\r\n2026-01-31,5,ok\n\n2026-02-28, 6 ,\n');
    const quoted = shape('date,value,note\r\n2026-01-31,5,"ok"\n\n2026-02-28,6,""\n');
    expect(plain).toEqual(quoted);
    expect(plain.rows).toEqual([
      { cells: { date: '2026-01-31', value: '5', note: 'ok' }, line: 2, value: { file: 'kpis/x.csv', line: 2, column: 12 } },
      { cells: { date: '2026-02-28', value: '6', note: '' }, line: 4, value: { file: 'kpis/x.csv', line: 4, column: 12 } },
    ]);
  });

  it('keeps commas and line breaks inside quotes, and the record starts where it starts', () => {
    const csv = parseCsvSource('kpis/x.csv', 'date,value,note\n2026-01-31,5,"late, and\nlong"\n2026-02-28,6,\n');
    expect(csv.rows.map((row) => [row.line, row.cells.note])).toEqual([
      [2, 'late, and\nlong'],
      [4, ''],
    ]);
  });
});
