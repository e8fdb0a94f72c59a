/**
 * Reading a goals folder from disk where the disk is not friendly: links that lead out of the
 * folder, folders that cannot be read, a file where a folder belongs, and a goals folder that
 * is not one. Every case is built in a temporary folder at test time.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRepository, GoalsFolderError, loadGoalsFolder, readGoalsFolder } from '../src/node/index.js';

const VALID = fileURLToPath(new URL('./fixtures/valid/', import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of the valid fixture, and a folder beside it (outside it) holding a secret. */
function goalsAndOutside(): { goals: string; outside: string } {
  const goals = temp('cairn-goals-');
  cpSync(VALID, goals, { recursive: true });
  const outside = temp('cairn-outside-');
  writeFileSync(join(outside, 'secret.yaml'), 'title: SECRET TITLE\nowner: mallory\nfrequency: monthly\ntarget: 1\n');
  mkdirSync(join(outside, 'team'));
  writeFileSync(join(outside, 'team/leak.md'), '---\ntitle: SECRET OBJECTIVE\nowner: mallory\nkey_results: []\n---\n');
  return { goals, outside };
}

const errorsOf = async (dir: string) =>
  checkRepository(await loadGoalsFolder(dir))
    .filter((p) => p.severity === 'error')
    .map((p) => [p.file, p.line, p.column, p.code, p.message, p.suggestion]);

describe('links that leave the goals folder', () => {
  it('a link to a file outside is reported and not read', async () => {
    const { goals, outside } = goalsAndOutside();
    symlinkSync(join(outside, 'secret.yaml'), join(goals, 'kpis/passwd.yaml'));
    const repo = await loadGoalsFolder(goals);
    expect([...repo.texts.values()].some((text) => text.includes('SECRET'))).toBe(false);
    expect(repo.kpis.map((k) => k.data.id)).toEqual(['revenue']);
    expect(await errorsOf(goals)).toEqual([
      [
        'kpis/passwd.yaml',
        1,
        1,
        'unreadable',
        'this file cannot be read: it is a link to a file outside the goals folder, and Cairn reads nothing outside the goals folder',
        'copy the file into the goals folder, or link to a file inside it',
      ],
    ]);
  });

  it('a link to a folder outside is reported and not walked', async () => {
    const { goals, outside } = goalsAndOutside();
    symlinkSync(join(outside, 'team'), join(goals, 'objectives/2026-q4/sales'));
    const read = await readGoalsFolder(goals);
    expect(read.some((f) => f.text.includes('SECRET'))).toBe(false);
    expect(await errorsOf(goals)).toEqual([
      [
        'objectives/2026-q4/sales',
        1,
        1,
        'unreadable',
        'this folder is a link to a place outside the goals folder; Cairn reads nothing outside the goals folder',
        'copy the files into the goals folder, or link to a folder inside it',
      ],
    ]);
  });

  it('a relative link that climbs out (../) is caught as well, and /proc is never read', async () => {
    const { goals, outside } = goalsAndOutside();
    symlinkSync(join('..', '..', outside.split('/').pop() as string, 'secret.yaml'), join(goals, 'kpis/up.yaml'));
    symlinkSync('/proc/self/status', join(goals, 'kpis/status.yaml'));
    const errors = await errorsOf(goals);
    expect(errors.map((e) => e[0])).toEqual(['kpis/status.yaml', 'kpis/up.yaml']);
    expect(errors.every((e) => e[3] === 'unreadable')).toBe(true);
  });

  it('a goals folder reached through a link is read, and links inside it stay fine', async () => {
    const { goals } = goalsAndOutside();
    const via = join(temp('cairn-via-'), 'goals');
    symlinkSync(goals, via);
    mkdirSync(join(goals, 'library'));
    writeFileSync(join(goals, 'library/cost.yaml'), 'title: Cost\nowner: dana\nfrequency: monthly\ntarget: 1\n');
    symlinkSync(join(goals, 'library/cost.yaml'), join(goals, 'kpis/cost.yaml'));
    const repo = await loadGoalsFolder(via);
    expect(repo.kpis.map((k) => k.data.id).sort()).toEqual(['cost', 'revenue']);
    expect(await errorsOf(via)).toEqual([]);
  });
});

