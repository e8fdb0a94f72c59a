import { plainScalarValue } from './core-schema.js';
import { DayTexts } from './day-text.js';
import { MAX_DEPTH } from './limits.js';
import { MapBuilder } from './simple-yaml-maps.js';
import {
  CLOSE_MAP,
  CLOSE_SEQ,
  COMMA,
  DASH,
  DOUBLE,
  HASH,
  OPEN_MAP,
  OPEN_SEQ,
  SINGLE,
  SPACE,
  bail,
  decimalAt,
  keyAt,
  keyEnd,
  plainEnd,
  quotedEnd,
  quotedValue,
  isNotSimple,
  restOfLine,
  scalarState,
  type ScalarState,
} from './simple-yaml-scalars.js';

/** What `readSimpleYaml` returns for a text it leaves to the full parser. */
export const NOT_SIMPLE: unique symbol = Symbol('not simple YAML');

/**
 * Reads the plain YAML that goals files are made of — block mappings and lists, one-line
 * `{ … }` and `[ … ]`, plain and quoted one-line scalars, comments — straight into values, and
 * returns `NOT_SIMPLE` for anything else, which then goes to the full parser (`yaml`). It is a
 * fast path, not a parser: whatever it returns is exactly what `yaml` (YAML 1.2 core schema,
 * see core-schema.ts) returns for the same text, and tests hold it to that on every fixture and
 * on generated texts; whatever it is unsure of (anchors, tags, block scalars, text over several
 * lines, escapes, odd keys, document markers, tabs, deep nesting, errors of any kind) it does
 * not read. This is its one entry point; all it keeps belongs to the one call.
 *
 * Why it exists: a repository of 10,000 objectives holds about 40 MB of YAML, and reading this
 * subset line by line is several times as fast as a full parser.
 */
export function readSimpleYaml(text: string, days: DayTexts = new DayTexts()): unknown {
  // A NUL and a carriage return (which may end a line, comments included) go to the full
  // parser; the characters of scalars are checked as they are read.
  if (text.indexOf('\0') !== -1 || text.indexOf('\r') !== -1) return NOT_SIMPLE;
  try {
    const reader = new LineReader(text, days);
    if (reader.eof) return null;
    if (reader.indent !== 0) bail();
    const value = reader.block(0);
    if (!reader.eof) bail();
    return value;
  } catch (error) {
    if (isNotSimple(error)) return NOT_SIMPLE;
    throw error;
  }
}

/** What the readers of one text share: the scalars' state, the row read last, the depth. */
interface ReadState extends ScalarState {
  /** The load's shared date strings. */
  days: DayTexts;
  rowDate: string;
  rowValue: number;
  /** Collections open around the one being read; deeper than MAX_DEPTH goes to the full parser. */
  depth: number;
}

/** One more collection open; deep nesting is left to the full parser, which reports it. */
function deeper(state: ReadState): void {
  state.depth += 1;
  if (state.depth > MAX_DEPTH) bail();
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
  private readonly maps = new MapBuilder();
  private readonly state: ReadState;

  constructor(
    private readonly s: string,
    days: DayTexts,
  ) {
    this.state = { ...scalarState(), days, rowDate: '', rowValue: 0, depth: 0 };
    this.flow = new FlowReader(s, this.maps, this.state);
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
    deeper(this.state);
    const value = this.isItem() ? this.list(indent) : this.mapping(indent);
    this.state.depth -= 1;
    return value;
  }

  private list(indent: number): unknown[] {
    const s = this.s;
    const items: unknown[] = [];
    while (!this.eof && this.indent === indent && this.isItem()) {
      let at = this.content + 1;
      while (at < this.end && s.charCodeAt(at) === SPACE) at += 1;
      if (at === this.end || s.charCodeAt(at) === HASH) {
        this.nextLine();
        // An empty item is left to the full parser, whose reading of what follows it
        // (`-\n  -\n- 0`) this reader does not repeat.
        if (this.eof || this.indent <= indent) bail();
        items.push(this.block(this.indent));
      } else if (keyEnd(s, at, this.end) !== -1) {
        // `- id: a`: a mapping whose column is that of `id`; later pairs line up under it.
        this.content = at;
        this.indent = at - this.start;
        items.push(this.block(this.indent));
      } else {
        items.push(this.row(at) ?? this.inline(at));
        this.nextLine();
        if (!this.eof && this.indent > indent) bail();
      }
    }
    return items;
  }

  /**
   * `{ date: 2026-10-03, value: 12.5 }` and nothing more on the line (bar a comment), made at
   * once: a KPI's inline measurements are hundreds of such rows, and in a fresh process this
   * one short path is optimised long before the general one. Undefined for anything else,
   * which `inline` reads (into the same object, when it is such a row after all).
   */
  private row(at: number): { date: string; value: number } | undefined {
    const s = this.s;
    if (!s.startsWith(ROW_START, at)) return undefined;
    const state = this.state;
    let i = dateAndValueAt(s, at + ROW_OPEN.length, this.end, state);
    if (i === -1) return undefined;
    while (i < this.end && s.charCodeAt(i) === SPACE) i += 1;
    if (s.charCodeAt(i) !== CLOSE_MAP) return undefined;
    restOfLine(s, i + 1, this.end);
    return { date: state.rowDate, value: state.rowValue };
  }

  private mapping(indent: number): Record<string, unknown> {
    const s = this.s;
    const maps = this.maps;
    maps.open();
    while (!this.eof && this.indent === indent) {
      if (this.isItem()) bail();
      const colon = keyEnd(s, this.content, this.end);
      if (colon === -1) bail();
      maps.key(keyAt(s, this.content, colon, this.state));
      let at = colon + 1;
      while (at < this.end && s.charCodeAt(at) === SPACE) at += 1;
      if (at === this.end || s.charCodeAt(at) === HASH) {
        this.nextLine();
        // A list may sit at the key's own column: `key:\n- a`.
        const nested = !this.eof && (this.indent > indent || (this.indent === indent && this.isItem()));
        maps.value(nested ? this.block(this.indent) : null);
      } else {
        maps.value(this.inline(at));
        this.nextLine();
        // A deeper line after a value would continue it over several lines.
        if (!this.eof && this.indent > indent) bail();
      }
    }
    return maps.close();
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
      const number = decimalAt(s, at, this.end, false, this.state);
      if (number !== undefined) return number;
      const end = plainEnd(s, at, this.end, false);
      return plainText(s, at, end, this.state.days);
    }
    restOfLine(s, after, this.end);
    return value;
  }
}

