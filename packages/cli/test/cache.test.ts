/**
 * `cairn` keeps what it read without problems in a cache, so that later runs over unchanged
 * files are fast. What a user sees must not change with it.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoCrash, fixture, makeTempDir, removeTempDir } from './run-cairn.js';
import { runMain } from './run-main.js';

let work: string;

beforeAll(async () => {
  work = await makeTempDir();
});

afterAll(async () => {
  await removeTempDir(work);
});

describe('the cache', () => {
  it('gives the same report on a second run, read from the cache it wrote on the first', async () => {
    const cacheDir = join(work, 'same');
    const args = ['validate', 'fixtures/warnings', '--cache-dir', cacheDir];
    const first = await runMain(args);
    expectNoCrash(first);
    const written = await readdir(cacheDir);
    expect(written).toHaveLength(1);
    const second = await runMain(args);
    expect(second).toEqual(first);
    const json = await runMain(['validate', 'fixtures/warnings', '--format', 'json', '--cache-dir', cacheDir]);
    const fresh = await runMain(['validate', 'fixtures/warnings', '--format', 'json', '--no-cache']);
    expect(json.stdout).toBe(fresh.stdout);
  });

  it('writes nothing with --no-cache', async () => {
    const cacheDir = join(work, 'none');
    const result = await runMain(['score', fixture('valid'), '--no-cache', '--cache-dir', cacheDir]);
    expect(result.code).toBe(0);
    await expect(readdir(cacheDir)).rejects.toThrow(/ENOENT/);
  });

  it('reads an edited file afresh and reports the mistake just made', async () => {
    const goals = join(work, 'edited');
    await cp(fixture('valid'), goals, { recursive: true });
    const cacheDir = join(work, 'edited-cache');
    const before = await runMain(['validate', goals, '--cache-dir', cacheDir]);
    expect(before.code).toBe(0);
    const kpi = join(goals, 'kpis', (await readdir(join(goals, 'kpis'))).find((name) => name.endsWith('.yaml')) as string);
    const text = await readFile(kpi, 'utf8');
    await writeFile(kpi, text.replace(/^direction: \w+/m, 'direction: upward'));
    const after = await runMain(['validate', goals, '--format', 'json', '--cache-dir', cacheDir]);
    expect(after.code).toBe(1);
    const problems = JSON.parse(after.stdout) as { file: string; message: string }[];
    expect(problems.map((p) => p.message)).toContain('"direction" must be one of increase, decrease, range, not "upward"');
  });

  it('never fails a command because the cache cannot be written', async () => {
    const blocker = join(work, 'blocker');
    await writeFile(blocker, 'a file where the cache folder would go');
    const result = await runMain(['validate', fixture('valid'), '--cache-dir', join(blocker, 'cache')]);
    expectNoCrash(result);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('takes its folder from CAIRN_CACHE_DIR when no --cache-dir is given', async () => {
    const cacheDir = join(work, 'from-env');
    const result = await runMain(['validate', fixture('valid')], { env: { CAIRN_CACHE_DIR: cacheDir } });
    expect(result.code).toBe(0);
    expect(await readdir(cacheDir)).toHaveLength(1);
  });

  it('documents --no-cache and --cache-dir in the help of every command that reads goals', async () => {
    for (const command of ['validate', 'score', 'export']) {
      const help = await runMain([command, '--help']);
      expect(help.stdout).toContain('--no-cache');
      expect(help.stdout).toContain('--cache-dir <dir>');
      expect(help.stdout).toMatch(/default: \$CAIRN_CACHE_DIR,\s+else\s+node_modules\/\.cache\/cairn/);
    }
  });
});
