/**
 * Core keeps no state between calls: what a load or a scoring run remembers while it works
 * belongs to that run. So two runs in one process, even one inside the other, give what each
 * gives alone, and a list changed between two runs is read afresh by the second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, loadRepository, readGoalsFolder, type CheckedCache, type Repository } from '../src/node/index.js';

const ACME = fileURLToPath(new URL('../../../examples/acme/', import.meta.url));
const VALID = fileURLToPath(new URL('./fixtures/valid/', import.meta.url));
const SRC = fileURLToPath(new URL('../src/', import.meta.url));

async function load(dir: string): Promise<Repository> {
  return loadRepository(await readGoalsFolder(dir));
}

/** A measurement that runs `during` each time its value is read: scoring is then interrupted mid-way. */
function trapped<T extends { date: string; value: number }>(item: T, during: () => void): T {
  const copy = { ...item };
  Object.defineProperty(copy, 'value', {
    enumerable: true,
    get() {
      during();
      return item.value;
    },
  });
  return copy;
}

describe('two scoring runs in one process', () => {
  it('give what each gives alone when one runs in the middle of the other, at another date and on another repository', async () => {
    const acme = await load(ACME);
    const valid = await load(VALID);
    const acmeAlone = JSON.stringify(buildSnapshot(acme, '2026-11-15'));
    const validAlone = JSON.stringify(buildSnapshot(valid, '2026-12-20'));
    expect(validAlone).not.toBe(JSON.stringify(buildSnapshot(valid, '2026-11-15')));

    // Reading one of acme's measurements scores the other repository, at another date, from
    // the start: in the middle of a forecast, of a KPI's health, of a trend.
    const nested: string[] = [];
    let inside = false;
    const scoreValid = (): void => {
      if (inside || nested.length >= 400) return;
      inside = true;
      nested.push(JSON.stringify(buildSnapshot(valid, '2026-12-20')));
      inside = false;
    };
    for (const kpi of acme.kpis) kpi.data.measurements = kpi.data.measurements.map((m) => trapped(m, scoreValid));
    const acmeInterrupted = JSON.stringify(buildSnapshot(acme, '2026-11-15'));

    expect(nested.length).toBe(400);
    expect(acmeInterrupted).toBe(acmeAlone);
    expect(new Set(nested)).toEqual(new Set([validAlone]));
  });

  it('read a long KPI series afresh when it changed in place between them', async () => {
    const changed = await load(ACME);
    const long = changed.kpis.find((kpi) => kpi.data.measurements.length >= 200);
    expect(long).toBeDefined();
    const series = long?.data.measurements ?? [];
    buildSnapshot(changed, '2026-11-15');
    // The same array, the same length, other contents: now out of date order.
    series.reverse();
    const fresh = structuredClone(changed.kpis.map((kpi) => kpi.data));
    const afresh: Repository = { ...changed, kpis: changed.kpis.map((kpi, i) => ({ ...kpi, data: fresh[i] as (typeof fresh)[number] })) };
    expect(JSON.stringify(buildSnapshot(changed, '2026-11-15'))).toBe(JSON.stringify(buildSnapshot(afresh, '2026-11-15')));
  });
});

describe('two loads in one process', () => {
  it('give what each gives alone when one runs in the middle of the other', async () => {
    const acmeFiles = await readGoalsFolder(ACME);
    const validFiles = await readGoalsFolder(VALID);
    const acmeAlone = loadRepository(acmeFiles);
    const validAlone = loadRepository(validFiles);

    // A cache that loads the other repository each time it is asked, in the middle of the load.
    const nested: Repository[] = [];
    const interrupting: CheckedCache = {
      get() {
        nested.push(loadRepository(validFiles));
        return undefined;
      },
      set() {},
    };
    const acmeInterrupted = loadRepository(acmeFiles, { cache: interrupting });
    expect(nested.length).toBeGreaterThan(20);
    expect(plain(acmeInterrupted)).toEqual(plain(acmeAlone));
    for (const repo of nested) expect(plain(repo)).toEqual(plain(validAlone));
    expect(JSON.stringify(buildSnapshot(acmeInterrupted, '2026-11-15'))).toBe(JSON.stringify(buildSnapshot(acmeAlone, '2026-11-15')));
  });
});

/** What a load found, without its locators (functions, compared by what they answer elsewhere). */
function plain(repo: Repository): unknown {
  const data = (items: { data: unknown; file: string }[]) => items.map(({ data: value, file }) => ({ value, file }));
  return { periods: data(repo.periods), teams: data(repo.teams), objectives: data(repo.objectives), kpis: data(repo.kpis), problems: repo.problems, config: repo.config };
}

describe('core sources', () => {
  /** Every source file of src, tests and test helpers left out. */
  function sources(dir: string, under = ''): { path: string; text: string }[] {
    return readdirSync(dir + under, { withFileTypes: true }).flatMap((entry) => {
      const path = `${under}${entry.name}`;
      if (entry.isDirectory()) return sources(dir, `${path}/`);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [{ path, text: readFileSync(dir + path, 'utf8') }] : [];
    });
  }

  it('declare no module-level let or var', () => {
    const found = sources(SRC).flatMap(({ path, text }) => text.split('\n').flatMap((line, i) => (/^(export\s+)?(let|var)\s/.test(line) ? [`src/${path}:${i + 1}: ${line}`] : [])));
    expect(found).toEqual([]);
  });

  it('keep module-level maps and sets read-only, and no weak maps or scratch arrays', () => {
    // A table at the top of a module is shared by every run in the process: only constants may be.
    const found = sources(SRC).flatMap(({ path, text }) =>
      text.split('\n').flatMap((line, i) => {
        const made = /^(?:export\s+)?const\s+\w+(\s*:\s*[^=]+)?\s*=\s*new\s+(Map|Set|WeakMap|WeakSet|\w+Array)\b/.exec(line);
        if (!made) return [];
        const readOnly = /Readonly(Map|Set)</.test(made[1] ?? '') && (made[2] === 'Map' || made[2] === 'Set');
        return readOnly ? [] : [`src/${path}:${i + 1}: ${line}`];
      }),
    );
    expect(found).toEqual([]);
  });

  it('keep no global regular expression at the top of a module (its lastIndex is state)', () => {
    const found = sources(SRC).flatMap(({ path, text }) => text.split('\n').flatMap((line, i) => (/^(?:export\s+)?const\s+\w+\s*=\s*\/.*\/[a-z]*[gy][a-z]*;/.test(line) ? [`src/${path}:${i + 1}: ${line}`] : [])));
    expect(found).toEqual([]);
  });
});
