/** Pads cells to column widths; cells may hold ANSI colour codes, which take no room on screen. */
export interface Column {
  header: string;
  align?: 'left' | 'right';
  max?: number;
  /** How narrow the column may get when the table has to fit a width; without it, it keeps its width. */
  min?: number;
}

const ANSI = /\u001b\[[0-9;]*m/g;

export function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

function truncate(text: string, max: number): string {
  if (visibleLength(text) <= max) return text;
  const plain = [...text.replace(ANSI, '')];
  return `${plain.slice(0, max - 1).join('')}…`;
}

/** `width`: the screen's columns; the columns with a `min` give way (truncated with …) to fit it. */
export function renderTable(columns: readonly Column[], rows: readonly string[][], bold: (text: string) => string = (t) => t, width?: number): string {
  const capped = capRows(columns, rows);
  const widths = naturalWidths(columns, capped);
  if (width !== undefined) narrowToFit(columns, widths, width);
  const cells = capped.map((row) => row.map((cell, i) => truncate(cell, widths[i] ?? Infinity)));
  const pad = (text: string, i: number): string => {
    const gap = ' '.repeat(Math.max(0, (widths[i] ?? 0) - visibleLength(text)));
    return columns[i]?.align === 'right' ? gap + text : text + gap;
  };
  const line = (row: readonly string[]): string => row.map((cell, i) => pad(cell, i)).join('  ').trimEnd();
  return [bold(line(columns.map((c) => c.header))), ...cells.map(line)].join('\n');
}

/** How wide the table is before any column gives way to a screen width. */
export function naturalWidth(columns: readonly Column[], rows: readonly string[][]): number {
  return tableWidth(naturalWidths(columns, capRows(columns, rows)));
}

function capRows(columns: readonly Column[], rows: readonly string[][]): string[][] {
  return rows.map((row) => row.map((cell, i) => truncate(cell, columns[i]?.max ?? Infinity)));
}

function naturalWidths(columns: readonly Column[], rows: readonly string[][]): number[] {
  return columns.map((column, i) => Math.max(visibleLength(column.header), ...rows.map((row) => visibleLength(row[i] ?? ''))));
}

const tableWidth = (widths: readonly number[]): number => widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);

/**
 * Takes one character at a time from the column with the most room above its `min` until the
 * table (with its two-space gaps) fits `width`, or no column can give more. Titles, the widest
 * columns, give first, so the numbers stay whole.
 */
export function narrowToFit(columns: readonly Column[], widths: number[], width: number): void {
  let excess = tableWidth(widths) - width;
  while (excess > 0) {
    let pick = -1;
    let room = 0;
    columns.forEach((column, i) => {
      const spare = column.min === undefined ? 0 : (widths[i] ?? 0) - Math.max(column.min, visibleLength(column.header));
      if (spare > room) {
        room = spare;
        pick = i;
      }
    });
    if (pick < 0) return;
    widths[pick] = (widths[pick] ?? 0) - 1;
    excess -= 1;
  }
}
