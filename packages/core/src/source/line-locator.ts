/**
 * Where a value sits in a large file, found by reading lines, without a parse with positions:
 * the full parser with positions takes minutes and gigabytes on a file of hundreds of thousands
 * of lines, for the one line a problem needs. It follows the shapes large goals files have: a
 * field at the top (`measurements:`), the items of its list (`- …` lines at one indent), and a
 * field on an item's lines (`date:` inside `- { date: …, value: … }` or below `- date: …`).
 * Where the shape is anything else it stops at the nearest place it found, as a locator may.
 */
import type { LocateOptions, PathKey } from './position.js';

interface Line {
  start: number;
  /** Where the line's content starts (past its indent, and past `- ` for an item's first field). */
  content: number;
  end: number;
}

function lineAt(text: string, start: number): Line {
  const newline = text.indexOf('\n', start);
  const end = newline === -1 ? text.length : newline;
  let content = start;
  while (content < end && text.charCodeAt(content) === 32) content += 1;
  return { start, content, end };
}

/** Whether a line holds nothing but spaces or a comment. */
function blank(text: string, line: Line): boolean {
  return line.content === line.end || text.charCodeAt(line.content) === 35 || text.charCodeAt(line.content) === 13;
}

/** The offset a path leads to (the key's, with `options.key`, for the last step). */
export function locateByLines(text: string, path: readonly PathKey[], options: LocateOptions = {}): number {
  let found = 0;
  // The lines the current value spans, and the column its fields or items start at.
  let from = 0;
  let to = text.length;
  let column = -1;
  let inline = -1;
  for (let i = 0; i < path.length; i += 1) {
    const step = path[i] as PathKey;
    const last = i === path.length - 1;
    if (inline >= 0) {
      // A field inside `{ … }` on one line: `step:` after `{`, `,` or a space.
      if (typeof step !== 'string') break;
      const lineEnd = lineAt(text, inline).end;
      const match = new RegExp(`[{,\\s]${step.replace(/[^A-Za-z0-9_-]/g, '\\\\$&')}\\s*:`).exec(text.slice(inline, lineEnd));
      if (!match) break;
      const key = inline + match.index + 1;
      if (last && options.key) return key;
      found = valueAfterColon(text, key, lineEnd);
      inline = -1;
      continue;
    }
    const hit = typeof step === 'number' ? item(text, from, to, step) : field(text, from, to, column, step);
    if (!hit) break;
    // A list item has no key: it is pointed at itself.
    if (last && options.key && typeof step === 'string') return hit.key;
    found = hit.value;
    from = hit.from;
    to = hit.to;
    column = hit.column;
    inline = text.charCodeAt(hit.value) === 123 ? hit.value : -1;
  }
  return found;
}

interface Hit {
  key: number;
  value: number;
  /** The lines of the value and the column of its content. */
  from: number;
  to: number;
  column: number;
}

function valueAfterColon(text: string, key: number, end: number): number {
  let at = text.indexOf(':', key) + 1;
  while (at < end && text.charCodeAt(at) === 32) at += 1;
  return at;
}

/**
 * The lines from `start` (the line after a value's first) up to the first line at or left of
 * `column`; with `items`, a `- ` line at `column` still belongs (a list may sit at its key's column).
 */
function spanEnd(text: string, start: number, to: number, column: number, items = false): number {
  for (let at = start; at < to; ) {
    const line = lineAt(text, at);
    const indent = line.content - line.start;
    const item = items && indent === column && text.charCodeAt(line.content) === 45;
    if (!blank(text, line) && indent <= column && !item) return at;
    at = line.end + 1;
  }
  return to;
}

/** The field `name:` among the lines from..to whose content is at `column` (the first such column when -1). */
function field(text: string, from: number, to: number, column: number, name: string): Hit | undefined {
  let at = from;
  let first = true;
  while (at < to) {
    const line = lineAt(text, at);
    // An item's first field is on the item's own line, past `- `.
    const content = first && column >= 0 && line.start + column > line.content ? line.start + column : line.content;
    first = false;
    if (!blank(text, line)) {
      const indent = content - line.start;
      if (column === -1) column = indent;
      if (indent === column && text.startsWith(name, content) && /^\s*:(\s|$)/.test(text.slice(content + name.length, content + name.length + 3))) {
        const value = valueAfterColon(text, content, line.end);
        if (value < line.end && text.charCodeAt(value) !== 35) return { key: content, value, from: line.start, to: line.end, column: value - line.start };
        const end = spanEnd(text, line.end + 1, to, column, true);
        let next = lineAt(text, Math.min(line.end + 1, end));
        while (blank(text, next) && next.end < end) next = lineAt(text, next.end + 1);
        return { key: content, value: next.content, from: line.end + 1, to: end, column: -1 };
      }
    }
    at = line.end + 1;
  }
  return undefined;
}

/** The `index`th `- ` item among the lines from..to. */
function item(text: string, from: number, to: number, index: number): Hit | undefined {
  let seen = -1;
  let at = from;
  let itemColumn = -1;
  while (at < to) {
    const line = lineAt(text, at);
    if (!blank(text, line)) {
      const indent = line.content - line.start;
      if (itemColumn === -1 && text.charCodeAt(line.content) === 45) itemColumn = indent;
      if (indent === itemColumn && text.charCodeAt(line.content) === 45) {
        seen += 1;
        if (seen === index) {
          let value = line.content + 1;
          while (value < line.end && text.charCodeAt(value) === 32) value += 1;
          const end = spanEnd(text, line.end + 1, to, indent);
          return { key: line.content, value, from: line.start, to: end, column: value - line.start };
        }
      }
    }
    at = line.end + 1;
  }
  return undefined;
}
