/** Pads cells to column widths; cells may hold ANSI colour codes, which take no room on screen. */
export interface Column {
  header: string;
  align?: 'left' | 'right';
  max?: number;
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

export function renderTable(columns: readonly Column[], rows: readonly string[][], bold: (text: string) => string = (t) => t): string {
  const cells = rows.map((row) => row.map((cell, i) => truncate(cell, columns[i]?.max ?? Infinity)));
  const widths = columns.map((column, i) => Math.max(visibleLength(column.header), ...cells.map((row) => visibleLength(row[i] ?? ''))));
  const pad = (text: string, i: number): string => {
    const gap = ' '.repeat(Math.max(0, (widths[i] ?? 0) - visibleLength(text)));
    return columns[i]?.align === 'right' ? gap + text : text + gap;
  };
  const line = (row: readonly string[]): string => row.map((cell, i) => pad(cell, i)).join('  ').trimEnd();
  return [bold(line(columns.map((c) => c.header))), ...cells.map(line)].join('\n');
}
