/**
 * How the plain YAML reader (simple-yaml.ts) makes its mappings: keys and values are gathered
 * first, then the object is made in one go by an object literal of that very list of keys.
 *
 * Why: a goals repository writes hundreds of thousands of small mappings with the same keys
 * in the same order (`{ date: …, value: … }` rows and check-ins above all). Made key by key,
 * each goes through V8's shape transitions from the size guessed for an empty object. Made by
 * a literal, it is allocated at its final size, and V8 can allocate the objects of a literal
 * that live long straight where they will stay. Making 565,000 such rows, the garbage
 * collector's time fell from about 290 ms to 130 ms. The object is the same either way: a
 * plain object with the same own keys in the same order.
 */
import { bail } from './simple-yaml-scalars.js';

type Make = (values: readonly unknown[]) => Record<string, unknown>;

/** A list of keys, as a path from the empty one; `make` once a mapping of it has been made. */
interface Shape {
  readonly next: Map<string, Shape>;
  readonly keys: readonly string[];
  /** Null when this list of keys is made key by key. */
  make: Make | null | undefined;
}

/**
 * At most this many lists of keys are remembered, and as many literals made; mappings of other
 * lists are then made key by key. Goals files use a few dozen lists of keys, so this only
 * bounds what a long-running process keeps after reading texts that invent keys.
 */
const MAX_SHAPES = 1024;
const root: Shape = { next: new Map(), keys: [], make: undefined };
let shapes = 0;
/** False where making functions from text is not allowed (a page's Content-Security-Policy). */
let literalsAllowed = true;

const OBJECT_PROTOTYPE = Object.prototype as unknown as Record<string, unknown>;

/**
 * Leaves the subset at a key written twice, and at a name every object already has (such as
 * `constructor`), which an object made key by key would show as set: both go to js-yaml.
 */
function checkKey(keys: readonly string[], index: number): void {
  const key = keys[index] as string;
  if (OBJECT_PROTOTYPE[key] !== undefined) bail();
  for (let i = 0; i < index; i += 1) if (keys[i] === key) bail();
}

/**
 * The shape of this list of keys, its keys checked when it is first met; undefined once too
 * many are known.
 */
function shapeOf(keys: readonly string[], count: number): Shape | undefined {
  let shape = root;
  for (let i = 0; i < count; i += 1) {
    const key = keys[i] as string;
    let next = shape.next.get(key);
    if (next === undefined) {
      if (shapes >= MAX_SHAPES) return undefined;
      checkKey(keys, i);
      shapes += 1;
      next = { next: new Map(), keys: keys.slice(0, i + 1), make: undefined };
      shape.next.set(key, next);
    }
    shape = next;
  }
  return shape;
}

/** Keys that may be written into a literal as they are: what `keyEnd` reads, or a number. */
const PLAIN_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/;

/**
 * A function that makes the literal of these keys, or undefined: when a key is not plain (it
 * then stays data, never code), and where making functions from text is not allowed.
 */
function literalFor(keys: readonly string[]): Make | undefined {
  if (!literalsAllowed || !keys.every((key) => PLAIN_KEY.test(key))) return undefined;
  const fields = keys.map((key, i) => `${JSON.stringify(key)}: v[${i}]`);
  try {
    return new Function('v', `return { ${fields.join(', ')} };`) as Make;
  } catch {
    literalsAllowed = false;
    return undefined;
  }
}

function keyByKey(keys: readonly string[], values: readonly unknown[], count: number): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (let i = 0; i < count; i += 1) map[keys[i] as string] = values[i];
  return map;
}

/**
 * Gathers the keys and values of the mappings of one text, nested ones included (each level
 * has its own lists, reused from mapping to mapping), and makes each mapping when it closes.
 */
export class MapBuilder {
  private readonly keys: string[][] = [];
  private readonly values: unknown[][] = [];
  private readonly counts: number[] = [];
  /** The shape made last at each level: rows of a list mostly share one. */
  private readonly last: (Shape | undefined)[] = [];
  private depth = -1;

  open(): void {
    this.depth += 1;
    if (this.depth === this.keys.length) {
      this.keys.push([]);
      this.values.push([]);
      this.last.push(undefined);
    }
    this.counts[this.depth] = 0;
  }

  key(key: string): void {
    (this.keys[this.depth] as string[])[this.counts[this.depth] as number] = key;
  }

  /** The value of the key given last. */
  value(value: unknown): void {
    const count = this.counts[this.depth] as number;
    (this.values[this.depth] as unknown[])[count] = value;
    this.counts[this.depth] = count + 1;
  }

  close(): Record<string, unknown> {
    const depth = this.depth;
    this.depth -= 1;
    const keys = this.keys[depth] as string[];
    const values = this.values[depth] as unknown[];
    const count = this.counts[depth] as number;
    let shape = this.last[depth];
    if (shape === undefined || !sameKeys(shape.keys, keys, count)) {
      shape = shapeOf(keys, count);
      if (shape === undefined) {
        for (let i = 0; i < count; i += 1) checkKey(keys, i);
        return keyByKey(keys, values, count);
      }
      this.last[depth] = shape;
    }
    if (shape.make === undefined) shape.make = literalFor(shape.keys) ?? null;
    return shape.make === null ? keyByKey(keys, values, count) : shape.make(values);
  }
}

function sameKeys(known: readonly string[], keys: readonly string[], count: number): boolean {
  if (known.length !== count) return false;
  for (let i = 0; i < count; i += 1) if (known[i] !== keys[i]) return false;
  return true;
}
