/**
 * The cache may only make loading faster, never different: every fixture of the validation
 * corpus (and the demo company) gives the same problems, at the same places, and the same
 * snapshot whether its files come from the cache or are read afresh.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildSnapshot,
  checkRepository,
  defaultCacheDir,
  loadRepository,
  openDiskCache,
  readGoalsFolder,
  type CheckedCache,
  type SourceFile,
} from '../src/node/index.js';
import { decodeColumns, encodeColumns } from '../src/node/cache/columns.js';
import { generateRepository, sizeSpec } from '../bench/generate.js';
import { memoryCache } from './memory-cache.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** The tests seal their caches with a key of their own, not the one in the user's folder. */
const KEY = 'a key for the tests';
const ACME = fileURLToPath(new URL('../../../examples/acme/', import.meta.url));
const temporary: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-cache-test-'));
  temporary.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function outcome(files: SourceFile[], cache?: CheckedCache): { problems: unknown; snapshot: string | null } {
  const repo = loadRepository(files, { cache });
  const problems = checkRepository(repo);
  const usable = !problems.some((p) => p.severity === 'error');
  return { problems, snapshot: usable ? JSON.stringify(buildSnapshot(repo, '2026-11-15')) : null };
}

describe('loading through a cache', () => {
  const folders = [...readdirSync(FIXTURES).map((name) => join(FIXTURES, name)), ACME];

  it.each(folders.map((folder) => [folder.replace(/.*\/(test|examples)\//, ''), folder]))('%s: same problems and snapshot, cold or warm', async (_name, folder) => {
    const files = await readGoalsFolder(folder);
    const cold = outcome(files);
    const cache = memoryCache();
    const priming = outcome(files, cache);
    const warm = outcome(files, cache);
    expect(priming).toEqual(cold);
    expect(warm).toEqual(cold);
    // Every fixture has clean files (the corpus breaks one thing each), so the cache was used.
    expect(cache.hits).toBeGreaterThan(0);
  });

  it('stores nothing for a file with a problem, so a warm run finds it again', async () => {
    const files = await readGoalsFolder(join(FIXTURES, 'confidence-above-one'));
    const cache = memoryCache();
    outcome(files, cache);
    const storedTexts = [...cache.stored.keys()].map((key) => key.split('\u0000')[2] as string);
    const broken = files.filter((f) => f.text.includes('confidence: 1.5'));
    expect(broken).toHaveLength(1);
    expect(storedTexts.some((text) => (broken[0] as SourceFile).text.includes(text))).toBe(false);
  });

  it('reads a changed file afresh: a new mistake is found at once', async () => {
    const files = await readGoalsFolder(ACME);
    const cache = memoryCache();
    outcome(files, cache);
    const target = files.find((f) => f.path.startsWith('objectives/') && f.text.includes('confidence:')) as SourceFile;
    const changed = files.map((f) => (f === target ? { ...f, text: f.text.replace(/confidence: [0-9.]+/, 'confidence: 7') } : f));
    const problems = outcome(changed, cache).problems as { file: string; message: string; line: number }[];
    const line = target.text.split('\n').findIndex((l) => /confidence: [0-9.]+/.test(l)) + 1;
    expect(problems.filter((p) => p.file === target.path)).toMatchObject([{ message: '"confidence" must be at most 1, not 7', line }]);
  });
});

describe('openDiskCache', () => {
  const goals = ACME;

  it('gives a generated repository of every shape the same problems and snapshot from disk', async () => {
    // The benchmark's generator writes every key-result type, inline and CSV measurements with
    // notes, and check-ins with every mix of optional fields: all of it through the columns.
    const root = tempDir();
    generateRepository(root, sizeSpec('T', 60));
    const files = await readGoalsFolder(root);
    const cold = outcome(files);
    expect(cold.snapshot).not.toBeNull();
    const dir = join(root, '..', `${root.split('/').pop() ?? 'g'}-cache`);
    temporary.push(dir);
    const first = openDiskCache(root, { dir, key: KEY });
    expect(outcome(files, first)).toEqual(cold);
    expect(first.save()).toBe(true);
    const second = openDiskCache(root, { dir, key: KEY });
    expect(outcome(files, second)).toEqual(cold);
    expect(second.stats.misses).toBe(0);
    expect(readFileSync(second.file, 'utf8')).toContain('"\\u0000columns"');
  });

  it('answers a second run from the file it saved', async () => {
    const dir = tempDir();
    const files = await readGoalsFolder(goals);
    const first = openDiskCache(goals, { dir, key: KEY });
    const cold = outcome(files, first);
    expect(first.stats.hits).toBe(0);
    expect(first.stats.misses).toBeGreaterThan(30);
    expect(first.save()).toBe(true);
    expect(readdirSync(dir)).toEqual([first.file.split('/').pop()]);

    const second = openDiskCache(goals, { dir, key: KEY });
    expect(outcome(files, second)).toEqual(cold);
    expect(second.stats).toEqual({ hits: first.stats.misses, misses: 0, ignored: 0 });
  });

  it('treats a damaged line, a damaged file or a cache of other schemas as a miss, never as data', async () => {
    const dir = tempDir();
    const files = await readGoalsFolder(goals);
    const cache = openDiskCache(goals, { dir, key: KEY });
    const cold = outcome(files, cache);
    cache.save();
    const lines = readFileSync(cache.file, 'utf8').split('\n');
    // Cut one entry's JSON in half.
    const damagedAt = lines.findIndex((line, i) => i > 0 && line.startsWith('objective:'));
    lines[damagedAt] = (lines[damagedAt] as string).slice(0, 160);
    writeFileSync(cache.file, lines.join('\n'));
    const damaged = openDiskCache(goals, { dir, key: KEY });
    expect(outcome(files, damaged)).toEqual(cold);
    expect(damaged.stats.misses).toBe(1);
    expect(damaged.stats.ignored).toBe(1);

    writeFileSync(cache.file, `cairn-checked-cache 1 another-version\n${lines.slice(1).join('\n')}`);
    const foreign = openDiskCache(goals, { dir, key: KEY });
    expect(outcome(files, foreign)).toEqual(cold);
    expect(foreign.stats.hits).toBe(0);

    writeFileSync(cache.file, '\u0000\u0001 not a cache at all');
    const garbage = openDiskCache(goals, { dir, key: KEY });
    expect(outcome(files, garbage)).toEqual(cold);
    expect(garbage.stats.hits).toBe(0);
  });

  it('keeps only the entries of files that still exist when it saves', async () => {
    const dir = tempDir();
    const files = await readGoalsFolder(goals);
    const full = openDiskCache(goals, { dir, key: KEY });
    outcome(files, full);
    full.save();
    const entries = (): number => readFileSync(full.file, 'utf8').trimEnd().split('\n').length - 1;
    const before = entries();
    const fewer = files.filter((f) => !f.path.startsWith('kpis/'));
    const pruning = openDiskCache(goals, { dir, key: KEY });
    outcome(fewer, pruning);
    expect(pruning.save()).toBe(true);
    expect(entries()).toBe(pruning.stats.hits);
    expect(entries()).toBeLessThan(before);
  });

  it('removes the caches of other goals folders that no run has written for a month', async () => {
    const dir = tempDir();
    const stale = join(dir, 'checked-0123456789abcdef.txt');
    const recent = join(dir, 'checked-fedcba9876543210.txt');
    const foreign = join(dir, 'notes.txt');
    for (const path of [stale, recent, foreign]) writeFileSync(path, 'x');
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(stale, longAgo, longAgo);
    utimesSync(foreign, longAgo, longAgo);
    const cache = openDiskCache(goals, { dir, key: KEY });
    outcome(await readGoalsFolder(goals), cache);
    expect(cache.save()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([cache.file.split('/').pop(), 'checked-fedcba9876543210.txt', 'notes.txt'].sort());
  });

  it('answers false instead of throwing when it cannot write', async () => {
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const cache = openDiskCache(goals, { dir: join(blocker, 'cache'), key: KEY });
    outcome(await readGoalsFolder(goals), cache);
    expect(cache.save()).toBe(false);
  });

  it('keeps measurement lists as columns, notes included, and gives back the same objects', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'kpis'));
    const rows = ['  - { date: 2026-01-01, value: 40 }', '  - { date: 2026-02-01, value: 41.5, note: "after the launch, at last" }', '  - { date: 2026-03-01, value: -3 }'];
    writeFileSync(join(root, 'kpis', 'nps.yaml'), `title: NPS\nunit: points\ndirection: increase\ntarget: 50\nfrequency: monthly\nowner: ana\nmeasurements:\n${rows.join('\n')}\n`);
    const dir = join(root, 'cache');
    const files = await readGoalsFolder(root);
    const first = openDiskCache(root, { dir, key: KEY });
    const cold = loadRepository(files, { cache: first }).kpis[0]?.data.measurements;
    first.save();
    const line = readFileSync(first.file, 'utf8').split('\n').find((l) => l.startsWith('kpi:')) as string;
    expect((JSON.parse(line.split('\t')[3] as string) as { measurements: unknown }).measurements).toEqual(['\u0000columns', ['value', 'note'], '2026-01-01,2026-02-01,2026-03-01', [40, 41.5, -3], { 1: 'after the launch, at last' }]);
    const warm = loadRepository(files, { cache: openDiskCache(root, { dir, key: KEY }) }).kpis[0]?.data.measurements;
    expect(warm).toStrictEqual(cold);
    expect(warm).toStrictEqual([
      { date: '2026-01-01', value: 40 },
      { date: '2026-02-01', value: 41.5, note: 'after the launch, at last' },
      { date: '2026-03-01', value: -3 },
    ]);
  });
});

