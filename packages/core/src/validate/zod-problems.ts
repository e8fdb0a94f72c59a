import type { z } from 'zod';
import { restOfLineAt } from '../source/encoding.js';
import { isBeyondRange, rangeRuleOf } from '../schema/number-bounds.js';
import type { Locator, PathKey } from '../source/position.js';
import type { Problem } from './problem.js';
import { dateSuggestion, didYouMeanField, didYouMeanValue, missingDayHint, numberLike, numberTextHint, plainNumberHint, quoted } from './suggest.js';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/**
 * Turns zod's issues into problems a person can act on, located in the file. `text`, the file's
 * text when there is one, lets a hint say what is written where a value was expected.
 */
export function zodProblems(issues: readonly Issue[], schema: AnySchema, value: unknown, at: Locator, whole = 'the file', text?: string): Problem[] {
  return issues.flatMap((issue) => issueProblems(issue, [], schema, value, at, whole, text));
}

function issueProblems(issue: Issue, base: readonly PathKey[], schema: AnySchema, root: unknown, at: Locator, whole: string, text: string | undefined): Problem[] {
  const path = [...base, ...(issue.path as PathKey[])];
  const value = valueAt(root, path);
  const field = fieldName(path);
  const subject = field ? `"${field}"` : whole;
  const make = (message: string, suggestion?: string, where = at(path)): Problem => ({
    code: codeOf(issue),
    severity: 'error',
    message,
    suggestion,
    ...where,
  });

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schema, path);
      return issue.keys.map((key) => ({
        ...make(`unknown field "${key}"${field ? ` in ${field}` : ''}`, didYouMeanField(key, known) ?? hintKnown(known), at([...path, key], { key: true })),
        code: 'unknown-field',
      }));
    }
    case 'invalid_type': {
      if (value === undefined) {
        const parent = path.slice(0, -1);
        return [{ ...make(`missing required field "${field}"${where(parent)}`, undefined, at(parent)), code: 'missing-field' }];
      }
      if (issue.expected === 'number') {
        if (isBeyondRange(value, field)) return [outOfRange(make, subject, field, value, at(path), text)];
        const number = numberLike(value);
        if (number !== undefined) return [numberFormat(make, field, value, number)];
      }
      // YAML reads `id: 2026` as a number; quoting is the fix people need to hear.
      const quote =
        issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
          ? `write it in quotes: "${String(value)}"`
          : (emptyTextHint(issue.expected, value, path, text === undefined ? undefined : restOfLineAt(text, at(path))) ?? keyResultAsText(issue.expected, value, path) ?? yesNoHint(issue.expected, value));
      const expected = path.length === 0 && issue.expected === 'object' ? 'a set of fields, one "name: value" per line' : article(issue.expected);
      return [make(`${subject} must be ${expected}, not ${describe(value)}`, quote)];
    }
    case 'invalid_value': {
      const options = issue.values.map((option) => String(option));
      const suggestion = typeof value === 'string' ? didYouMeanValue(value, options) : undefined;
      return [make(`${subject} must be one of ${options.join(', ')}, not ${describe(value)}`, suggestion)];
    }
    case 'too_big':
    case 'too_small': {
      const bound = issue.code === 'too_big' ? issue.maximum : issue.minimum;
      if (issue.origin === 'array') {
        return [make(`"${field}" needs ${issue.code === 'too_big' ? 'at most' : 'at least'} ${String(bound)} item${Number(bound) === 1 ? '' : 's'}`)];
      }
      if (issue.origin === 'string') return [make(`"${field}" must not be empty`)];
      const word = issue.code === 'too_big' ? 'at most' : 'at least';
      const suggestion =
        // 80 was surely meant as 80 %; 1.5 is just out of range, and 0.015 would be a bad guess.
        field === 'confidence' && typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 100
          ? `confidence is a share from 0 to 1: write ${value / 100} for ${value} %`
          : undefined;
      return [make(`${subject} must be ${word} ${String(bound)}, not ${describe(value)}`, suggestion)];
    }
    case 'invalid_format':
    case 'custom': {
      if (issue.code === 'custom' && (issue.params as { code?: string } | undefined)?.code === 'out-of-range') return [outOfRange(make, subject, field, value, at(path), text)];
      const got = value !== undefined && typeof value !== 'object' ? ` (got ${describe(value)})` : '';
      const params = issue.code === 'custom' ? (issue.params as { code?: string } | undefined) : undefined;
      // A date with nothing to rewrite (2027-02-30, not 2026-31-12) gets what its month holds.
      const suggestion = dateSuggestion(value) ?? (params?.code === 'invalid-date' && typeof value === 'string' ? missingDayHint(value) : undefined);
      return [{ ...make(`${subject} ${issue.message}${got}`, suggestion), code: params?.code ?? codeOf(issue) }];
    }
    case 'invalid_union': {
      // A value of the right shape that failed deeper down deserves the deeper, precise message.
      const deeper = issue.errors.find((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0 || inner.code !== 'invalid_type'));
      if (deeper) return deeper.flatMap((inner) => issueProblems(inner, path, schema, root, at, whole, text));
      const expected = [...new Set(issue.errors.flatMap((branch) => branch.filter((inner) => inner.code === 'invalid_type').map((inner) => (inner.code === 'invalid_type' ? inner.expected : ''))))];
      if (expected.includes('number') && isBeyondRange(value, field)) return [outOfRange(make, subject, field, value, at(path), text)];
      const number = expected.includes('number') ? numberLike(value) : undefined;
      if (number !== undefined) return [numberFormat(make, field, value, number)];
      return [make(`${subject} must be ${expected.map(article).join(' or ')}, not ${describe(value)}`)];
    }
    default:
      return [make(`${subject}: ${issue.message}`)];
  }
}

