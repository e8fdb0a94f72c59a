import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Snapshot } from '@cairn/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoCrash, fixture, makeTempDir, removeTempDir } from './run-cairn.js';
import { runMain } from './run-main.js';

const VALID = fixture('valid');
const KINDS = ['config', 'periods', 'teams', 'objective', 'kpi', 'snapshot'];

interface JsonSchema {
  $schema?: string;
  type?: string;
  properties?: Record<string, unknown>;
}

let work: string;
beforeAll(async () => {
  work = await makeTempDir();
});
afterAll(() => removeTempDir(work));

describe('export', () => {
  it('prints the versioned snapshot as JSON on stdout', async () => {
    const result = await runMain(['export', VALID]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const snapshot = JSON.parse(result.stdout) as Snapshot;
    expect(snapshot.version).toBe(1);
    expect(snapshot.asOf).toBe('2026-11-15');
    expect(snapshot.organisation).toBe('Umbrella Test Co');
    expect(snapshot.defaultPeriod).toBe('2026-q4');
    expect(snapshot.periods.map((p) => p.id)).toEqual(['2026', '2026-q3', '2026-q4']);
    expect(snapshot.teams.map((t) => t.id)).toEqual(['umbrella', 'growth', 'web', 'ops']);
    expect(snapshot.objectives.map((o) => o.id).sort()).toEqual(['faster-checkout', 'grow-revenue', 'hire-team', 'more-signups']);
    expect(snapshot.kpis.map((k) => k.id)).toEqual(['page-load', 'revenue', 'tickets']);
    const revenue = snapshot.kpis.find((k) => k.id === 'revenue');
    // The measurements come from kpis/revenue.csv, notes included.
    expect(revenue?.series).toEqual([
      { date: '2026-08-31', value: 950000 },
      { date: '2026-09-30', value: 1000000, note: 'end of Q3' },
      { date: '2026-10-31', value: 1100000 },
    ]);
    expect(revenue?.latest).toEqual({ date: '2026-10-31', value: 1100000 });
    expect(snapshot.objectives.find((o) => o.id === 'grow-revenue')?.children).toEqual(['more-signups']);
  });

  it('is the public snapshot unless told otherwise: internal items and hidden values left out, as on the public site', async () => {
    const acme = fixture('../../../../examples/acme');
    const pub = JSON.parse((await runMain(['export', acme, '--no-cache'])).stdout) as Snapshot;
    expect(pub.audience).toBe('public');
    expect(pub.objectives.map((o) => o.id)).not.toContain('new-markets');
    const revenue = pub.objectives.flatMap((o) => o.keyResults).find((kr) => kr.ref === 'sustainable-growth#monthly-revenue');
    expect(revenue).toMatchObject({ valuesHidden: true, start: null, target: null, current: null, history: [] });
    expect(JSON.stringify(pub)).not.toContain('2653000');

    const internal = JSON.parse((await runMain(['export', acme, '--audience', 'internal', '--no-cache'])).stdout) as Snapshot;
    expect(internal.audience).toBe('internal');
    expect(internal.objectives.map((o) => o.id)).toContain('new-markets');
    expect(JSON.stringify(internal)).toContain('2653000');

    // export csv reads the same flag, and rows of internal items are left out.
    const sheet = (await runMain(['export', 'csv', acme, '--no-cache'])).stdout;
    expect(sheet).not.toContain('new-markets');
    expect((await runMain(['export', 'csv', acme, '--audience', 'internal', '--no-cache'])).stdout).toContain('new-markets');
    expect(await runMain(['export', acme, '--format', 'csv'])).toEqual({ code: 2, stdout: '', stderr: 'error: cairn export writes JSON; for CSV, run cairn export csv [dir]\n' });
    const bad = await runMain(['export', acme, '--audience', 'everyone']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("argument 'everyone' is invalid. Allowed choices are public, internal.");
  });

  it('counts one objective and one KPI in the singular', async () => {
    const one = join(work, 'one');
    await mkdir(join(one, 'objectives/2026-q4/acme'), { recursive: true });
    await mkdir(join(one, 'kpis'));
    await writeFile(join(one, 'cairn.config.yaml'), 'organisation: One Co\nas_of: 2026-11-15\n');
    await writeFile(join(one, 'periods.yaml'), '- id: 2026-q4\n  start: 2026-10-01\n  end: 2026-12-31\n');
    await writeFile(join(one, 'teams.yaml'), '- id: acme\n  name: Acme\n');
    await writeFile(join(one, 'objectives/2026-q4/acme/grow.md'), '---\ntitle: Grow\nkey_results:\n  - id: a\n    title: A\n    start: 0\n    target: 2\n---\n');
    await writeFile(join(one, 'kpis/nps.yaml'), 'title: NPS\ntarget: 40\n');
    const result = await runMain(['export', one, '--out', join(one, 'snap.json'), '--no-cache']);
    expect(result.stderr).toBe(`Wrote the public snapshot as of 2026-11-15 (1 objective, 1 KPI) to ${join(one, 'snap.json')}\n`);
  });

  it('--as-of sets asOf and what is known at that date', async () => {
    const result = await runMain(['export', VALID, '--as-of', '2026-10-15']);
    expect(result.code).toBe(0);
    const snapshot = JSON.parse(result.stdout) as Snapshot;
    expect(snapshot.asOf).toBe('2026-10-15');
    expect(snapshot.kpis.find((k) => k.id === 'revenue')?.latest).toEqual({ date: '2026-09-30', value: 1000000 });
  });

  it('--out writes the file (folders included), says so on stderr, and is byte-identical when run again', async () => {
    const first = await runMain(['export', VALID, '--out', 'site/api/snapshot.json'], { cwd: work });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toBe('Wrote the public snapshot as of 2026-11-15 (4 objectives, 3 KPIs) to site/api/snapshot.json\n');
    const path = join(work, 'site', 'api', 'snapshot.json');
    const written = await readFile(path);
    const snapshot = JSON.parse(written.toString('utf8')) as Snapshot;
    expect(snapshot.version).toBe(1);
    expect(snapshot.asOf).toBe('2026-11-15');
    expect(snapshot.objectives).toHaveLength(4);
    expect(written.toString('utf8').endsWith('}\n')).toBe(true);

    const second = await runMain(['export', VALID, '-o', 'site/api/snapshot.json'], { cwd: work });
    expect(second.code).toBe(0);
    expect((await readFile(path)).equals(written)).toBe(true);
    // No temporary files are left next to it.
    expect(await readdir(join(work, 'site', 'api'))).toEqual(['snapshot.json']);

    // The file holds exactly what standard output would.
    const printed = await runMain(['export', VALID]);
    expect(printed.stdout).toBe(written.toString('utf8'));
  });

  it('with errors exits 1, prints them on stderr and writes no file', async () => {
    const result = await runMain(['export', fixture('errors'), '--out', 'broken.json'], { cwd: work });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error unknown objective "no-such-objective"');
    expect(result.stderr).toContain('4 errors, 0 warnings');
    expect(await readdir(work)).not.toContain('broken.json');
  });
});

describe('schema', () => {
  it('prints one JSON object holding a JSON Schema per file kind and the snapshot', async () => {
    const result = await runMain(['schema']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const schemas = JSON.parse(result.stdout) as Record<string, JsonSchema>;
    expect(Object.keys(schemas)).toEqual(KINDS);
    for (const kind of KINDS) expect(schemas[kind]?.$schema, kind).toMatch(/^https:\/\/json-schema\.org\//);
    expect(Object.keys(schemas.kpi?.properties ?? {})).toEqual(expect.arrayContaining(['title', 'direction', 'target', 'measurements']));
    expect(Object.keys(schemas.objective?.properties ?? {})).toEqual(expect.arrayContaining(['title', 'owner', 'key_results']));
    expect(Object.keys(schemas.snapshot?.properties ?? {})).toEqual(expect.arrayContaining(['version', 'asOf', 'objectives', 'kpis']));
  });

  it('--out writes the six *.schema.json files and lists them on stderr', async () => {
    const [result, all] = await Promise.all([runMain(['schema', '--out', 'schemas'], { cwd: work }), runMain(['schema'])]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Wrote 6 schemas to schemas: config.schema.json, periods.schema.json, teams.schema.json, objective.schema.json, kpi.schema.json, snapshot.schema.json\n',
    );
    const files = (await readdir(join(work, 'schemas'))).sort();
    expect(files).toEqual(KINDS.map((kind) => `${kind}.schema.json`).sort());
    const printed = JSON.parse(all.stdout) as Record<string, JsonSchema>;
    for (const kind of KINDS) {
      const written = JSON.parse(await readFile(join(work, 'schemas', `${kind}.schema.json`), 'utf8')) as JsonSchema;
      expect(written, kind).toEqual(printed[kind]);
    }
  });
});
