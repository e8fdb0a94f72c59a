/**
 * The table layout as a pure function: whatever the cells and the screen width, a table whose
 * narrowest form fits the width is drawn within it, cells are cut with … only where columns
 * gave way, and columns without a `min` keep every character. fast-check, seeded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naturalWidth, renderTable, visibleLength, type Column } from '../src/format/table.js';

const word = fc.string({ unit: fc.constantFrom(...'abcdefghij klm0123456789.%€→▲'), minLength: 0, maxLength: 40 });
const table = fc.integer({ min: 1, max: 6 }).chain((count) =>
  fc.record({
    columns: fc.array(
      fc.record(
        { header: fc.string({ unit: fc.constantFrom(...'ABCDEFGH'), minLength: 1, maxLength: 8 }), align: fc.constantFrom('left' as const, 'right' as const), min: fc.integer({ min: 1, max: 20 }) },
        { requiredKeys: ['header'] },
      ),
      { minLength: count, maxLength: count },
    ),
    rows: fc.array(fc.array(word, { minLength: count, maxLength: count }), { maxLength: 8 }),
    width: fc.integer({ min: 20, max: 200 }),
  }),
);

/** The narrowest the table can get: columns with a `min` at it (or their header), the others whole. */
function narrowest(columns: readonly Column[], rows: readonly string[][]): number {
  return columns.reduce((sum, column, i) => {
    const whole = Math.max(visibleLength(column.header), ...rows.map((row) => visibleLength(row[i] ?? '')));
    return sum + (column.min === undefined ? whole : Math.min(whole, Math.max(column.min, visibleLength(column.header))));
  }, 2 * (columns.length - 1));
}

describe('renderTable', () => {
  it('fits any width the table can fit, and cuts only the columns that may give way', () => {
    fc.assert(
      fc.property(table, ({ columns, rows, width }) => {
        const lines = renderTable(columns, rows, (t) => t, width).split('\n');
        if (narrowest(columns, rows) <= width) for (const line of lines) expect(visibleLength(line), line).toBeLessThanOrEqual(width);
        // Without a screen width nothing is cut, and the table is as wide as its widest line.
        const free = renderTable(columns, rows).split('\n');
        expect(free.join('\n')).not.toContain('…');
        expect(Math.max(...free.map(visibleLength))).toBeLessThanOrEqual(naturalWidth(columns, rows));
        rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (columns[c]?.min === undefined && cell.trim() !== '') expect(lines[r + 1]).toContain(cell.trim());
          }),
        );
      }),
      { numRuns: 1500, seed: 20261123 },
    );
  });
});
