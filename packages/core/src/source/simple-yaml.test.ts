import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { byYaml, disagreements } from '../../test/yaml-readers.js';
import { splitFrontMatter } from './front-matter.js';
import { NOT_SIMPLE, readSimpleYaml } from './simple-yaml.js';

const OBJECTIVE = `title: Make checkout effortless # the team's words
owner: mia
parent: grow-online-revenue#k2
tags: [web, 'customer trust', "speed"]
committed: true
key_results:
  - id: k1-load-time
    title: "Checkout: interactive in 2 s"
    type: kpi
    kpi: checkout-load-time
    target: 2.0
    checkins:
      - { date: 2026-10-03, value: 2.41, confidence: 0.7, note: "it's the images" }
      - { date: 2026-10-17, value: -3.5e2, confidence: .5 }
  - id: k2-steps
    start: 7
    target: 3
    unit: steps
    checkins:
    - date: 2026-10-10
      value: 6
      note: 'we said ''two'' steps, not three'
  - id: k3-launch
    milestones: []
    done: false
    empty:
`;

describe('readSimpleYaml', () => {
  it('reads the shape of an objective file into exactly what yaml reads', () => {
    const value = readSimpleYaml(OBJECTIVE);
    expect(value).not.toBe(NOT_SIMPLE);
    expect(value).toStrictEqual(byYaml(OBJECTIVE));
    expect(disagreements(OBJECTIVE)).toEqual([]);
    expect(value).toMatchObject({
      title: 'Make checkout effortless',
      parent: 'grow-online-revenue#k2',
      tags: ['web', 'customer trust', 'speed'],
      committed: true,
      key_results: [
        { title: 'Checkout: interactive in 2 s', target: 2, checkins: [{ date: '2026-10-03', value: 2.41, note: "it's the images" }, { value: -350, confidence: 0.5 }] },
        { start: 7, checkins: [{ date: '2026-10-10', value: 6, note: "we said 'two' steps, not three" }] },
        { milestones: [], done: false, empty: null },
      ],
    });
  });

  it.each([
    ['a: 12', 12],
    ['a: -3.25', -3.25],
    ['a: 1e3', 1000],
    ['a: 0x1F', 31],
    ['a: 0o17', 15],
    ['a: 0b101', '0b101'],
    ['a: 1_000', '1_000'],
    ['a: -0x1F', '-0x1F'],
    ['a: 007', 7],
    ['a: .inf', Infinity],
    ['a: 1e400', Infinity],
    ['a: 123456789012345678', 123456789012345678],
    ['a: ~', null],
    ['a: Null', null],
    ['a: True', true],
    ['a: FALSE', false],
    ['a: yes', 'yes'],
    ['a: no', 'no'],
    ['a: on', 'on'],
    ['a: off', 'off'],
    ['a: -.inf', -Infinity],
    ['a: .NaN', Number.NaN],
    ['a: 2026-10-03', '2026-10-03'],
    ['a: 10:30', '10:30'],
    ['a: C# and F#', 'C# and F#'],
    ['a: we are #1', 'we are'],
    ['a: R&D, [sic] {x}', 'R&D, [sic] {x}'],
    ['a: -x', '-x'],
    ["a: 'it''s'", "it's"],
    ['a: "x: y # z"', 'x: y # z'],
    ['a: "naïve 🚀"', 'naïve 🚀'],
    ['a: []', []],
    ['a: {}', {}],
    ['a:   # nothing', null],
    ['a: [1, two, "3", [4]]', [1, 'two', '3', [4]]],
    ['a: { b: { c: 1 } }', { b: { c: 1 } }],
  ])('reads %j as yaml (YAML 1.2 core schema) does', (text, expected) => {
    expect(readSimpleYaml(text)).toStrictEqual({ a: expected });
    expect(readSimpleYaml(text)).toStrictEqual(byYaml(text));
    expect(disagreements(text)).toEqual([]);
  });

  it('reads -0 and -0.0 as negative zero, as yaml does', () => {
    expect(Object.is((readSimpleYaml('a: -0') as { a: number }).a, -0)).toBe(true);
    expect(Object.is((readSimpleYaml('a: -0.0') as { a: number }).a, -0)).toBe(true);
    expect(Object.is((byYaml('a: -0') as { a: number }).a, -0)).toBe(true);
  });

  it('turns keys into text the way yaml does (a null key is the empty key)', () => {
    const text = '1.0: a\nTrue: b\nnull: c\n2026-q1: d';
    expect(readSimpleYaml(text)).toStrictEqual({ 1: 'a', true: 'b', '': 'c', '2026-q1': 'd' });
    expect(disagreements(text)).toEqual([]);
  });

  it('reads an empty or comment-only text as null', () => {
    expect(readSimpleYaml('')).toBeNull();
    expect(readSimpleYaml('# only a comment\n\n')).toBeNull();
  });

  it.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x'],
    ['a tag', 'a: !!str 5'],
    ['a literal block scalar', 'a: |\n  one\n  two'],
    ['a folded block scalar', 'a: >-\n  one\n  two'],
    ['a plain scalar over two lines', 'a: one\n  two'],
    ['a quoted scalar over two lines', 'a: "one\n  two"'],
    ['a flow collection over two lines', 'a: [1,\n  2]'],
    ['an escape in double quotes', 'a: "tab\\there"'],
    ['an empty list item', 'a:\n  -\n    -\n  - 0'],
    ['a tab for indentation', 'a:\n\tb: 1'],
    ['a tab before a comment', 'a: 1\t# c'],
    ['Windows line ends', 'a: 1\r\nb: 2\r\n'],
    ['a carriage return in a comment, which may end a line', '#\ra: 1'],
    ['a key written twice', 'a: 1\na: 2'],
    ['a key written twice in braces', 'a: { b: 1, b: 2 }'],
    ['__proto__ as a key', '__proto__: 1'],
    ['an inherited name as a key', 'constructor: 1'],
    ['an inherited name as a key in braces', 'a: { value: 1, toString: 2 }'],
    ['a key written twice in a row of rows with one list of keys', 'a:\n  - { date: 1, value: 2 }\n  - { date: 1, value: 2 }\n  - { date: 1, date: 2 }'],
    ['a document marker', '---\na: 1'],
    ['a complex key', '? a\n: 1'],
    ['a quoted key', '"a": 1'],
    ['a key with a space', 'target note: 1'],
    ['a text that is one scalar', 'just words'],
    ['JSON', '{"a": 1}'],
    ['a NUL byte in a comment', 'a: 1 # \0'],
    ['a lone surrogate', 'a: \uD800x'],
    ['a C1 control character', 'a: \u0086'],
    ['a list where a value belongs', 'a: - b'],
    ['a line indented more than its siblings', 'a:\n  b: 1\n   c: 2'],
    ['a line indented less than its siblings', 'a:\n    b: 1\n  c: 2'],
    ['a colon in a plain value', 'a: b: c'],
    ['text after a quoted value', "a: 'b' c"],
    ['a trailing comma', 'a: [1, 2,]'],
    ['a colon in a flow scalar', 'a: [http://x]'],
    ['a value starting with @', 'a: @b'],
    ['a document that does not start at the margin', '  a: 1'],
    ['text after a row of a date and a value', 'm:\n  - { date: 2026-10-03, value: 12.5 } x'],
    ['a brace after a row of a date and a value', 'm:\n  - { date: 2026-10-03, value: 12.5 } }'],
  ])('leaves %s to the full parser', (_, text) => {
    expect(readSimpleYaml(text)).toBe(NOT_SIMPLE);
  });

  // Values the generator writes, tricky ones among them: numbers and words the core schema
  // types, signs that mean something to YAML, quotes, spaces, non-ASCII text.
  const scalar = fc.oneof(
    fc.constantFrom('title', 'a b', 'True', 'null', '~', '-0', '-0.0', '0.5', '.5', '1e3', '0x1F', '007', '12', '2026-10-03', '10:30', 'C#', 'a #b', 'a: b', "it's", 'say "hi"', '-', '- a', '-a', '?', ':', '[x]', '{x}', 'a,b', 'naïve', '🚀', '\t', '', ' lead', 'trail ', '.inf', '-.INF', '.NaN'),
    fc.string({ maxLength: 6 }),
    fc.double({ noNaN: true }).map(String),
    fc.integer().map(String),
    // short decimals, which the reader reads without the resolvers
    fc.tuple(fc.integer({ min: -999_999, max: 999_999 }), fc.nat({ max: 999_999_999 }), fc.boolean()).map(([whole, part, point]) => (point ? `${whole}.${part}` : `${whole}`)),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n.toPrecision(1 + (Math.abs(n * 1e3) % 16 | 0))),
  );
  const style = fc.constantFrom('plain', 'single', 'double');
  const written = fc.tuple(scalar, style).map(([text, how]) => (how === 'plain' ? text : how === 'single' ? `'${text.replaceAll("'", "''")}'` : `"${text}"`));
  const key = fc.oneof(fc.constantFrom('id', 'title', 'value', 'note', '1.0', 'True', 'a-b', 'a b', '__proto__', 'x'), fc.stringMatching(/^[a-z][a-z0-9_-]{0,5}$/));

  type Tree = { kind: 'scalar'; text: string } | { kind: 'map'; pairs: [string, Tree][]; flow: boolean } | { kind: 'list'; items: Tree[]; flow: boolean };
  const { tree } = fc.letrec<{ tree: Tree }>((self) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      written.map((text): Tree => ({ kind: 'scalar', text })),
      fc.record({ kind: fc.constant('map' as const), pairs: fc.array(fc.tuple(key, self('tree')), { maxLength: 4 }), flow: fc.boolean() }),
      fc.record({ kind: fc.constant('list' as const), items: fc.array(self('tree'), { maxLength: 4 }), flow: fc.boolean() }),
    ),
  }));

  /** Writes a tree as YAML, block or flow (and flow all the way down), with the given indentation step. */
  function write(node: Tree, indent: number, step: number, inFlow = false): string {
    if (node.kind === 'scalar') return node.text;
    const flow = inFlow || node.flow || (node.kind === 'map' ? node.pairs.length === 0 : node.items.length === 0);
    if (node.kind === 'map' && flow) return `{ ${node.pairs.map(([k, v]) => `${k}: ${write(v, 0, step, true)}`).join(', ')} }`;
    if (node.kind === 'list' && flow) return `[${node.items.map((v) => write(v, 0, step, true)).join(', ')}]`;
    const pad = ' '.repeat(indent);
    const inline = (v: Tree): boolean => v.kind === 'scalar' || v.flow || (v.kind === 'map' ? v.pairs.length === 0 : v.items.length === 0);
    // Varied by step, as people write them: a list at its key's own column (step 4), a map
    // starting on its item's line, `- id: a` (even steps).
    const nestedIndent = (v: Tree): number => (step === 4 && v.kind === 'list' ? indent : indent + step);
    if (node.kind === 'map') return node.pairs.map(([k, v]) => (inline(v) ? `${pad}${k}: ${write(v, 0, step)}` : `${pad}${k}:\n${write(v, nestedIndent(v), step)}`)).join('\n');
    return node.items
      .map((v) => {
        if (inline(v)) return `${pad}- ${write(v, 0, step)}`;
        if (v.kind === 'map' && step % 2 === 0) return `${pad}- ${write(v, indent + 2, step).slice(indent + 2)}`;
        return `${pad}-\n${write(v, indent + step, step)}`;
      })
      .join('\n');
  }

  /** A document is a block mapping (as goals files are) holding the tree. */
  const asDocument = ([root, step]: [Tree, number]): string => write({ kind: 'map', pairs: [['a', root]], flow: false }, 0, step);
  const document = fc.tuple(tree, fc.integer({ min: 1, max: 4 })).map(asDocument);

  it('makes mappings of more lists of keys than it remembers exactly as yaml does', () => {
    // 1,500 lists of keys in one text, more than a reader keeps templates for: the later ones
    // are made key by key, and every mapping still comes out as yaml's.
    const rows = Array.from({ length: 1500 }, (_, i) => `  - { k${i}: 1, v${i % 7}: two, w: ${i} }\n  - k${i}: [1, 2]\n    v${i % 7}: null`);
    const text = `rows:\n${rows.join('\n')}`;
    const value = readSimpleYaml(text);
    expect(value).not.toBe(NOT_SIMPLE);
    expect(isDeepStrictEqual(value, byYaml(text))).toBe(true);
    expect(readSimpleYaml(`${text}\n  - { k1499: 1, w: 2, k1499: 3 }`)).toBe(NOT_SIMPLE);
    expect(readSimpleYaml('a:\n  - { k1499: 1, k1499: 2 }')).toBe(NOT_SIMPLE);
  });

  it('leaves nesting deeper than the limit to the full parser instead of exhausting the stack', () => {
    expect(readSimpleYaml(`a: ${'['.repeat(5000)}${']'.repeat(5000)}`)).toBe(NOT_SIMPLE);
    let block = '';
    for (let i = 0; i < 5000; i += 1) block += `${' '.repeat(i)}k:\n`;
    expect(readSimpleYaml(block)).toBe(NOT_SIMPLE);
    expect(readSimpleYaml(`a: ${'['.repeat(99)}${']'.repeat(99)}`)).not.toBe(NOT_SIMPLE);
  });

  describe('under a Content-Security-Policy without unsafe-eval', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.resetModules();
    });

    it('never makes code from text, and reads the same values', async () => {
      vi.resetModules();
      let tried = 0;
      vi.stubGlobal('Function', function refused() {
        tried += 1;
        throw new EvalError('Refused to evaluate a string as JavaScript');
      });
      const fresh = await import('./simple-yaml.js');
      for (const text of [OBJECTIVE, 'rows:\n  - { date: 2026-10-03, value: 1.5 }\n  - { date: 2026-10-04, value: 2 }', 'a: {}']) {
        const value = fresh.readSimpleYaml(text);
        expect(value).not.toBe(fresh.NOT_SIMPLE);
        expect(isDeepStrictEqual(value, byYaml(text))).toBe(true);
      }
      expect(tried).toBe(0);
      expect(fresh.readSimpleYaml('a: { b: 1, b: 2 }')).toBe(fresh.NOT_SIMPLE);
    });
  });

  it('returns what yaml returns, or leaves the text to it, for any document of maps, lists and scalars', () => {
    fc.assert(fc.property(document, (text) => {
      expect(disagreements(text)).toEqual([]);
    }), { numRuns: 3000, seed: 20261123 });
  });

  it('still agrees with yaml when YAML signs are dropped into such a document anywhere', () => {
    const sign = fc.constantFrom(' ', '  ', '\n', '\n  ', '- ', ': ', ':', '#', ' #', "'", '"', '\\', '{', '}', '[', ']', ',', '&a ', '*a', '!', '|', '>', '?', '\t', '\r', '---\n', '\0', '\uD800');
    const mutated = fc.tuple(document, fc.array(fc.tuple(fc.nat(), sign), { minLength: 1, maxLength: 4 })).map(([text, drops]) =>
      drops.reduce((out, [at, piece]) => out.slice(0, at % (out.length + 1)) + piece + out.slice(at % (out.length + 1)), text),
    );
    fc.assert(fc.property(mutated, (text) => {
      expect(disagreements(text)).toEqual([]);
    }), { numRuns: 3000, seed: 20261124 });
  });

  it('agrees with yaml on any lines of keys, items and values made of YAML signs and words', () => {
    const sign = fc.constantFrom(':', ': ', ' ', '-', '#', ' #', "'", "''", '"', '\\', '{', '}', '[', ']', ',', ', ', '@', '*', '&', '!', '%', '`', '|', '>', '?', '~', '\t', '\r', '---', '...', '\u0085', '\uD83D\uDE80', '\uDE80');
    const word = fc.constantFrom('a', 'b1', 'x y', 'True', 'null', '0', '-0', '-1.5', '.5', '2026-10-03', '"q"', "'q'", '[1, b]', '{ k: v }', '[]');
    const value = fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: sign }), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
    const key = fc.constantFrom('a', 'b', 'id', 'k-1', '1.0', 'True');
    const line = fc.tuple(
      fc.constantFrom('', '', '', '  ', '  ', '  ', '    ', '    ', ' ', '   '),
      fc.oneof(
        fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
        key.map((k) => `${k}:`),
        value.map((v) => `- ${v}`),
        fc.tuple(key, value).map(([k, v]) => `- ${k}: ${v}`),
        fc.constant('-'),
        value.map((v) => `# ${v}`),
        value,
      ),
    ).map(([pad, text]) => pad + text);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        expect(disagreements(lines.join('\n'))).toEqual([]);
      }),
      { numRuns: 5000, seed: 20261126 },
    );
  });

  it('reads every document made of names, numbers, dates and plain text itself', () => {
    // The fast path only pays if the files people write stay on it.
    const plain = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9 -]{0,10}[a-z0-9]$/), fc.integer().map(String), fc.date({ noInvalidDate: true, min: new Date(2000, 0, 1), max: new Date(2099, 0, 1) }).map((d) => d.toISOString().slice(0, 10)));
    const safeScalar = fc.tuple(plain, fc.constantFrom('plain', 'single', 'double')).map(([text, how]) => (how === 'plain' ? text : how === 'single' ? `'${text}'` : `"${text}"`));
    const safeKey = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);
    const { safe } = fc.letrec<{ safe: Tree }>((self) => ({
      safe: fc.oneof(
        { depthSize: 'small' },
        safeScalar.map((text): Tree => ({ kind: 'scalar', text })),
        fc.record({ kind: fc.constant('map' as const), pairs: fc.uniqueArray(fc.tuple(safeKey, self('safe')), { maxLength: 4, selector: ([k]) => k }), flow: fc.boolean() }),
        fc.record({ kind: fc.constant('list' as const), items: fc.array(self('safe'), { maxLength: 4 }), flow: fc.boolean() }),
      ),
    }));
    const safeDocument = fc.tuple(safe, fc.integer({ min: 1, max: 4 })).map(asDocument);
    fc.assert(
      fc.property(safeDocument, (text) => {
        const simple = readSimpleYaml(text);
        return simple !== NOT_SIMPLE && isDeepStrictEqual(simple, byYaml(text));
      }),
      { numRuns: 2000, seed: 20261125 },
    );
  });

  it('reads rows that start with a date and a value exactly as yaml does, however they are written', () => {
    // Rows of measurements and check-ins take a shortcut; near misses of its form must not.
    const day = fc.oneof(
      fc.date({ noInvalidDate: true, min: new Date(1999, 0, 1), max: new Date(2100, 0, 1) }).map((d) => d.toISOString().slice(0, 10)),
      fc.constantFrom('2026-02-29', '2024-02-29', '2026-13-01', '2026-10-00', '2026-1-03', '2026-10-03x', '2026/10/03', "'2026-10-03'", '"2026-10-03"', '2026-10-03 # c', ''),
    );
    const value = fc.oneof(scalar, fc.constantFrom('12.5', '-530.01', '0', '-0', '7 ', '1e3', '12 apples', '[1]', '{ a: 1 }'));
    const after = fc.constantFrom('', ', confidence: 0.8', ', note: "late", by: mia', ', value: 2', ', date: 2026-10-04', ' ]', ',', ', note: a: b');
    const gap = fc.constantFrom('', ' ', '  ');
    const trail = fc.constantFrom('', '', ' # a comment', ' x', '#x', ' ,', ' }');
    const row = fc
      .tuple(gap, day, gap, fc.constantFrom(',', ' ,'), fc.constantFrom(' value:', ' value: ', 'value: ', ' values: '), value, after, gap, trail)
      .map(([open, d, beforeComma, comma, key, v, rest, close, end]) => `  - {${open}date: ${d}${beforeComma}${comma}${key}${v}${rest}${close}}${end}`);
    const rows = fc.array(row, { minLength: 1, maxLength: 3 }).map((lines) => `measurements:\n${lines.join('\n')}`);
    fc.assert(fc.property(rows, (text) => {
      expect(disagreements(text)).toEqual([]);
    }), { numRuns: 5000, seed: 20261126 });
    const typical = 'measurements:\n  - { date: 2026-10-03, value: 12.5 } # checked\n  - { date: 2026-10-04, value: -3, note: late }';
    expect(readSimpleYaml(typical)).toStrictEqual({ measurements: [{ date: '2026-10-03', value: 12.5 }, { date: '2026-10-04', value: -3, note: 'late' }] });
  });

  it('agrees with yaml on every YAML text of the demo and of the validation corpus, and reads the demo objectives itself', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const roots = [join(here, '../../../../examples/acme'), join(here, '../../test/fixtures')];
    const texts: { path: string; yaml: string }[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ya?ml|json)$/.test(name)) texts.push({ path, yaml: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') });
        else if (name.endsWith('.md')) {
          const { yaml } = splitFrontMatter(readFileSync(path, 'utf8'));
          if (yaml !== null) texts.push({ path, yaml });
        }
      }
    };
    roots.forEach(walk);
    expect(texts.length).toBeGreaterThan(150);
    const disagree = texts.flatMap(({ path, yaml }) => disagreements(yaml).map((what) => `${path}: ${what}`));
    expect(disagree).toEqual([]);
    const objectives = texts.filter(({ path }) => path.includes('examples/acme/objectives/'));
    expect(objectives.length).toBeGreaterThanOrEqual(30);
    // The fast path leaves block scalars (a `retrospective: |`) to yaml, and takes every other demo objective itself.
    const blockScalar = /^[\w-]+: [|>][+-]?$/m;
    expect(objectives.filter(({ yaml }) => readSimpleYaml(yaml) === NOT_SIMPLE).map(({ path }) => path)).toEqual(
      objectives.filter(({ yaml }) => blockScalar.test(yaml)).map(({ path }) => path),
    );
    expect(objectives.filter(({ yaml }) => !blockScalar.test(yaml)).length).toBeGreaterThanOrEqual(30);
  });
});