/** A plain scalar's value; a date (always text in the core schema) as its shared string. */
function plainText(s: string, from: number, to: number, days: DayTexts): unknown {
  if (to - from === 10) {
    const day = days.at(s, from);
    if (day !== undefined) return day;
  }
  return plainScalarValue(s.slice(from, to));
}

const DATE_KEY = 'date: ';
const VALUE_KEY = ' value: ';
const ROW_OPEN = '{ ';
const ROW_START = `${ROW_OPEN}${DATE_KEY}`;

/**
 * Reads `date: <a real date>, value: <a short decimal>` from `at`, as measurement and check-in
 * rows start, into `state.rowDate` and `state.rowValue`, and returns where the number ends; -1, having read
 * nothing, for anything else. What it reads is what the entry-by-entry reading would: a real
 * date is a plain scalar that the comma ends, and `decimalAt` takes a number only where it ends
 * a value in braces.
 */
function dateAndValueAt(s: string, at: number, end: number, state: ReadState): number {
  const dateAt = at + DATE_KEY.length;
  if (!s.startsWith(DATE_KEY, at) || s.charCodeAt(dateAt + 10) !== COMMA || !s.startsWith(VALUE_KEY, dateAt + 11)) return -1;
  const day = state.days.at(s, dateAt);
  if (day === undefined) return -1;
  const value = decimalAt(s, dateAt + 11 + VALUE_KEY.length, end, true, state);
  if (value === undefined) return -1;
  state.rowDate = day;
  state.rowValue = value;
  return state.end;
}

/** One-line `[ … ]` and `{ … }`, nested or not. */
class FlowReader {
  /** Where reading is, and the end of the line it must not pass; set for each collection. */
  at = 0;
  end = 0;

  constructor(
    private readonly s: string,
    private readonly maps: MapBuilder,
    private readonly state: ReadState,
  ) {}

  private spaces(): void {
    while (this.at < this.end && this.s.charCodeAt(this.at) === SPACE) this.at += 1;
    if (this.at === this.end) bail();
  }

  node(): unknown {
    const c = this.s.charCodeAt(this.at);
    if (c === OPEN_SEQ || c === OPEN_MAP) {
      deeper(this.state);
      const value = c === OPEN_SEQ ? this.sequence() : this.mapping();
      this.state.depth -= 1;
      return value;
    }
    if (c === DOUBLE || c === SINGLE) {
      const from = this.at;
      this.at = quotedEnd(this.s, from, this.end);
      return quotedValue(this.s, from, this.at);
    }
    const number = decimalAt(this.s, this.at, this.end, true, this.state);
    if (number !== undefined) {
      this.at = this.state.end;
      return number;
    }
    const from = this.at;
    const to = plainEnd(this.s, from, this.end, true);
    this.at = to;
    return plainText(this.s, from, to, this.state.days);
  }

  private sequence(): unknown[] {
    const items: unknown[] = [];
    if (this.opened(CLOSE_SEQ)) return items;
    do items.push(this.node());
    while (!this.closed(CLOSE_SEQ));
    return items;
  }

  private mapping(): Record<string, unknown> {
    const maps = this.maps;
    maps.open();
    if (!this.opened(CLOSE_MAP) && !(this.dateAndValue() && this.closed(CLOSE_MAP))) {
      do {
        const colon = keyEnd(this.s, this.at, this.end);
        if (colon === -1) bail();
        maps.key(keyAt(this.s, this.at, colon, this.state));
        this.at = colon + 1;
        this.spaces();
        maps.value(this.node());
      } while (!this.closed(CLOSE_MAP));
    }
    return maps.close();
  }

  /**
   * Reads `date: 2026-10-03, value: 12.5` at once, as measurement and check-in rows start, and
   * leaves the reader after the number; false, having read nothing, for anything else (which the
   * entry-by-entry loop then reads).
   */
  private dateAndValue(): boolean {
    const after = dateAndValueAt(this.s, this.at, this.end, this.state);
    if (after === -1) return false;
    this.maps.key('date');
    this.maps.value(this.state.rowDate);
    this.maps.key('value');
    this.maps.value(this.state.rowValue);
    this.at = after;
    return true;
  }

  /** Steps past the opening bracket; true when `close` follows at once (`[]`, `{ }`). */
  private opened(close: number): boolean {
    this.at += 1;
    this.spaces();
    if (this.s.charCodeAt(this.at) !== close) return false;
    this.at += 1;
    return true;
  }

  /** After an entry: true past the closing bracket, false past a comma (and the spaces after it). */
  private closed(close: number): boolean {
    this.spaces();
    const c = this.s.charCodeAt(this.at);
    this.at += 1;
    if (c === close) return true;
    if (c !== COMMA) bail();
    this.spaces();
    return false;
  }
}
