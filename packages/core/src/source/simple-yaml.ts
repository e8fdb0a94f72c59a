import { plainScalarValue } from './core-schema.js';

/** What `readSimpleYaml` returns for a text it leaves to the full parser. */
export const NOT_SIMPLE: unique symbol = Symbol('not simple YAML');

/** Thrown, and caught in `readSimpleYaml`, the moment the text leaves the subset. */
class NotSimple {}
const NOT_SIMPLE_SIGNAL = new NotSimple();

function bail(): never {
  throw NOT_SIMPLE_SIGNAL;
}

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const COMMA = 44;
const SINGLE = 39;
const DOUBLE = 34;
const BACKSLASH = 92;
const OPEN_SEQ = 91;
const CLOSE_SEQ = 93;
const OPEN_MAP = 123;
const CLOSE_MAP = 125;

/**
 * Reads the plain YAML that goals files are made of — block mappings and lists, one-line
 * `{ … }` and `[ … ]`, plain and quoted one-line scalars, comments — straight into values, and
 * returns `NOT_SIMPLE` for anything else, which then goes to js-yaml. It is a fast path, not a
 * parser: whatever it returns is exactly what js-yaml (YAML 1.2 core schema) returns for the
 * same text, and a test holds it to that on every fixture and on generated texts; whatever it
 * is unsure of (anchors, tags, block scalars, text over several lines, escapes, odd keys,
 * document markers, tabs, errors of any kind) it does not read.
 *
 * Why it exists: js-yaml reads 15–20 MB/s, and a repository of 10,000 objectives holds about
 * 40 MB of YAML; reading this subset line by line is several times faster.
 */
export function readSimpleYaml(text: string): unknown {
  // js-yaml refuses a NUL anywhere and ends a line at a carriage return, comments included;
  // the characters of scalars are checked as they are read.
  if (text.indexOf('\0') !== -1 || text.indexOf('\r') !== -1) return NOT_SIMPLE;
  try {
    const reader = new LineReader(text);
    if (reader.eof) return null;
    if (reader.indent !== 0) bail();
    const value = reader.block(0);
    if (!reader.eof) bail();
    return value;
  } catch (error) {
    if (error === NOT_SIMPLE_SIGNAL) return NOT_SIMPLE;
    throw error;
  }
}

class LineReader {
  /** Start and end (the `\n` or the text's end) of the current line. */
  private start = 0;
  private end = 0;
  /** Where the current line's content starts; `indent` is its column. */
  private content = 0;
  indent = 0;
  eof = false;

  /** One reader of `{ … }` and `[ … ]` for the whole text, moved to each collection. */
  private readonly flow: FlowReader;

  constructor(private readonly s: string) {
    this.flow = new FlowReader(s);
    this.seek(0);
  }

  /** Moves to the first line at or after `from` that holds more than spaces or a comment. */
  private seek(from: number): void {
    const s = this.s;
    let start = from;
    while (start < s.length) {
      let end = s.indexOf('\n', start);
      if (end === -1) end = s.length;
      let content = start;
      while (content < end && s.charCodeAt(content) === SPACE) content += 1;
      if (content < end && s.charCodeAt(content) !== HASH) {
        // `---` and `...` at the margin start or end a document.
        if (content === start && end - start >= 3 && (s.startsWith('---', start) || s.startsWith('...', start))) {
          const after = start + 3 === end ? SPACE : s.charCodeAt(start + 3);
          if (after === SPACE) bail();
        }
        this.start = start;
        this.end = end;
        this.content = content;
        this.indent = content - start;
        return;
      }
      start = end + 1;
    }
    this.eof = true;
  }

  private nextLine(): void {
    this.seek(this.end + 1);
  }

  /** Whether the current line's content is a list item (`-` then a space or the line's end). */
  private isItem(): boolean {
    if (this.s.charCodeAt(this.content) !== DASH) return false;
    return this.content + 1 === this.end || this.s.charCodeAt(this.content + 1) === SPACE;
  }

  /** A block collection whose first line is the current one, at column `indent`. */
  block(indent: number): unknown {
    return this.isItem() ? this.list(indent) : this.mapping(indent);
  }

