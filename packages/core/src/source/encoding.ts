/**
 * What is wrong with a file's encoding, when its bytes are not UTF-8: `utf-16` for a file that
 * starts with a UTF-16 byte-order mark (spreadsheets' "Unicode text", some Windows editors), or
 * `not-utf8` with the offset in the decoded text of the first character that could not be read
 * (a Windows-1252 or Latin-1 "ä" comes out as U+FFFD). Files a reader only has as text cannot
 * be checked; the Node reader checks every file it reads.
 */
export type EncodingProblem = { kind: 'utf-16' } | { kind: 'not-utf8'; offset: number };

const REPLACEMENT = '\uFFFD';
const utf8 = new TextEncoder();

/**
 * `bytes` is the file as read, `text` its UTF-8 decoding (invalid bytes replaced by U+FFFD).
 * Call it only for bytes known not to be valid UTF-8 (or starting with a UTF-16 mark): a file
 * may hold a real U+FFFD, written as the bytes EF BF BD, which is not a problem.
 */
export function encodingProblem(bytes: Uint8Array, text: string): EncodingProblem | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return { kind: 'utf-16' };
  // Every character before a U+FFFD decoded from valid bytes (a real U+FFFD included), so the
  // UTF-8 length of the text before it is where its bytes start.
  let byte = 0;
  let from = 0;
  for (let index = text.indexOf(REPLACEMENT); index >= 0; index = text.indexOf(REPLACEMENT, index + 1)) {
    byte += utf8.encode(text.slice(from, index)).length;
    if (bytes[byte] !== 0xef || bytes[byte + 1] !== 0xbf || bytes[byte + 2] !== 0xbd) return { kind: 'not-utf8', offset: index };
    byte += 3;
    from = index + 1;
  }
  return undefined;
}

/** The 1-based line and column of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let newline = text.indexOf('\n'); newline >= 0 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
    line += 1;
    lineStart = newline + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * What a line holds from a 1-based line and column to its end, a CRLF file's `\r` left out:
 * the inverse of `lineAndColumn`.
 */
export function restOfLineAt(text: string, { line, column }: { line: number; column: number }): string {
  let lineStart = 0;
  for (let n = 1; n < line; n += 1) {
    const newline = text.indexOf('\n', lineStart);
    if (newline === -1) return '';
    lineStart = newline + 1;
  }
  const newline = text.indexOf('\n', lineStart);
  return text.slice(lineStart + column - 1, newline === -1 ? text.length : newline).replace(/\r$/, '');
}
