/** Where the YAML (or JSON) of a goals file lies in its raw text, and how its lines end. */
export interface TextRegion {
  /** Offset of the first character of the YAML in the raw text. */
  start: number;
  /** Offset just past its last character (for front matter, past the newline before `---`). */
  end: number;
  /** The line ending the file uses: CRLF when its first line ending is one, else LF. */
  eol: '\n' | '\r\n';
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;

/**
 * The YAML of a file: the front matter of a markdown file (between its `---` lines), else the
 * whole text after a byte-order mark. Null for markdown without front matter.
 */
export function textRegion(text: string, path: string): TextRegion | null {
  const eol = lineEnding(text);
  if (!path.endsWith('.md')) return { start: text.startsWith('\uFEFF') ? 1 : 0, end: text.length, eol };
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const start = opening[0].length;
  // From the newline that ends the opening fence, so that `---\n---` is empty front matter.
  const fence = /\n---[ \t]*(?:\r?\n|$)/g;
  fence.lastIndex = start - 1;
  const closing = fence.exec(text);
  return closing ? { start, end: closing.index + 1, eol } : null;
}

export function lineEnding(text: string): '\n' | '\r\n' {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/** The offset of the start of the line that holds `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The column (0-based) of an offset in its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/**
 * Where a new line goes after a node that ends at `end`: the start of the next line (after any
 * comment on the node's last line), or null when the node's line is the last, unterminated one.
 */
export function nextLineStart(text: string, end: number): number | null {
  if (end > 0 && text[end - 1] === '\n') return end;
  const newline = text.indexOf('\n', end);
  return newline === -1 ? null : newline + 1;
}
