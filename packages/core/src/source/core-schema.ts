import jsyaml from 'js-yaml';

// js-yaml 4 exports its built-in types as `types`; @types/js-yaml does not declare them.
const { types } = jsyaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', jsyaml.Type> };

/** YAML 1.2 core schema's plain-scalar types, in the order js-yaml's CORE_SCHEMA tries them. */
const CORE_TYPES = [types.null, types.bool, types.int, types.float];

/** The only words the core schema reads as null or a boolean. */
const WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/**
 * Whether a plain scalar can be anything but a string under the core schema: null (`~`, `null`),
 * a boolean (`true`, `false`), or a number (digits, a sign, `.5`, `.inf`, `.nan`). Every other
 * first character, and every other word, means a string. A `YYYY-MM-DD` date is a string too:
 * no number has a `-` after its fourth digit.
 */
function mayBeTyped(data: string): boolean {
  const c = data.charCodeAt(0);
  const digit = c >= 48 && c <= 57;
  if (digit) return !(data.length === 10 && data.charCodeAt(4) === 45 && data.charCodeAt(7) === 45);
  // + - . ~
  if (c === 43 || c === 45 || c === 46 || c === 126) return true;
  // n N t T f F: only the words above
  if (c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70) return (data.length === 4 || data.length === 5) && WORDS.has(data);
  return false;
}

let matched: jsyaml.Type | undefined;

/**
 * One implicit type standing for all four core ones. js-yaml tries each implicit type on every
 * plain scalar, so a name or a date ran four resolvers (one a regular expression) to stay a
 * string; most scalars of a goals file are names, dates and notes. This type turns those away
 * on their first character and hands everything else to js-yaml's own resolvers, in their
 * order, so the values are exactly the core schema's. js-yaml calls `construct` right after a
 * successful `resolve`, on the same scalar.
 */
const coreScalar = new jsyaml.Type('tag:cairn,2026:core-scalar', {
  kind: 'scalar',
  resolve(data: string | null): boolean {
    matched = coreTypeOf(data);
    return matched !== undefined;
  },
  construct(data: string): unknown {
    return (matched as jsyaml.Type).construct(data);
  },
});

/**
 * js-yaml's CORE_SCHEMA, read faster: the same values for every document. Explicit tags
 * (`!!int "5"`) keep working through the four core types themselves.
 */
export const CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [coreScalar], explicit: CORE_TYPES });

/** The core type of a plain scalar (null, bool, int or float), or undefined for a string. */
function coreTypeOf(data: string | null): jsyaml.Type | undefined {
  if (data !== null && data.length > 0 && !mayBeTyped(data)) return undefined;
  return CORE_TYPES.find((type) => type.resolve(data));
}

/** The value of a plain scalar under CORE_SCHEMA, for readers that find scalars themselves. */
export function plainScalarValue(data: string): unknown {
  const type = coreTypeOf(data);
  return type ? type.construct(data) : data;
}