describe('what is not where a folder belongs', () => {
  it.each([
    ['objectives', 'objective'],
    ['kpis', 'KPI'],
  ])('a file named %s is a located problem, not silently ignored', async (name, what) => {
    const goals = temp('cairn-goals-');
    cpSync(VALID, goals, { recursive: true });
    rmSync(join(goals, name), { recursive: true });
    writeFileSync(join(goals, name), 'oops\n');
    const errors = (await errorsOf(goals)).filter((e) => e[3] === 'unreadable');
    expect(errors).toEqual([[name, 1, 1, 'unreadable', `${name} must be a folder of ${what} files, but it is a file`, `move it aside and make ${name}/ a folder`]]);
  });

  it('a goals folder that does not exist, or is a file, is a GoalsFolderError with the words a user needs', async () => {
    const dir = temp('cairn-goals-');
    await expect(readGoalsFolder(join(dir, 'missing'))).rejects.toThrow(new GoalsFolderError(`cannot read the goals folder ${join(dir, 'missing')}: no such folder`));
    writeFileSync(join(dir, 'file.yaml'), 'a: 1\n');
    await expect(readGoalsFolder(join(dir, 'file.yaml'))).rejects.toThrow(new GoalsFolderError(`the goals folder ${join(dir, 'file.yaml')} is not a folder`));
  });

  it('reads only the top of / and never walks the disk', async () => {
    expect(await readGoalsFolder('/')).toEqual([]);
  });
});

/**
 * Permissions do not stop root, and tests often run as root: then the reading runs in a child
 * process that becomes the user `nobody` once its modules are loaded (the checkout may sit in a
 * folder only root can enter). One child reads every folder given, to start tsx once.
 */
function readAsUnprivileged(dirs: string[]): unknown[] {
  const script = `
    import { readGoalsFolder, GoalsFolderError } from ${JSON.stringify(new URL('../src/node/index.ts', import.meta.url).href)};
    if (process.getuid() === 0) {
      process.setgid(65534);
      process.setuid(65534);
    }
    const out = [];
    for (const dir of ${JSON.stringify(dirs)}) {
      try { out.push((await readGoalsFolder(dir)).filter((f) => f.unreadable)); }
      catch (e) { out.push({ thrown: e instanceof GoalsFolderError ? 'GoalsFolderError' : String(e), message: e.message }); }
    }
    console.log(JSON.stringify(out));`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as unknown[];
}

describe('folders that cannot be read', () => {
  it('a locked folder of objectives is a problem of that folder; a locked goals folder is a GoalsFolderError', () => {
    const goals = temp('cairn-goals-');
    cpSync(VALID, goals, { recursive: true });
    mkdirSync(join(goals, 'objectives/2026-q4/locked'));
    writeFileSync(join(goals, 'objectives/2026-q4/locked/a.md'), '---\ntitle: A\n---\n');
    chmodSync(join(goals, 'objectives/2026-q4/locked'), 0o000);
    chmodSync(goals, 0o755);
    const locked = temp('cairn-goals-');
    cpSync(VALID, locked, { recursive: true });
    chmodSync(locked, 0o000);
    expect(readAsUnprivileged([goals, locked])).toEqual([
      [{ path: 'objectives/2026-q4/locked', text: '', unreadable: 'this folder cannot be read: permission denied', hint: "fix the folder's permissions, or remove it from the goals folder" }],
      { thrown: 'GoalsFolderError', message: `cannot read the goals folder ${locked}: permission denied` },
    ]);
    chmodSync(join(goals, 'objectives/2026-q4/locked'), 0o755);
  });
});
