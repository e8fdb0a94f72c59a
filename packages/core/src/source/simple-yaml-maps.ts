/**
 * How the plain YAML reader (simple-yaml.ts) makes its mappings: keys and values are gathered
 * per nesting level, then each mapping is made when it closes, from a template of its keys.
 *
 * Why a template: a goals repository writes hundreds of thousands of small mappings with the
 * same keys in the same order (`{ date: …, value: … }` rows and check-ins above all). Copied
 * from a template object (`{ ...template }`), a mapping is allocated at its final size with
 * its final shape at once, and only its values are stored; no code is made from text, so this
 * runs under a Content-Security-Policy without `unsafe-eval`. Everything here belongs to one
 * reader of one text: no state is shared between texts.
 */
import { bail } from './simple-yaml-scalars.js';

/** A list of keys, as a path from the empty one, and the template of its mappings once made. */
interface Shape {
  readonly next: Map<string, Shape>;
  readonly keys: readonly string[];
  template: Record<string, unknown> | undefined;
}

/**
 * At most this many lists of keys are remembered per text; mappings of other lists are then
 * made key by key. Goals files use a few dozen lists of keys, so this only bounds what a text
 * that invents keys costs.
 */
const MAX_SHAPES = 256;

const OBJECT_PROTOTYPE = Object.prototype as unknown as Record<string, unknown>;

/**
 * Leaves the subset at a key written twice, and at a name every object already has (such as
 * `constructor`): both go to the full parser, which reports or stores them as YAML says.
 */
function checkKey(keys: readonly string[], index: number): void {
  const key = keys[index] as string;
  if (OBJECT_PROTOTYPE[key] !== undefined) bail();
  for (let i = 0; i < index; i += 1) if (keys[i] === key) bail();
}

function keyByKey(keys: readonly string[], values: readonly unknown[], count: number): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (let i = 0; i < count; i += 1) map[keys[i] as string] = values[i];
  return map;
}

function sameKeys(known: readonly string[], keys: readonly string[], count: number): boolean {
  if (known.length !== count) return false;
  for (let i = 0; i < count; i += 1) if (known[i] !== keys[i]) return false;
  return true;
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
  private readonly root: Shape = { next: new Map(), keys: [], template: undefined };
  private shapes = 0;
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
      shape = this.shapeOf(keys, count);
      if (shape === undefined) {
        for (let i = 0; i < count; i += 1) checkKey(keys, i);
        return keyByKey(keys, values, count);
      }
      this.last[depth] = shape;
    }
    if (shape.template === undefined) shape.template = keyByKey(shape.keys, [], count);
    const map = { ...shape.template };
    const known = shape.keys;
    for (let i = 0; i < count; i += 1) map[known[i] as string] = values[i];
    return map;
  }

  /** The shape of this list of keys, its keys checked when it is first met; undefined once too many are known. */
  private shapeOf(keys: readonly string[], count: number): Shape | undefined {
    let shape = this.root;
    for (let i = 0; i < count; i += 1) {
      const key = keys[i] as string;
      let next = shape.next.get(key);
      if (next === undefined) {
        if (this.shapes >= MAX_SHAPES) return undefined;
        checkKey(keys, i);
        this.shapes += 1;
        next = { next: new Map(), keys: keys.slice(0, i + 1), template: undefined };
        shape.next.set(key, next);
      }
      shape = next;
    }
    return shape;
  }
}