  private list(indent: number): unknown[] {
    const s = this.s;
    const items: unknown[] = [];
    while (!this.eof && this.indent === indent && this.isItem()) {
      let at = this.content + 1;
      while (at < this.end && s.charCodeAt(at) === SPACE) at += 1;
      if (at === this.end || s.charCodeAt(at) === HASH) {
        this.nextLine();
        // An empty item is left to js-yaml, which hands the next, shallower item to the
        // empty item's list (`-\n  -\n- 0` reads as [[null, 0]]).
        if (this.eof || this.indent <= indent) bail();
        items.push(this.block(this.indent));
      } else if (keyEnd(s, at, this.end) !== -1) {
        // `- id: a`: a mapping whose column is that of `id`; later pairs line up under it.
        this.content = at;
        this.indent = at - this.start;
        items.push(this.mapping(this.indent));
      } else {
        items.push(this.inline(at));
        this.nextLine();
        if (!this.eof && this.indent > indent) bail();
      }
    }
    return items;
  }

  private mapping(indent: number): Record<string, unknown> {
    const s = this.s;
    const map: Record<string, unknown> = {};
    while (!this.eof && this.indent === indent) {
      if (this.isItem()) bail();
      const colon = keyEnd(s, this.content, this.end);
      if (colon === -1) bail();
      const key = keyAt(s, this.content, colon);
      // Values are never undefined here, so this finds a key written twice; an inherited name
      // such as `constructor` is left to js-yaml as well.
      if (map[key] !== undefined) bail();
      let at = colon + 1;
      while (at < this.end && s.charCodeAt(at) === SPACE) at += 1;
      if (at === this.end || s.charCodeAt(at) === HASH) {
        this.nextLine();
        // A list may sit at the key's own column: `key:\n- a`.
        const nested = !this.eof && (this.indent > indent || (this.indent === indent && this.isItem()));
        map[key] = nested ? this.block(this.indent) : null;
      } else {
        map[key] = this.inline(at);
        this.nextLine();
        // A deeper line after a value would continue it over several lines.
        if (!this.eof && this.indent > indent) bail();
      }
    }
    return map;
  }

  /** The value that starts at `at` and ends the current line (bar a comment). */
  private inline(at: number): unknown {
    const s = this.s;
    const c = s.charCodeAt(at);
    let value: unknown;
    let after: number;
    if (c === DOUBLE || c === SINGLE) {
      after = quotedEnd(s, at, this.end);
      value = quotedValue(s, at, after);
    } else if (c === OPEN_SEQ || c === OPEN_MAP) {
      const flow = this.flow;
      flow.at = at;
      flow.end = this.end;
      value = flow.node();
      after = flow.at;
    } else {
      const number = decimalAt(s, at, this.end, false);
      if (number !== undefined) return number;
      const end = plainEnd(s, at, this.end, false);
      return plainScalarValue(s.slice(at, end));
    }
    restOfLine(s, after, this.end);
    return value;
  }
}

/** Only a space then a comment, or nothing, may follow a value on its line. */
function restOfLine(s: string, at: number, end: number): void {
  if (at === end) return;
  if (s.charCodeAt(at) !== SPACE) bail();
  let i = at;
  while (i < end && s.charCodeAt(i) === SPACE) i += 1;
  if (i !== end && s.charCodeAt(i) !== HASH) bail();
}

/**
 * The `:` ending a simple key (letters, digits, `_`, `-`, `.`, starting with a letter, digit or
 * `_`) that starts at `at`, when a space or the line's end follows it; -1 when the line does
 * not start with such a key.
 */
function keyEnd(s: string, at: number, end: number): number {
  let i = at;
  for (; i < end; i += 1) {
    const c = s.charCodeAt(i);
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
    if (word || (i > at && (c === DASH || c === 46))) continue;
    break;
  }
  if (i === at || i === end || s.charCodeAt(i) !== COLON) return -1;
  return i + 1 === end || s.charCodeAt(i + 1) === SPACE ? i : -1;
}

/**
 * The keys met last, by first letter and length. A goals file repeats a dozen keys thousands of
 * times; finding one here spares cutting it out of the text and V8 looking it up as a property
 * name again.
 */
