/**
 * Publishing without fear: the demo built for the public, through `cairn build`, and the WHOLE
 * output searched (HTML, JSON, feeds, search data, scripts, source maps) for every internal
 * title and id and every hidden value.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSnapshot, type Snapshot } from '@cairn/core';
import { loadGoalsFolder } from '@cairn/core/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from './run-main.js';

const ACME = fileURLToPath(new URL('../../../examples/acme/', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'cairn-public-site-'));
let full: Snapshot;
let build: { code: number | null; stdout: string; stderr: string };
let files: Map<string, string>;

beforeAll(async () => {
  const repo = await loadGoalsFolder(ACME);
  full = buildSnapshot(repo, repo.config.as_of ?? '2026-11-15');
  // Split between two processes, as a large site is: the search below covers what the parts wrote.
  // Under a base path, as a project site is published: the secrets must stay out of that output too.
  build = await runMain(['build', ACME, '--out', join(out, 'site'), '--audience', 'public', '--processes', '2', '--base', '/goals/']);
  files = readAll(join(out, 'site'));
}, 600_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

function readAll(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub))) {
      const path = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else found.set(path, readText(join(dir, path)));
    }
  };
  walk('');
  return found;
}

/** A file's text; pagefind's index and fragments are gzip-compressed, so they are searched decompressed. */
function readText(file: string): string {
  const bytes = readFileSync(file);
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('latin1');
}

/** The files holding a text, so a failure names where the secret leaked. */
function whereFound(text: string): string[] {
  return [...files].filter(([, content]) => content.includes(text)).map(([path]) => path);
}

/** Every way a page or a JSON file may write a number: as is, grouped, and with fixed decimals. */
function spellings(value: number): string[] {
  const forms = new Set([String(value), value.toLocaleString('en-GB'), value.toLocaleString('en-GB', { maximumFractionDigits: 0 })]);
  return [...forms];
}

const digits = (value: number): string => String(Math.abs(value)).replace('.', '').replace(/^0+/, '');
/** Numbers of five digits or more: short ones (12, 40.8) also occur by chance in unrelated figures and SVG paths. */
const large = (value: number | null | undefined): value is number => typeof value === 'number' && digits(value).length >= 5;
/** Large numbers that are not round (2,653,000, not 3,000,000, which a public gauge's scale may well show). */
const distinctive = (value: number | null | undefined): value is number => large(value) && digits(value).replace(/0+$/, '').length >= 3;

