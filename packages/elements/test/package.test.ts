import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { renderReference, withReference } from '../scripts/elements-reference.mjs';

const here = (path: string): URL => new URL(`../${path}`, import.meta.url);
const pkg = JSON.parse(readFileSync(here('package.json'), 'utf8')) as { exports: Record<string, string | { types: string; default: string }> };
const manifest: unknown = JSON.parse(readFileSync(here('custom-elements.json'), 'utf8'));
const TAGS = ['kpi-board', 'kpi-gauge', 'kpi-trend', 'okr-card', 'okr-progress', 'okr-tree'];

/**
 * Checks that an exports entry names its built, typed files, then walks the built module graph
 * from it through relative imports, calling `check` with each file, its text and the specifiers
 * it imports. Returns the files walked.
 */
function entryGraph(name: string, base: string, check: (file: URL, text: string, specs: string[]) => void): Set<string> {
  const entry = pkg.exports[name];
  expect(entry).toEqual({ types: `./dist/esm/${base}.d.ts`, default: `./dist/esm/${base}.js` });
  const seen = new Set<string>();
  if (typeof entry !== 'object') return seen;
  expect(existsSync(here(entry.types))).toBe(true);
  const walk = (file: URL): void => {
    if (seen.has(file.href)) return;
    seen.add(file.href);
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:from|import)\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
    check(file, text, specs);
    for (const spec of specs) if (spec.startsWith('.')) walk(new URL(spec, file));
  };
  walk(here(entry.default));
  return seen;
}

describe('the published package', () => {
  it('has an exports entry for every element, types first, each pointing at a built file', () => {
    for (const tag of TAGS) {
      const entry = pkg.exports[`./${tag}`];
      expect(entry, tag).toBeTypeOf('object');
      if (typeof entry !== 'object') continue;
      expect(Object.keys(entry)[0]).toBe('types');
      expect(existsSync(here(entry.default)), entry.default).toBe(true);
      expect(existsSync(here(entry.types)), entry.types).toBe(true);
      expect(existsSync(here(`dist/standalone/${tag}.js`)), `standalone ${tag}`).toBe(true);
    }
    expect(existsSync(here('dist/cairn-elements.js'))).toBe(true);
  });

  it('names no source map in the script-tag bundles: a site copies the bundle alone, and a dangling map is a 404 in every reader’s DevTools', () => {
    for (const file of ['dist/cairn-elements.js', ...TAGS.map((t) => `dist/standalone/${t}.js`)]) {
      expect(readFileSync(here(file), 'utf8'), file).not.toMatch(/sourceMappingURL/);
    }
  });

  it('keeps internals unreachable: only the listed entries are exported', () => {
    expect(Object.keys(pkg.exports).sort()).toEqual(['.', './cairn-elements.js', './csp', './custom-elements.json', './data', './format', './package.json', './standalone/*', ...TAGS.map((t) => `./${t}`)].sort());
  });

  it('exports @cairn/elements/format, built, typed, and free of Lit so a server can import it', () => {
    // No specifier may leave the package's own files but core's number writer, which imports nothing.
    const files = entryGraph('./format', 'format', (file, _text, specs) => {
      for (const spec of specs) expect(spec, `${file.pathname} imports ${spec}`).toMatch(/^(\.\.?\/|@cairn\/core\/format$)/);
    });
    expect(files.size).toBeGreaterThan(2);
  });

  it('exports @cairn/elements/data, built, typed, and free of Lit and the DOM so a server can import it', () => {
    // It may use d3 and the core's calendar, never Lit or a file that defines an element.
    const files = entryGraph('./data', 'data', (file, text, specs) => {
      expect(text, file.pathname).not.toMatch(/customElements|defineElement/);
      for (const spec of specs) expect(spec, `${file.pathname} imports ${spec}`).not.toMatch(/^(lit|@lit)(\/|$)|^@lit-labs\//);
    });
    expect(files.size).toBeGreaterThan(2);
  });

  it('describes every element in custom-elements.json, with a summary', () => {
    const declarations = (manifest as { modules: { declarations?: { tagName?: string; summary?: string }[] }[] }).modules.flatMap((m) => m.declarations ?? []);
    const tagged = declarations.filter((d) => d.tagName);
    expect(tagged.map((d) => d.tagName).sort()).toEqual(TAGS);
    for (const d of tagged) expect(d.summary, d.tagName).toBeTruthy();
  });

  it('docs/elements.md carries the reference generated from the manifest (run `npm run docs -w @cairn/elements` if not)', () => {
    const docs = readFileSync(here('../../docs/elements.md'), 'utf8');
    expect(withReference(docs, manifest)).toBe(docs);
    expect(renderReference(manifest)).toContain('### `<kpi-gauge>`');
  });
});
