/**
 * The pieces of one line that the plain YAML reader (simple-yaml.ts) reads: keys, quoted and
 * plain scalars, short decimals, and what may follow a value. Each leaves the subset, by
 * `bail`, at anything it cannot read exactly as the full parser (`yaml`, YAML 1.2 core schema)
 * does.
 */
import { plainKeyText } from './core-schema.js';
import { shortDecimalAt, type DecimalEnd } from './short-decimal.js';

/** Thrown, and caught in `readSimpleYaml`, the moment the text leaves the subset. */
class NotSimple {}
const NOT_SIMPLE_SIGNAL = new NotSimple();

export function bail(): never {
  throw NOT_SIMPLE_SIGNAL;
}

export function isNotSimple(error: unknown): boolean {
  return error === NOT_SIMPLE_SIGNAL;
}

export const SPACE = 32;
export const HASH = 35;
const COLON = 58;
export const DASH = 45;
export const COMMA = 44;
export const SINGLE = 39;
export const DOUBLE = 34;
const BACKSLASH = 92;
export const OPEN_SEQ = 91;
export const CLOSE_SEQ = 93;
export const OPEN_MAP = 123;
export const CLOSE_MAP = 125;

/** Only a space then a comment, or nothing, may follow a value on its line. */
export function restOfLine(s: string, at: number, end: number): void {
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
export function keyEnd(s: string, at: number, end: number): number {
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
 * What one reader of one text keeps while reading: where the number read last ends, and the keys
 * met last, by first letter and length (a goals file repeats a dozen keys thousands of times;
 * finding one there spares cutting it out of the text and V8 looking it up as a property name
 * again). Never shared between texts.
 */
export interface ScalarState extends DecimalEnd {
  readonly recentKeys: (string | undefined)[];
}

export function scalarState(): ScalarState {
  return { end: 0, recentKeys: new Array<string | undefined>(256) };
}

/** The key written from `at` to `end`, as the full parser stores it in the object. */
export function keyAt(s: string, at: number, end: number, state: ScalarState): string {
  const slot = (s.charCodeAt(at) * 31 + end - at) & 255;
  const recent = state.recentKeys[slot];
  if (recent !== undefined && recent.length === end - at && s.startsWith(recent, at)) return recent;
  const text = s.slice(at, end);
  if (text === '__proto__') bail();
  // A key such as `1.0`, `True` or `null` is read as its value, then made text for the object.
  const key = plainKeyText(text);
  if (key === text) state.recentKeys[slot] = key;
  return key;
}

/**
 * Checks the character at `i` of a scalar, past the printable ASCII that nearly all text is,
 * the way the full parser does: refuses control characters, C1 codes bar U+0085, U+FFFE, U+FFFF and
 * halves of surrogate pairs. A tab is left to the full parser too (it may end a plain scalar).
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
export function quotedEnd(s: string, at: number, end: number): number {
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

export function quotedValue(s: string, at: number, after: number): string {
  const inner = s.slice(at + 1, after - 1);
  return s.charCodeAt(at) === SINGLE && inner.includes("''") ? inner.replaceAll("''", "'") : inner;
}

/**
 * Where a plain scalar starting at `at` ends, trailing spaces and a comment left out. Leaves
 * the subset at signs that would make it anything but one plain scalar: an indicator first, a
 * `: ` inside (a key), and in flow context any `:`, `[`, `]`, `{`, `}` it meets (`,` ends it).
 */
export function plainEnd(s: string, at: number, end: number, flow: boolean): number {
  const first = s.charCodeAt(at);
  // , [ ] { } # & * ! | > ' " % @ `
  if (first === COMMA || first === OPEN_SEQ || first === CLOSE_SEQ || first === OPEN_MAP || first === CLOSE_MAP) bail();
  if (first === HASH || first === 38 || first === 42 || first === 33 || first === 124 || first === 62) bail();
  if (first === SINGLE || first === DOUBLE || first === 37 || first === 64 || first === 96) bail();
  // `?` and `:` are left to the full parser; `-` starts a scalar only when no space follows it.
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

/**
 * A short decimal (see short-decimal.ts) that is the whole value, its end put in `state.end`:
 * undefined for a number that does not end the value (`12 apples`, `2026-10-03`), so that the
 * plain scalar is read as usual.
 */
export function decimalAt(s: string, at: number, end: number, flow: boolean, state: DecimalEnd): number | undefined {
  const value = shortDecimalAt(s, at, end, state);
  if (value === undefined) return undefined;
  const i = state.end;
  let next = i;
  while (next < end && s.charCodeAt(next) === SPACE) next += 1;
  if (flow) {
    const c = next < end ? s.charCodeAt(next) : -1;
    if (c !== COMMA && c !== CLOSE_MAP && c !== CLOSE_SEQ) return undefined;
  } else if (next !== end && (next === i || s.charCodeAt(next) !== HASH)) {
    return undefined;
  }
  return value;
}