describe('the demo built for the public', () => {
  it('builds, printing its progress', () => {
    expect(build.stderr).toMatch(/\(public audience\)/);
    expect(build.stderr).toContain('Rendering pages in 2 processes');
    expect(build.stderr).toMatch(/Wrote \d+ pages \(\d+ files\)/);
    expect(build.stdout).toMatch(/✔ Built \d+ pages/);
    // The way to serve it keeps the base path: without it every link of the site would miss.
    expect(build.stdout).toContain(`Serve it with: cairn preview --out ${join(out, 'site')} --base /goals/`);
    expect(build.code).toBe(0);
    expect(files.size).toBeGreaterThan(50);
  });

  it('searches the feeds and the decompressed search index too', () => {
    for (const path of ['feed.xml', 'feed.json', 'teams/acme/feed.xml']) expect(files.has(path), path).toBe(true);
    const fragments = [...files.keys()].filter((path) => path.startsWith('pagefind/fragment/'));
    const indexes = [...files.keys()].filter((path) => path.startsWith('pagefind/index/'));
    expect(fragments.length).toBeGreaterThan(10);
    expect(indexes.length).toBeGreaterThan(0);
    // Read decompressed, the fragments hold the pages' words: a public title is there to be found.
    const publicTitle = full.objectives.find((o) => o.id === 'eco-leader')?.title ?? '';
    expect(fragments.some((path) => files.get(path)?.includes(publicTitle))).toBe(true);
    expect(whereFound(publicTitle)).toContain('feed.xml');
  });

  it('holds no internal title or id anywhere in its output', () => {
    const internalObjectives = full.objectives.filter((o) => o.visibility === 'internal');
    const internalKeyResults = full.objectives.flatMap((o) => o.keyResults.filter((kr) => o.visibility === 'internal' || kr.visibility === 'internal'));
    const internalKpis = full.kpis.filter((k) => k.visibility === 'internal');
    // The demo must have something to hide, or this test proves nothing.
    expect(internalObjectives.length).toBeGreaterThan(0);
    expect(internalKeyResults.some((kr) => full.objectives.find((o) => o.keyResults.includes(kr))?.visibility === 'public')).toBe(true);
    expect(internalKpis.length).toBeGreaterThan(0);
    const secrets = [
      ...internalObjectives.flatMap((o) => [o.title, `/${o.id}/`, `"${o.id}"`]),
      ...internalKeyResults.flatMap((kr) => [kr.title, kr.ref]),
      ...internalKpis.flatMap((k) => [k.title, `/${k.id}/`, `"${k.id}"`, ...(k.description ? [k.description.slice(0, 60)] : [])]),
    ];
    const leaks = secrets.map((secret) => ({ secret, files: whereFound(secret) })).filter((leak) => leak.files.length > 0);
    expect(leaks).toEqual([]);
  });

  it('holds no hidden value anywhere in its output', () => {
    const hiddenKeyResults = full.objectives
      .filter((o) => o.visibility !== 'internal')
      .flatMap((o) => o.keyResults.filter((kr) => kr.valuesHidden && kr.visibility !== 'internal'));
    const hiddenKpis = full.kpis.filter((k) => k.valuesHidden && k.visibility !== 'internal');
    expect(hiddenKeyResults.length).toBeGreaterThan(0);
    expect(hiddenKpis.length).toBeGreaterThan(0);
    const values = [
      ...hiddenKeyResults.flatMap((kr) => [
        kr.start,
        kr.target,
        kr.stretch,
        kr.current,
        ...kr.checkins.map((c) => (typeof c.value === 'number' ? c.value : null)),
        ...kr.history.map((h) => h.value),
      ]),
      ...hiddenKpis.flatMap((k) => [
        typeof k.target === 'number' ? k.target : null,
        typeof k.critical === 'number' ? k.critical : null,
        k.latest?.value,
        ...k.series.map((m) => m.value),
      ]),
    ];
    expect(values.filter(distinctive).length).toBeGreaterThan(10);
    const notes = hiddenKpis.flatMap((k) => [...(k.targetNote ? [k.targetNote] : []), ...k.series.flatMap((m) => (m.note ? [m.note] : []))]);
    const leaks = [...new Set(values.filter(distinctive))]
      .flatMap((value) => spellings(value))
      .concat(notes)
      .map((secret) => ({ secret, files: whereFound(secret) }))
      .filter((leak) => leak.files.length > 0);
    expect(leaks).toEqual([]);
    // Round values too, where they would be shown: the pages and JSON of the items that hide them.
    const own = [
      ...hiddenKpis.flatMap((k) => [`kpis/${k.id}/index.html`, `api/v1/kpis/${k.id}.json`]),
      ...full.objectives
        .filter((o) => o.keyResults.some((kr) => hiddenKeyResults.includes(kr)))
        .flatMap((o) => [`objectives/${o.period}/${o.id}/index.html`, `api/v1/objectives/${o.id}.json`]),
    ];
    for (const path of own) expect(files.has(path), path).toBe(true);
    const roundLeaks = [...new Set(values.filter(large))]
      .flatMap((value) => spellings(value))
      .flatMap((secret) => own.filter((path) => files.get(path)?.includes(secret)).map((path) => `${secret} in ${path}`));
    expect(roundLeaks).toEqual([]);
  });

  it('still publishes what is public, and says how many key results it left out', () => {
    const api = [...files.keys()].filter((path) => path.startsWith('api/v1/') && path.endsWith('.json'));
    expect(api.length).toBeGreaterThan(10);
    const snapshot = JSON.parse(files.get('api/v1/snapshot.json') ?? '{}') as Snapshot;
    expect(snapshot.audience).toBe('public');
    const peak = snapshot.objectives.find((o) => o.id === 'peak-logistics');
    expect(peak?.internalKeyResults).toBe(1);
    expect(peak?.score).toBe(full.objectives.find((o) => o.id === 'peak-logistics')?.score);
    const revenue = snapshot.kpis.find((k) => k.id === 'revenue');
    expect(revenue).toMatchObject({ latest: null, series: [], target: null, health: full.kpis.find((k) => k.id === 'revenue')?.health });
    expect(snapshot.objectives.length).toBe(full.objectives.filter((o) => o.visibility === 'public').length);
  });
});
