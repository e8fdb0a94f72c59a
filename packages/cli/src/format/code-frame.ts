import { codeFrameColumns } from '@babel/code-frame';
import { escapeControl } from './escape-control.js';

const LINES_AROUND = 1;
/** Characters shown of a long line, around the column: a one-line 6 MB JSON must not print 12 MB. */
const WIDTH = 120;

/**
 * The lines around `line` (1-based) with a caret under `column`, control characters escaped
 * (a raw ESC in a file must not act on the terminal) and the caret moved by what the escapes
 * add before it. Lines are split at line feeds only, as the loader counts them; a CR of a CRLF
 * line end is dropped, any other CR is shown as `\r`. Empty when there is nothing to show.
 */
export function codeFrame(text: string, line: number, column: number): string {
  const first = Math.max(1, line - LINES_AROUND);
  const shown = linesOf(text, first, line + LINES_AROUND).map((raw) => raw.replace(/\r$/, ''));
  const target = shown[line - first];
  if (target === undefined) return '';
  // The same slice of every line shown, so the columns stay lined up; `…` marks a cut.
  const from = Math.max(0, Math.min(column - 1 - WIDTH / 2, target.length - WIDTH));
  const cut = (raw: string): string => `${from > 0 && raw.length > 0 ? '…' : ''}${escapeControl(raw.slice(from, from + WIDTH))}${raw.length > from + WIDTH ? '…' : ''}`;
  const caret = (from > 0 ? 1 : 0) + escapeControl(target.slice(from, Math.max(from, column - 1))).length + 1;
  // Lines before the window stay empty, so the frame keeps the file's line numbers at little cost.
  const window = `${'\n'.repeat(first - 1)}${shown.map(cut).join('\n')}`;
  return codeFrameColumns(window, { start: { line, column: caret } }, { highlightCode: false, linesAbove: LINES_AROUND, linesBelow: LINES_AROUND });
}

/** Lines `from` to `to` (1-based, inclusive) of a text, without splitting all of it. */
function linesOf(text: string, from: number, to: number): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let number = 1; number <= to && start <= text.length; number += 1) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (number >= from) lines.push(text.slice(start, stop));
    if (end < 0) break;
    start = end + 1;
  }
  return lines;
}
