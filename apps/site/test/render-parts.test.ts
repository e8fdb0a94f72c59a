/**
 * A large build renders its pages in several processes: the parts together are the site one
 * process writes, byte for byte, and a part that fails fails the build with its reason.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import type { Snapshot } from '@cairn/core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../src/node/index.js';
import { prepareRun } from '../src/node/prepare-run.js';
import { renderInParts, renderProcesses } from '../src/node/render-parts.js';
import { demoGoals } from './global-setup.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cairn-parts-'));
  made.push(dir);
  return dir;
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
}

describe('a build split among processes', () => {
  it('writes the same files, byte for byte, as the one-process build of the demo', async () => {
    const out = join(await tempDir(), 'site');
    const lines: string[] = [];
    const result = await buildSite({ goalsDir: demoGoals, outDir: out, processes: 2, log: (line) => lines.push(line) });
    expect(lines).toContain('Rendering pages in 2 processes');
    const one = inject('siteDir');
    const written = await files(out);
    expect(written).toEqual(await files(one));
    expect(result.pages).toBe(written.filter((path) => path.endsWith('.html')).length);
    const different: string[] = [];
    for (const path of written) {
      if (!(await readFile(join(out, path))).equals(await readFile(join(one, path)))) different.push(path);
    }
    expect(different).toEqual([]);
    // The parts' own folders are gone.
    expect((await readdir(join(out, '..'))).filter((name) => name.includes('.part-'))).toEqual([]);
  });

  it('fails the build with the reason a part gave, and leaves no part behind', async () => {
    const root = await tempDir();
    const { run } = await prepareRun({ goalsDir: demoGoals }, root);
    const out = join(root, 'site');
    const broken = { ...run, snapshotFile: join(root, 'missing', 'snapshot.json') };
    await expect(renderInParts(broken, out, root, 2)).rejects.toThrow(/^rendering part \d of 2 failed \(exit 1\): [\s\S]*ENOENT[\s\S]*missing\/snapshot\.json/);
    expect((await readdir(root)).filter((name) => name.includes('.part-'))).toEqual([]);
  });

  it('is used from 3,000 objectives and KPIs, one process per core up to four, unless a number is asked for', () => {
    const goals = (objectives: number, kpis: number) => ({ objectives: new Array(objectives), kpis: new Array(kpis) }) as unknown as Snapshot;
    expect(renderProcesses(goals(2500, 499))).toBe(1);
    expect(renderProcesses(goals(2500, 500))).toBe(Math.min(availableParallelism(), 4));
    expect(renderProcesses(goals(10, 0), 3)).toBe(3);
    expect(() => renderProcesses(goals(10, 0), 0)).toThrow('processes must be a whole number from 1, not 0');
    expect(() => renderProcesses(goals(10, 0), 1.5)).toThrow('processes must be a whole number from 1, not 1.5');
  });
});
