import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withFileLock } from '../../src/write/file-lock.js';
import { isRunning, removeStaleTemporaries } from '../../src/write/temporaries.js';

function deadPid(): number {
  for (let pid = 4_194_000; pid > 1000; pid -= 7) if (!isRunning(pid)) return pid;
  throw new Error('no free process id found');
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cairn-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('withFileLock', () => {
  it('says clearly that another cairn is writing, once it has waited long enough', async () => {
    // The test runner itself stands for the other, live cairn.
    await writeFile(join(dir, '.goal.md.cairn-lock'), String(process.ppid));
    await expect(withFileLock(join(dir, 'goal.md'), async () => 'done', { waitMs: 150, shown: 'goal.md' })).rejects.toThrow(
      `another cairn (process ${process.ppid}) is writing goal.md; nothing was written — run the command again when it has finished`,
    );
  });

  it('takes over the lock of a process that is gone, and removes it when done', async () => {
    await writeFile(join(dir, '.goal.md.cairn-lock'), String(deadPid()));
    expect(await withFileLock(join(dir, 'goal.md'), async () => readdir(dir))).toEqual(['.goal.md.cairn-lock']);
    expect(await readdir(dir)).toEqual([]);
  });

  it('holds this process id from the moment the lock exists, and leaves only the lock while it works', async () => {
    const during = await withFileLock(join(dir, 'goal.md'), async () => ({
      names: await readdir(dir),
      holder: await readFile(join(dir, '.goal.md.cairn-lock'), 'utf8'),
    }));
    expect(during).toEqual({ names: ['.goal.md.cairn-lock'], holder: String(process.pid) });
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves what a run killed while taking the lock left for the next run to remove', async () => {
    const dead = deadPid();
    await writeFile(join(dir, `..goal.md.cairn-lock.1a2b3c4d.cairn-${dead}.tmp`), String(dead));
    expect(removeStaleTemporaries(dir)).toEqual([`..goal.md.cairn-lock.1a2b3c4d.cairn-${dead}.tmp`]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('runs writers one after the other', async () => {
    const order: string[] = [];
    const writer = (name: string) =>
      withFileLock(join(dir, 'goal.md'), async () => {
        order.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 30));
        order.push(`${name} out`);
      });
    await Promise.all([writer('a'), writer('b')]);
    expect([order[0]?.slice(2), order[1]?.slice(2), order[2]?.slice(2), order[3]?.slice(2)]).toEqual(['in', 'out', 'in', 'out']);
  });
});