describe('defaultCacheDir', () => {
  it('uses node_modules/.cache/cairn of the nearest folder with node_modules', () => {
    const root = tempDir();
    mkdirSync(join(root, 'node_modules'));
    mkdirSync(join(root, 'goals', 'deeper'), { recursive: true });
    expect(defaultCacheDir(join(root, 'goals', 'deeper'))).toBe(join(root, 'node_modules', '.cache', 'cairn'));
  });
});

describe('columns in the cache', () => {
  const checkins = [
    { date: '2026-10-01', value: 10 },
    { date: '2026-10-08', value: 12.5, confidence: 0.7 },
    { date: '2026-10-15', value: true, note: 'shipped, at last', by: 'ana' },
    { date: '2026-10-22', value: 0, confidence: 0, by: 'bo' },
  ];
  const objective = { title: 'Grow', key_results: [{ id: 'k1', checkins }, { id: 'k2', checkins: [] }] };

  it('gives back every check-in with the same fields in the same order', () => {
    const stored = JSON.parse(JSON.stringify(encodeColumns('objective', objective))) as unknown;
    const back = decodeColumns('objective', stored) as typeof objective;
    expect(back).toStrictEqual(objective);
    expect((back.key_results[0]?.checkins ?? []).map((c) => Object.keys(c).join())).toEqual(['date,value', 'date,value,confidence', 'date,value,note,by', 'date,value,confidence,by']);
    // The value written is untouched: encoding copies.
    expect(objective.key_results[0]?.checkins).toBe(checkins);
  });

  it('stores a list as it is when an item does not fit the columns', () => {
    const odd = [
      [{ value: 1, date: '2026-10-01' }],
      [{ date: '2026-10-01', value: 1, extra: 'x' }],
      [{ date: '2026-10-01', value: { nested: true } }],
      [{ date: '2026-10-01', note: 'no value' }],
    ];
    for (const list of odd) expect(encodeColumns('measurements', list)).toBe(list);
  });
});