const recentKeys: (string | undefined)[] = new Array(256);

/** The key written from `at` to `end`, as js-yaml stores it in the object. */
function keyAt(s: string, at: number, end: number): string {
  const slot = (s.charCodeAt(at) * 31 + end - at) & 255;
  const recent = recentKeys[slot];
  if (recent !== undefined && recent.length === end - at && s.startsWith(recent, at)) return recent;
  const text = s.slice(at, end);
  if (text === '__proto__') bail();
  // js-yaml turns a key such as `1.0` or `True` into its value, then into text for the object.
  const value = plainScalarValue(text);
  if (typeof value !== 'string') return String(value);
  recentKeys[slot] = value;
  return value;
}

/**
 * Checks the character at `i` of a scalar, past the printable ASCII that nearly all text is,
 * the way js-yaml does: refuses control characters, C1 codes bar U+0085, U+FFFE, U+FFFF and
 * halves of surrogate pairs. A tab is left to js-yaml too (it may end a plain scalar).
 * Returns the index of the last code unit it covers.
 */
function checkUnusual(s: string, i: number, c: number): number {
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f && c !== 0x85) || c === 0xfffe || c === 0xffff) bail();
  if (c >= 0xd800 && c <= 0xdfff) {
    const next = s.charCodeAt(i + 1);
    if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) bail();
    return i + 1;
  }
  return i;
}

