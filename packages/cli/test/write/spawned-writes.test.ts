import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CAIRN_BIN, cairnEnv, removeTempDir, runCairn } from '../run-cairn.js';
import { GOALS, goalsFolder } from './goals-folder.js';

const made: string[] = [];
async function folder(changes?: Record<string, string>): Promise<string> {
  const dir = await goalsFolder(changes);
  made.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeTempDir));
});

const GROW = 'objectives/2026-q4/acme/grow.md';
// A long narrative makes the write take long enough for a kill to land inside it now and then.
const BIG = `${GOALS[GROW] as string}${'A long narrative line that makes the file big enough to take a while to write.\n'.repeat(150_000)}`;
const ADDED = '      - { date: 2026-11-15, value: 2 }\n';

function startCheckin(dir: string): ReturnType<typeof spawn> {
  return spawn(process.execPath, [CAIRN_BIN, 'checkin', 'grow#launch', '2', '--goals', dir, '--no-cache'], { env: cairnEnv(), stdio: 'ignore' });
}

describe('the built cairn, killed while it writes', () => {
  it('leaves the old file or the new one, never a mix; Ctrl-C leaves no temporary or lock, and a later run removes what kill -9 left', async () => {
    const dir = await folder({ [GROW]: BIG });
    const expectedNew = BIG.replace('# first\n', `# first\n${ADDED}`);
    const seen = new Set<string>();
    for (const [delay, signal] of [
      [150, 'SIGKILL'],
      [400, 'SIGKILL'],
      [700, 'SIGKILL'],
      [1000, 'SIGKILL'],
      [1300, 'SIGKILL'],
      [400, 'SIGTERM'],
      [800, 'SIGTERM'],
      [1200, 'SIGTERM'],
    ] as const) {
      await writeFile(join(dir, GROW), BIG);
      // What an earlier kill -9 left is the later run's to remove (checked below), not this run's.
      const before = new Set((await readdir(join(dir, 'objectives/2026-q4/acme'))).filter((name) => name.startsWith('.')));
      const child = startCheckin(dir);
      const ended = new Promise<void>((resolve) => child.on('close', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill(signal);
      await ended;
      const text = await readFile(join(dir, GROW), 'utf8');
      expect(text === BIG || text === expectedNew).toBe(true);
      seen.add(text === BIG ? 'old' : 'new');
      const leftovers = (await readdir(join(dir, 'objectives/2026-q4/acme'))).filter((name) => name.startsWith('.'));
      if (signal === 'SIGTERM') expect(leftovers.filter((name) => !before.has(name))).toEqual([]);
    }
    // Whatever kill -9 left behind, the next run removes it (and writes).
    await writeFile(join(dir, GROW), BIG);
    const after = await runCairn(['checkin', 'grow#launch', '2', '--goals', dir, '--no-cache']);
    expect({ code: after.code, stderr: after.stderr }).toEqual({ code: 0, stderr: '' });
    expect(await readFile(join(dir, GROW), 'utf8')).toBe(expectedNew);
    expect((await readdir(join(dir, 'objectives/2026-q4/acme'))).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(seen.size).toBeGreaterThan(0);
  }, 120_000);
});

describe('a cairn stopped while it waits for the lock', () => {
  it("leaves the other writer's lock as it was and no temporary of its own", async () => {
    const dir = await folder();
    const lock = join(dir, 'objectives/2026-q4/acme/.grow.md.cairn-lock');
    // This test process stands for the other, live cairn that holds the lock.
    await writeFile(lock, String(process.pid));
    const child = startCheckin(dir);
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    // Long enough to start and reach the lock, well short of the 20 seconds it would wait.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    child.kill('SIGTERM');
    expect(await ended).toBe('SIGTERM');
    expect(await readFile(lock, 'utf8')).toBe(String(process.pid));
    expect((await readdir(join(dir, 'objectives/2026-q4/acme'))).filter((name) => name.startsWith('.'))).toEqual(['.grow.md.cairn-lock']);
    expect(await readFile(join(dir, GROW), 'utf8')).toBe(GOALS[GROW]);
  }, 60_000);
});

describe('two cairns writing one file at once', () => {
  it('both land: each waits for the other, and each adds its row', async () => {
    const dir = await folder();
    const [a, b] = await Promise.all([
      runCairn(['checkin', 'grow#launch', '2', '--goals', dir, '--no-cache']),
      runCairn(['checkin', 'grow#partners', '1', '--note', 'Casa Nord', '--goals', dir, '--no-cache']),
    ]);
    expect(a.stderr).toBe('');
    expect(b.stderr).toBe('');
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(await readFile(join(dir, GROW), 'utf8')).toBe(
      (GOALS[GROW] as string)
        .replace('# first\n', `# first\n${ADDED}`)
        .replace('    target: 3\n', '    target: 3\n    checkins:\n      - { date: 2026-11-15, value: 1, note: "Casa Nord" }\n'),
    );
    expect((await readdir(join(dir, 'objectives/2026-q4/acme'))).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 60_000);
});
