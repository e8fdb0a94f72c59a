/**
 * The shape of core's modules: no import circles (a circle makes the order modules run in
 * depend on which one is imported first), and nothing Node-only behind the browser-safe entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainTo, importCycles, moduleGraph, PACKAGE_DIR } from './module-graph.js';

describe("core's import graph", () => {
  it('has no import circle from either entry', () => {
    for (const entry of ['src/index.ts', 'src/node/index.ts', 'src/calendar.ts', 'src/format/intl-text.ts']) {
      const cycles = importCycles(moduleGraph(entry)).map((cycle) => cycle.join(' → '));
      expect(cycles, entry).toEqual([]);
    }
  });

  it('reaches every module of src from the two entries', () => {
    // A sanity check of the walk itself: were specifiers missed, modules would be missing here.
    const reached = new Set([...moduleGraph('src/index.ts').imports.keys(), ...moduleGraph('src/node/index.ts').imports.keys()]);
    expect(reached.size).toBeGreaterThan(80);
    expect(reached).toContain('src/validate/problem.ts');
    expect(reached).toContain('src/node/cache/disk-cache.ts');
  });

  it('keeps validate/problem.ts a leaf below loading and scoring', () => {
    const graph = moduleGraph('src/validate/problem.ts');
    expect([...graph.imports.keys()].filter((module) => /^src\/(load|score|snapshot)\//.test(module))).toEqual([]);
  });

  it('keeps the schemas off the YAML reader', () => {
    const graph = moduleGraph('src/schema/index.ts');
    expect([...graph.imports.keys()].filter((module) => module.startsWith('src/source/'))).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const cycles = importCycles({
      imports: new Map([
        ['a.ts', ['b.ts', 'zod']],
        ['b.ts', ['c.ts']],
        ['c.ts', ['a.ts']],
      ]),
    });
    expect(cycles).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});

describe('the browser-safe entry', () => {
  it('reaches no node: module from src/index.ts', () => {
    expect(chainTo(moduleGraph('src/index.ts'), 'src/index.ts', (specifier) => specifier.startsWith('node:'))).toBeUndefined();
  });

  it('keeps @cairn/core/calendar free of imports, so it costs a page nothing but itself', () => {
    const graph = moduleGraph('src/calendar.ts');
    expect([...graph.imports.values()].flat()).toEqual([]);
  });

  it('keeps @cairn/core/format free of imports, so the elements can write figures with it alone', () => {
    const graph = moduleGraph('src/format/intl-text.ts');
    expect([...graph.imports.values()].flat()).toEqual([]);
  });

  it('would name the chain to a node: module', () => {
    // The node entry does reach node:fs: the chain says through which modules.
    const chain = chainTo(moduleGraph('src/node/index.ts'), 'src/node/index.ts', (specifier) => specifier === 'node:fs');
    expect(chain?.[0]).toBe('src/node/index.ts');
    expect(chain?.at(-1)).toBe('node:fs');
  });
});

describe("the package's entries", () => {
  const exported = (JSON.parse(readFileSync(resolve(PACKAGE_DIR, 'package.json'), 'utf8')) as { exports: Record<string, string | { types: string; default: string }> }).exports;

  it('are the same subpaths as before, and @cairn/core/calendar and @cairn/core/format', () => {
    expect(Object.keys(exported)).toEqual(['.', './node', './calendar', './format', './schemas/*.json', './package.json']);
  });

  it('each come from a source file that is built to the path named, with its types beside it', () => {
    const built = Object.entries(exported).flatMap(([subpath, target]) => (typeof target === 'string' ? [] : [{ subpath, ...target }]));
    expect(built.map(({ subpath }) => subpath)).toEqual(['.', './node', './calendar', './format']);
    for (const { types, default: code } of built) {
      expect(code).toMatch(/^\.\/dist\/.+\.js$/);
      expect(types).toBe(code.replace(/\.js$/, '.d.ts'));
      // tsconfig.build.json builds src/ into dist/ file for file.
      expect(existsSync(resolve(PACKAGE_DIR, code.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'))), code).toBe(true);
    }
  });
});
