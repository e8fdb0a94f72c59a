/**
 * The YAML 1.2 core schema's reading of a plain (unquoted, untagged) scalar: the one semantics
 * every Cairn reader uses, whichever path reads a file. It is the schema the `yaml` package
 * resolves with (`version: '1.2'`, `schema: 'core'`), written out so that the plain YAML reader
 * (simple-yaml.ts) and js-yaml (through CORE_SCHEMA below) return exactly the values `yaml`
 * would; tests hold the three to each other and to the patterns of the YAML 1.2.2
 * specification (section 10.3.2).
 *
 *   null    ~ null Null NULL and the empty scalar
 *   bool    true True TRUE false False FALSE   (yes, no, on, off, y, n are text)
 *   int     [-+]?[0-9]+   0o[0-7]+   0x[0-9a-fA-F]+   (0b101, 1_000, -0x1F are text)
 *   float   [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?   [-+]?\.(inf|Inf|INF)   \.(nan|NaN|NAN)
 */
import jsyaml from 'js-yaml';

const INT = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** The only words the core schema reads as null or a boolean (the empty scalar is null too). */
const WORDS: ReadonlyMap<string, null | boolean> = new Map<string, null | boolean>([
  ['~', null],
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);

/**
 * Whether a plain scalar can be anything but a string: most scalars of a goals file are names,
 * dates and notes, turned away here on their first character. A `YYYY-MM-DD` date is a string:
 * no number has a `-` after its fourth digit.
 */
function mayBeTyped(data: string): boolean {
  const c = data.charCodeAt(0);
  if (c >= 48 && c <= 57) return !(data.length === 10 && data.charCodeAt(4) === 45 && data.charCodeAt(7) === 45);
  // + - . ~
  if (c === 43 || c === 45 || c === 46 || c === 126) return true;
  // n N t T f F: only the words above
  return c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
}

/** The value of a plain scalar under the YAML 1.2 core schema, as `yaml` resolves it. */
export function plainScalarValue(data: string): unknown {
  if (data === '') return null;
  if (!mayBeTyped(data)) return data;
  const word = WORDS.get(data);
  if (word !== undefined) return word;
  // In the order `yaml` tries its core tags: octal, decimal and hex integers, then floats.
  if (OCTAL.test(data)) return Number.parseInt(data.slice(2), 8);
  if (INT.test(data)) return Number.parseInt(data, 10);
  if (HEX.test(data)) return Number.parseInt(data.slice(2), 16);
  if (INFINITY.test(data)) return data.charCodeAt(0) === 45 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (NAN.test(data)) return Number.NaN;
  if (FLOAT.test(data)) return Number.parseFloat(data);
  return data;
}

/**
 * A mapping key as a plain object stores it: the key's value made text the way `yaml`'s
 * `toJS` does (null is the empty text; `1.0` is `1`, `True` is `true`).
 */
export function plainKeyText(data: string): string {
  const value = plainScalarValue(data);
  return value === null ? '' : String(value);
}

/**
 * js-yaml's reading of plain scalars replaced by the one above (js-yaml's own CORE_SCHEMA reads
 * `0b101`, `1_000` and `-0x1F` as numbers, which YAML 1.2 does not). No explicit types beyond
 * the failsafe `!!str`, `!!seq` and `!!map`: js-yaml refuses any other tag, and the text goes to
 * `yaml`, which reports the tags Cairn does not read.
 */
export const CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:cairn,2026:core-scalar', {
      kind: 'scalar',
      // js-yaml asks only about plain scalars; a string stays itself (NaN is not itself either).
      resolve: (data: string | null): boolean => data === null || plainScalarValue(data) !== data,
      construct: (data: string | null): unknown => (data === null ? null : plainScalarValue(data)),
    }),
  ],
});