/**
 * A number beyond what Cairn reads (±1e15, weights 1e6), or beyond what a double holds, quoted as
 * written: `1e400`, not the Infinity a reader made of it; `1e308`, not JavaScript's `1e+308`.
 */
function outOfRange(make: (message: string, suggestion?: string) => Problem, subject: string, field: string, value: unknown, where: { line: number; column: number }, text: string | undefined): Problem {
  const rule = rangeRuleOf(field);
  const written = typeof value === 'number' && text !== undefined ? /^[-+]?(?:\.(?:inf|Inf|INF)|[0-9.][0-9.eE+-]*)/.exec(restOfLineAt(text, where))?.[0] : undefined;
  const shown = written ?? (typeof value === 'string' ? value.trim() : String(value));
  return { ...make(`${subject} ${rule.message}, not ${shown}`, rule.suggestion), code: 'out-of-range' };
}

/** A number written as text; a confidence written as a percentage gets the share it means. */
function numberFormat(make: (message: string, suggestion?: string) => Problem, field: string, value: unknown, number: number): Problem {
  const suggestion = (typeof value === 'string' ? numberTextHint(field, value) : undefined) ?? plainNumberHint(number);
  return { ...make(`"${field}" must be a plain number, not ${quoted(String(value))}`, suggestion), code: 'number-format' };
}

/**
 * A text field read as no value: `title:` left blank, `title: ~`, or `title: #1 brand`, which
 * YAML reads as an empty title since everything from # on is a comment. `written` is what the
 * line holds where the value was expected, when the file's text is known.
 */
function emptyTextHint(expected: string, value: unknown, path: readonly PathKey[], written: string | undefined): string | undefined {
  const field = path[path.length - 1];
  if (expected !== 'string' || value !== null || typeof field !== 'string') return undefined;
  const after = `write the text after "${field}:"`;
  if (written === undefined || written.startsWith('#')) return `${after}, in quotes if it starts with # (YAML reads the rest of a line from # on as a comment)`;
  const word = /^(~|null|Null|NULL)(?=\s|$)/.exec(written)?.[1];
  if (word !== undefined) return `YAML reads ${word} as no value: ${after}, or "${word}" in quotes if that is the text`;
  return after;
}

/** `key_results: [Grow revenue to 1M]`, the way a slide lists them: say how Cairn wants one written. */
function keyResultAsText(expected: string, value: unknown, path: readonly PathKey[]): string | undefined {
  if (expected !== 'object' || typeof value !== 'string' || path[path.length - 2] !== 'key_results') return undefined;
  return `write a key result as fields: "- title: ${value.length > 40 ? `${value.slice(0, 37)}…` : value}", then "target:" (and "start:", "unit:") on lines below it`;
}

/** YAML 1.1 read `yes` and `off` as booleans; YAML 1.2, which Cairn reads, keeps them text. */
function yesNoHint(expected: string, value: unknown): string | undefined {
  if (expected !== 'boolean' || typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (['yes', 'y', 'on'].includes(word)) return 'write true (Cairn reads yes, y and on as text)';
  if (['no', 'n', 'off'].includes(word)) return 'write false (Cairn reads no, n and off as text)';
  return undefined;
}

function codeOf(issue: Issue): string {
  return issue.code.replace(/_/g, '-');
}

function where(parent: readonly PathKey[]): string {
  const name = fieldName(parent);
  return name ? ` in ${name}` : '';
}

/** A field's own name reads better than its full path; the line and column say where it is. */
function fieldName(path: readonly PathKey[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return '';
  if (typeof last === 'string') return last;
  const owner = path.slice(0, -1).filter((step): step is string => typeof step === 'string').pop();
  return `${owner ?? 'item'} #${last + 1}`;
}

function article(type: string): string {
  const names: Record<string, string> = {
    number: 'a number',
    string: 'text',
    boolean: 'true or false',
    array: 'a list',
    object: 'a set of fields (key: value)',
  };
  return names[type] ?? type;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') {
    // Quote what was written, but never a page of it, and never raw control characters.
    return quoted(value);
  }
  return String(value);
}

function hintKnown(known: string[]): string | undefined {
  return known.length > 0 && known.length <= 16 ? `known fields: ${known.join(', ')}` : undefined;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let current = root;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathKey, unknown>)[step];
  }
  return current;
}

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
  options?: AnySchema[];
}

function defOf(schema: AnySchema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The field names an object schema allows at `path`, for did-you-mean on unknown fields. */
function knownKeys(schema: AnySchema, path: readonly PathKey[]): string[] {
  const found = new Set<string>();
  const visit = (node: AnySchema, rest: readonly PathKey[]): void => {
    const def = defOf(node);
    if (def.innerType) return visit(def.innerType, rest);
    if (def.in && def.type === 'pipe') return visit(def.in, rest);
    if (def.options) return def.options.forEach((option) => visit(option, rest));
    if (rest.length === 0) {
      if (def.shape) Object.keys(def.shape).filter((key) => key !== '$schema').forEach((key) => found.add(key));
      return;
    }
    const [step, ...tail] = rest;
    if (def.type === 'array' && def.element && typeof step === 'number') return visit(def.element, tail);
    if (def.shape && typeof step === 'string' && def.shape[step]) return visit(def.shape[step], tail);
  };
  visit(schema, path);
  return [...found];
}
