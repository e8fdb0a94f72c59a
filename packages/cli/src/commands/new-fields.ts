import { mappingLines, type Band, type EntryValue } from '@cairn/core';
import { escapeControl as printable } from '../format/escape-control.js';
import { UsageError } from '../output.js';
import { nearIds, parseNumber } from '../write/command-input.js';

/** How many known ids an unknown-id message lists before it gives only their count. */
const LISTED = 12;

/** A field of a new file: a plain value, or a KPI's `{ min, max }` band. */
export type FieldValue = EntryValue | Band;

/** `a,b` as a list, each item trimmed; undefined when the option is not given. */
export function listOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Refuses the first id of a list option that names nothing, as validate names an unknown
 * reference: here before anything is written, with the option that held it.
 */
export function checkKnownIds(ids: readonly string[] | undefined, known: Iterable<string>, option: string, kind: string, plural: string): void {
  const all = [...known].sort();
  const unknown = ids?.find((id) => !all.includes(id));
  if (unknown === undefined) return;
  // validate's did-you-mean (the closest id), then ids that hold what was typed.
  const near = nearIds(unknown, all);
  const guess = near.length > 0 ? `; did you mean ${near.map((id) => `"${id}"`).join(' or ')}?` : '';
  const list = all.length > LISTED ? `${all.slice(0, LISTED).join(', ')} and ${all.length - LISTED} more` : all.join(', ');
  const listed = all.length === 0 ? `there are no ${plural} yet` : `known ${plural}: ${list}`;
  throw new UsageError(`${option}: unknown ${kind} "${printable(unknown)}"${guess} (${listed})`);
}

/** A KPI's target or critical line: a number (`90`), or a band `min..max` (`30..45`) as the elements' attributes take it. */
export function parseTarget(text: string, what: string): number | Band {
  const parts = text.split('..');
  if (parts.length === 1) return parseNumber(text, what);
  const shape = `${what} is a number, or a band written min..max (30..45), not "${printable(text)}"`;
  // `1...2` would split as 1 and .2: refused rather than read as a band it may not mean.
  if (parts.length !== 2 || text.includes('...') || parts.some((part) => part.trim() === '')) throw new UsageError(shape);
  const [a, b] = parts.map((part) => parseNumber(part, what)) as [number, number];
  // Either order names the same band, as the elements read `45..30`.
  return { min: Math.min(a, b), max: Math.max(a, b) };
}

/** `; did you mean decrease?` for a direction written in everyday words (`at-most`, `lower`), else nothing. */
export function directionMeant(word: string, range: boolean): string {
  const meant = /^(at-?least|above|min(imum)?|up|higher|more)$/i.test(word)
    ? 'increase'
    : /^(at-?most|below|max(imum)?|down|lower|less|under)$/i.test(word)
      ? 'decrease'
      : range && /^(band|between|within|inside)$/i.test(word)
        ? 'range'
        : undefined;
  return meant === undefined ? '' : `; did you mean ${meant}?`;
}

export function isBand(value: number | Band | undefined): value is Band {
  return typeof value === 'object';
}

/** `30..45` back from a band, for messages. */
export function bandText(value: number | Band): string {
  return isBand(value) ? `${value.min}..${value.max}` : String(value);
}

/** The `key: value` lines of a new file, fields not given left out, a band written `{ min: 30, max: 45 }`. */
export function fieldLines(fields: Record<string, FieldValue | undefined>): string[] {
  return Object.entries(fields).flatMap(([key, value]): string[] => {
    if (value === undefined) return [];
    if (typeof value === 'object' && !Array.isArray(value)) {
      const band = value as Band;
      return [`${key}: { min: ${String(band.min)}, max: ${String(band.max)} }`];
    }
    return mappingLines({ [key]: value as EntryValue });
  });
}
