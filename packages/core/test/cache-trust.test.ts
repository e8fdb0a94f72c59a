/**
 * What the cache trusts, tried as an attacker would: a line appended to the cache file, an
 * entry made for another path or with another key, a value that does not pass the schema.
 * None of them may make a broken file pass, show an injected value or crash the loader.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../src/source/front-matter.js';
import { checkRepository, loadRepository, openDiskCache, readGoalsFolder, type CachedKind, type CheckedCache, type SourceFile } from '../src/node/index.js';

const VALID = fileURLToPath(new URL('./fixtures/valid/', import.meta.url));
const KEY = 'the key of the tests';
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-cache-trust-'));
  made.push(dir);
  return dir;
}

const BROKEN_PATH = 'objectives/2026-q4/acme/broken.md';
const BROKEN = '---\ntitle: Broken\nowner: dana\nkey_results:\n  - { title: One, start: 0, target: 10, checkins: [{ date: 2026-10-03, value: 1, confidence: 1.5 }] }\n---\n';

function errors(files: SourceFile[], cache?: CheckedCache) {
  const repo = loadRepository(files, { cache });
  return { repo, errors: checkRepository(repo).filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.message}`) };
}

/** The cache's line for a file, made by someone who knows the format but not the key. */
function forgedLine(kind: CachedKind, path: string, text: string, value: unknown, seal = 'A'.repeat(32)): string {
  const hash = createHash('sha256').update(text).digest('base64url');
  return `${kind}:${hash}\t${path}\t${seal}\t${JSON.stringify(value)}\n`;
}

describe('what the cache trusts', () => {
  it('a line appended to the cache file cannot make a broken file pass or inject a title', async () => {
    const goals = temp();
    cpSync(VALID, goals, { recursive: true });
    writeFileSync(join(goals, BROKEN_PATH), BROKEN);
    const dir = temp();
    const files = await readGoalsFolder(goals);
    const cold = errors(files).errors;
    expect(cold).toEqual([`${BROKEN_PATH}:5 "confidence" must be at most 1, not 1.5`]);
    const first = openDiskCache(goals, { dir, key: KEY });
    errors(files, first);
    expect(first.save()).toBe(true);
    // The broken file was not stored; an attacker adds an entry that says it is fine.
    const injected = { title: 'INJECTED', owner: 'dana', kind: 'aspirational', weight: 1, tags: [], key_results: [{ title: 'One', start: 0, target: 10, checkins: [] }] };
    const frontMatter = splitFrontMatter((files.find((f) => f.path === BROKEN_PATH) as SourceFile).text).yaml as string;
    appendFileSync(first.file, forgedLine('objective', BROKEN_PATH, frontMatter, injected));
    const second = openDiskCache(goals, { dir, key: KEY });
    const warm = errors(files, second);
    expect(warm.errors).toEqual(cold);
    expect(warm.repo.objectives.map((o) => o.data.title)).not.toContain('INJECTED');
    expect(second.stats.ignored).toBe(1);
  });

  it('an entry sealed with another key is not used', async () => {
    const goals = temp();
    cpSync(VALID, goals, { recursive: true });
    const dir = temp();
    const files = await readGoalsFolder(goals);
    const mine = openDiskCache(goals, { dir, key: 'someone else' });
    errors(files, mine);
    expect(mine.save()).toBe(true);
    const theirs = openDiskCache(goals, { dir, key: KEY });
    errors(files, theirs);
    expect(theirs.stats.hits).toBe(0);
    expect(theirs.stats.ignored).toBe(theirs.stats.misses);
  });

  it('an entry is used only for the path it was made for', async () => {
    const goals = temp();
    cpSync(VALID, goals, { recursive: true });
    const dir = temp();
    const files = await readGoalsFolder(goals);
    const first = openDiskCache(goals, { dir, key: KEY });
    errors(files, first);
    first.save();
    const moved = files.map((f) => (f.path.endsWith('grow-revenue.md') ? { ...f, path: f.path.replace('grow-revenue', 'grow-more') } : f));
    const second = openDiskCache(goals, { dir, key: KEY });
    const { repo } = errors(moved, second);
    expect(repo.objectives.map((o) => o.data.id)).toEqual(['grow-more']);
    expect(second.stats.misses).toBe(1);
    expect(second.stats.ignored).toBe(0);
  });

  it('a value the schema refuses is handed back and the file read afresh, never crashing the loader', () => {
    const kpi = { path: 'kpis/revenue.yaml', text: 'title: Revenue\nowner: dana\nfrequency: monthly\ntarget: 5\nmeasurements:\n  - { date: 2026-10-01, value: 4 }\n' };
    const rejected: string[] = [];
    const lying: CheckedCache = {
      get: (kind) => (kind === 'kpi' ? { title: 'INJECTED', measurements: 'not a list', direction: 'increase', tags: [], drives: [], key: false } : undefined),
      set: () => undefined,
      reject: (kind, _text, path) => rejected.push(`${kind} ${path}`),
    };
    const { repo, errors: found } = errors([kpi], lying);
    expect(found).toEqual([]);
    expect(repo.kpis.map((k) => [k.data.title, k.data.measurements])).toEqual([['Revenue', [{ date: '2026-10-01', value: 4 }]]]);
    expect(rejected).toEqual(['kpi kpis/revenue.yaml']);
  });

  it('stores no measurement CSV: reading one is as fast as reading its entry would be', async () => {
    const goals = temp();
    cpSync(VALID, goals, { recursive: true });
    writeFileSync(join(goals, 'kpis/revenue.csv'), `date,value\n${Array.from({ length: 1000 }, (_, i) => `2026-${String(1 + (i % 9)).padStart(2, '0')}-01,${i}`).join('\n')}\n`);
    writeFileSync(join(goals, 'kpis/revenue.yaml'), 'title: Revenue\nowner: dana\nfrequency: monthly\ntarget: 5\n');
    const dir = temp();
    const cache = openDiskCache(goals, { dir, key: KEY });
    errors(await readGoalsFolder(goals), cache);
    expect(cache.save()).toBe(true);
    const kinds = readFileSync(cache.file, 'utf8').trimEnd().split('\n').slice(1).map((line) => line.split(':')[0]);
    expect(kinds.sort()).toEqual(['kpi', 'objective', 'periods', 'teams']);
  });
});
