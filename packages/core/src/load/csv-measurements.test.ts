import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvSource } from '../source/csv-source.js';
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
    const headers = ['date,value', 'date,value,note', 'value,date', 'Date,VALUE,Note', 'date,value,date', 'date', 'date,note,value,extra'];
    const dates = ['2026-01-31', '2024-02-29', '2026-02-29', '26-01-31', '', ' 2026-03-01 '];
    const values = ['5', '-1.5', '1e3', '.5', '1,000', 'abc', '', ' 7 ', '+2', '0', '-0', '-0.0', '5.', '007', '-530.01', '123456789012345', '1234567890123456789', '4.2x', '--1'];
    const notes = ['', 'ok', 'late again', ' spaced '];
    const row = fc.oneof(
      { weight: 1, arbitrary: fc.constant('') },
      { weight: 9, arbitrary: fc.tuple(fc.constantFrom(...dates), fc.constantFrom(...values), fc.constantFrom(...notes)).map((cells) => cells.join(',')) },
    );
    const file = fc
      .record({ header: fc.constantFrom(...headers), rows: fc.array(row, { maxLength: 5 }), crlf: fc.boolean(), finalNewline: fc.boolean() })
      .map(({ header, rows, crlf, finalNewline }) => [header, ...rows].join(crlf ? '\r\n' : '\n') + (finalNewline ? '\n' : ''));
    fc.assert(
      fc.property(file, (text) => {
        const full = measurementsFromCsv('kpis/x.csv', parseCsvSource('kpis/x.csv', text));
        const plain = plainCsvMeasurements('kpis/x.csv', text);
        if (plain) expect(kept(plain), text).toEqual(kept(full));
        else expect(full.problems.length, text).toBeGreaterThan(0);
      }),
      { numRuns: 1000, seed: 20261123 },
    );
  });
});

describe('a column named twice', () => {
  it.each([
    ['date,value,value', 'value'],
    ['Date,value,DATE', 'date'],
    ['date,value,note,note', 'note'],
  ])('%s is an error, not the last column silently used', (header, column) => {
    const text = `${header}\n2026-01-31,5,7,8\n`;
    expect(plainCsvMeasurements('kpis/x.csv', text)).toBeNull();
    const read = measurementsFromCsv('kpis/x.csv', parseCsvSource('kpis/x.csv', text));
    expect(read.measurements).toEqual([]);
    expect(read.problems).toEqual([
      {
        code: 'csv-header',
        severity: 'error',
        message: `the first line names the column "${column}" twice (${header.toLowerCase()}); which one holds the ${column}s cannot be told`,
        suggestion: 'keep one column of each name: date,value,note',
        file: 'kpis/x.csv',
        line: 1,
        column: 1,
      },
    ]);
  });
});
