import { parse } from 'yaml';

/** A new list entry: keys in the order they are to be written, plain values only. */
export type EntryValue = string | number | boolean | readonly string[];
export type Entry = Readonly<Record<string, EntryValue>>;

/** How a string is quoted in the file: as its neighbours are, else plain where that reads back the same. */
export type Quoting = 'plain' | 'double' | 'single';

/** How the entries of a list look in the file, so a new one looks the same. */
export interface EntryStyle {
  /** A flow row `{ date: …, value: … }` or a block mapping, one key per line. */
  layout: 'flow' | 'block';
  /** A space inside the braces of a flow row: `{ a: 1 }` rather than `{a: 1}`. */
  padded: boolean;
  /** The quoting of each key's strings in the neighbouring entries. */
  quoting: ReadonlyMap<string, Quoting>;
  /** JSON: keys and strings in double quotes. */
  json: boolean;
}

export const DEFAULT_STYLE: Readonly<EntryStyle> = Object.freeze({ layout: 'flow', padded: true, quoting: new Map(), json: false });

/** A flow row, `{ date: 2026-11-20, value: 3 }` (or its JSON form). */
export function flowRow(entry: Entry, style: EntryStyle): string {
  const pad = style.padded ? ' ' : '';
  const pairs = Object.entries(entry).map(
    ([key, value]) => `${keyText(key, style)}: ${scalarText(value, style.json ? 'double' : (style.quoting.get(key) ?? 'plain'), style.json)}`,
  );
  return `{${pad}${pairs.join(', ')}${pad}}`;
}

/** The lines of a block mapping; the first without indentation, the others at `indent` columns. */
export function blockLines(entry: Entry, style: EntryStyle, indent: number): string[] {
  return Object.entries(entry).map(
    ([key, value], i) => `${i === 0 ? '' : ' '.repeat(indent)}${keyText(key, style)}: ${scalarText(value, style.quoting.get(key) ?? 'plain', false)}`,
  );
}

function keyText(key: string, style: EntryStyle): string {
  return style.json ? JSON.stringify(key) : key;
}

/**
 * A value as YAML (or JSON) text. A string is written plain only when it reads back as the
 * same string; otherwise double-quoted, which every YAML and JSON reader takes the same way.
 */
export function scalarText(value: EntryValue, quoting: Quoting, json: boolean): string {
  if (typeof value === 'object') return `[${value.map((item) => scalarText(item, json ? 'double' : 'plain', json)).join(', ')}]`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${value} is not a number a goals file can hold`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (json || quoting === 'double') return JSON.stringify(value);
  if (quoting === 'single' && !/[\n\r\t\\]/.test(value) && /^[\x20-\x7e\u00a0-\uffff]*$/.test(value)) return `'${value.replaceAll("'", "''")}'`;
  return readsBackPlain(value) ? value : JSON.stringify(value);
}

/** Characters that could end a plain scalar in a flow row, or start something else. */
const UNSAFE = /[,[\]{}#:"'`\n\r\t\\|>&*!%@]/;

function readsBackPlain(value: string): boolean {
  if (value === '' || value !== value.trim() || UNSAFE.test(value) || /^[-?]/.test(value)) return false;
  // YAML 1.1 readers take these as booleans; writing them plain would mislead them.
  if (/^(?:y|n|yes|no|on|off)$/i.test(value)) return false;
  try {
    return parse(`[${value}]`)?.[0] === value;
  } catch {
    return false;
  }
}

/** The `key: value` lines of a new YAML mapping (a new file's front matter or KPI), plain where that reads back the same. */
export function mappingLines(entry: Entry): string[] {
  return blockLines(entry, { ...DEFAULT_STYLE, layout: 'block' }, 0);
}