/** Where a one-line quoted scalar starting at `at` ends (just past its closing quote). */
function quotedEnd(s: string, at: number, end: number): number {
  const quote = s.charCodeAt(at);
  let i = at + 1;
  for (;;) {
    if (i >= end) bail();
    const c = s.charCodeAt(i);
    if (c === quote) {
      if (quote === SINGLE && s.charCodeAt(i + 1) === SINGLE && i + 1 < end) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    if (c === BACKSLASH && quote === DOUBLE) bail();
    if (c < 0x20 || c >= 0x7f) i = checkUnusual(s, i, c);
    i += 1;
  }
}

function quotedValue(s: string, at: number, after: number): string {
  const inner = s.slice(at + 1, after - 1);
  return s.charCodeAt(at) === SINGLE && inner.includes("''") ? inner.replaceAll("''", "'") : inner;
}

/**
 * Where a plain scalar starting at `at` ends, trailing spaces and a comment left out. Leaves
 * the subset at signs that would make it anything but one plain scalar: an indicator first, a
 * `: ` inside (a key), and in flow context any `:`, `[`, `]`, `{`, `}` it meets (`,` ends it).
 */
function plainEnd(s: string, at: number, end: number, flow: boolean): number {
  const first = s.charCodeAt(at);
  // , [ ] { } # & * ! | > ' " % @ `
  if (first === COMMA || first === OPEN_SEQ || first === CLOSE_SEQ || first === OPEN_MAP || first === CLOSE_MAP) bail();
  if (first === HASH || first === 38 || first === 42 || first === 33 || first === 124 || first === 62) bail();
  if (first === SINGLE || first === DOUBLE || first === 37 || first === 64 || first === 96) bail();
  // `?` and `:` are left to js-yaml; `-` starts a scalar only when no space follows it.
  if (first === 63 || first === COLON) bail();
  if (first === DASH) {
    const next = at + 1 < end ? s.charCodeAt(at + 1) : SPACE;
    if (next === SPACE || (flow && (next === COMMA || next === CLOSE_SEQ || next === CLOSE_MAP))) bail();
  }
  let i = at;
  let last = at; // just past the last character that is not a space
  for (; i < end; i += 1) {
    const c = s.charCodeAt(i);
    if (c === SPACE) continue;
    if (c < 0x20 || c >= 0x7f) {
      i = checkUnusual(s, i, c);
      last = i + 1;
      continue;
    }
    if (c === HASH && s.charCodeAt(i - 1) === SPACE) break;
    if (c === COLON) {
      if (flow) bail();
      if (i + 1 === end || s.charCodeAt(i + 1) === SPACE) bail();
    }
    if (flow) {
      if (c === COMMA || c === CLOSE_SEQ || c === CLOSE_MAP) break;
      if (c === OPEN_SEQ || c === OPEN_MAP) bail();
    }
    last = i + 1;
  }
  if (flow && i === end) bail(); // a flow collection left open at the line's end
  return last;
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Where the number `decimalAt` read ends. */
let decimalEnd = 0;

/**
 * A short decimal (`12`, `-530.01`) read where it is written, without cutting it out of the
 * text: most values of check-ins and measurements are such numbers. At most 15 digits, so the
 * digits make an exact integer and dividing it by an exact power of ten rounds once, to the
 * very double that js-yaml's parseFloat gives. Undefined for anything else (zero among them, as
 * `-0` and `-0.0` differ), and for a number that does not end the value (`12 apples`,
 * `2026-10-03`), so that the plain scalar is read as usual.
 */
function decimalAt(s: string, at: number, end: number, flow: boolean): number | undefined {
  let i = at;
  const negative = s.charCodeAt(i) === DASH;
  if (negative) i += 1;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1; // digits after the point; -1 while there is no point
  for (; i < end; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits += 1;
      if (fraction >= 0) fraction += 1;
    } else if (c === 46 && fraction === -1 && digits > 0) {
      fraction = 0;
    } else {
      break;
    }
  }
  if (digits === 0 || digits > 15 || fraction === 0 || mantissa === 0) return undefined;
  let next = i;
  while (next < end && s.charCodeAt(next) === SPACE) next += 1;
  if (flow) {
    const c = next < end ? s.charCodeAt(next) : -1;
    if (c !== COMMA && c !== CLOSE_MAP && c !== CLOSE_SEQ) return undefined;
  } else if (next !== end && (next === i || s.charCodeAt(next) !== HASH)) {
    return undefined;
  }
  decimalEnd = i;
  const value = fraction > 0 ? mantissa / (POWERS_OF_TEN[fraction] as number) : mantissa;
  return negative ? -value : value;
}

/** One-line `[ … ]` and `{ … }`, nested or not. */
class FlowReader {
  /** Where reading is, and the end of the line it must not pass; set for each collection. */
  at = 0;
  end = 0;

  constructor(private readonly s: string) {}

  private spaces(): void {
    while (this.at < this.end && this.s.charCodeAt(this.at) === SPACE) this.at += 1;
    if (this.at === this.end) bail();
  }

  node(): unknown {
    const c = this.s.charCodeAt(this.at);
    if (c === OPEN_SEQ) return this.sequence();
    if (c === OPEN_MAP) return this.mapping();
    if (c === DOUBLE || c === SINGLE) {
      const from = this.at;
      this.at = quotedEnd(this.s, from, this.end);
      return quotedValue(this.s, from, this.at);
    }
    const number = decimalAt(this.s, this.at, this.end, true);
    if (number !== undefined) {
      this.at = decimalEnd;
      return number;
    }
    const from = this.at;
    const to = plainEnd(this.s, from, this.end, true);
    this.at = to;
    return plainScalarValue(this.s.slice(from, to));
  }

  private sequence(): unknown[] {
    const items: unknown[] = [];
    this.at += 1;
    this.spaces();
    if (this.s.charCodeAt(this.at) === CLOSE_SEQ) {
      this.at += 1;
      return items;
    }
    for (;;) {
      items.push(this.node());
      this.spaces();
      const c = this.s.charCodeAt(this.at);
      this.at += 1;
      if (c === CLOSE_SEQ) return items;
      if (c !== COMMA) bail();
      this.spaces();
    }
  }

  private mapping(): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    this.at += 1;
    this.spaces();
    if (this.s.charCodeAt(this.at) === CLOSE_MAP) {
      this.at += 1;
      return map;
    }
    for (;;) {
      const colon = keyEnd(this.s, this.at, this.end);
      if (colon === -1) bail();
      const key = keyAt(this.s, this.at, colon);
      if (map[key] !== undefined) bail();
      this.at = colon + 1;
      this.spaces();
      map[key] = this.node();
      this.spaces();
      const c = this.s.charCodeAt(this.at);
      this.at += 1;
      if (c === CLOSE_MAP) return map;
      if (c !== COMMA) bail();
      this.spaces();
    }
  }
}
