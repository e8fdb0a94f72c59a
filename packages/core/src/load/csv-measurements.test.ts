import { describe, expect, it } from 'vitest';
import { parseCsvSource } from '../source/csv-source.js';
import { prng } from '../../bench/generate.js';
import { measurementsFromCsv, plainCsvMeasurements } from './csv-measurements.js';

/** What a loader keeps of a CSV: its measurements and where each was written. */
function kept(read: { measurements: unknown[]; rowAt: (index: number) => unknown; problems: unknown[] }) {
  return { measurements: read.measurements, rows: read.measurements.map((_, index) => read.rowAt(index)), problems: read.problems };
}

describe('plainCsvMeasurements', () => {
  it('reads a plain file like the full reader, lines and notes included', () => {
    const text = '\uFEFFDate, Value ,note\r\n2026-01-31,5,\n\n2026-02-28, -6.5e1 ,after the move\n';
    const plain = plainCsvMeasurements('kpis/x.csv', text);
    expect(plain).not.toBeNull();
    expect(kept(plain as NonNullable<typeof plain>)).toEqual(kept(measurementsFromCsv('kpis/x.csv', parseCsvSource('kpis/x.csv', text))));
    expect(plain?.measurements).toStrictEqual([
      { date: '2026-01-31', value: 5 },
      { date: '2026-02-28', value: -65, note: 'after the move' },
    ]);
    expect(plain?.rowAt(1)).toEqual({ file: 'kpis/x.csv', line: 4, column: 1 });
  });

  it('accepts the empty cells of trailing commas, as the full reader does', () => {
    const text = 'date,value\n2026-01-31,5,\n2026-02-28,6,,\n';
    expect(plainCsvMeasurements('kpis/x.csv', text)?.measurements).toStrictEqual([
      { date: '2026-01-31', value: 5 },
      { date: '2026-02-28', value: 6 },
    ]);
    expect(measurementsFromCsv('kpis/x.csv', parseCsvSource('kpis/x.csv', text)).problems).toEqual([]);
  });

  it('leaves quotes, bad headers and bad rows to the full reader, which says what is wrong', () => {
    for (const text of ['date,value\n2026-01-31,"5"\n', 'day,value\n2026-01-31,5\n', 'date,value\n2026-02-30,5\n', 'date,value\n2026-01-31,1,000\n', '', '\n \n']) {
      expect(plainCsvMeasurements('kpis/x.csv', text)).toBeNull();
    }
  });

  it('agrees with the full reader on a thousand random files', () => {
    // Seeded, so a failure can be reproduced.
    const next = prng(20261123);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const headers = ['date,value', 'date,value,note', 'value,date', 'Date,VALUE,Note', 'date,value,date', 'date', 'date,note,value,extra'];
    const dates = ['2026-01-31', '2024-02-29', '2026-02-29', '26-01-31', '', ' 2026-03-01 '];
    const values = ['5', '-1.5', '1e3', '.5', '1,000', 'abc', '', ' 7 ', '+2'];
    const notes = ['', 'ok', 'late again', ' spaced '];
    for (let n = 0; n < 1000; n += 1) {
      const lines = [pick(headers)];
      const rows = Math.floor(next() * 6);
      for (let r = 0; r < rows; r += 1) lines.push(next() < 0.1 ? '' : [pick(dates), pick(values), pick(notes)].join(','));
      const text = lines.join(next() < 0.3 ? '\r\n' : '\n') + (next() < 0.5 ? '\n' : '');
      const full = measurementsFromCsv('kpis/x.csv', parseCsvSource('kpis/x.csv', text));
      const plain = plainCsvMeasurements('kpis/x.csv', text);
      if (plain) expect(kept(plain), text).toEqual(kept(full));
      else expect(full.problems.length, text).toBeGreaterThan(0);
    }
  });
});
