import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, makeTempDir, removeTempDir } from './run-cairn.js';
import { runMain } from './run-main.js';

const made: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await makeTempDir();
  made.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeTempDir));
});

describe('writing output files', () => {
  it('export --out an existing folder is a usage error that names the fix, and leaves nothing behind', async () => {
    const dir = await tempDir();
    const result = await runMain(['export', fixture('valid'), '--out', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error: ${dir} is a folder; give a file name, e.g. ${dir}/snapshot.json`);
    expect(result.stderr).not.toContain('internal error');
    expect(await readdir(dir)).toEqual([]);
  });

  it('export --out a path under a file is a usage error saying why, without a temporary file left over', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'plain'), 'x');
    const result = await runMain(['export', fixture('valid'), '--out', join(dir, 'plain', 'snapshot.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot write ${join(dir, 'plain', 'snapshot.json')}: a part of the path is a file, not a folder`);
    expect(await readdir(dir)).toEqual(['plain']);
  });

  it('schema --out an existing file is a usage error', async () => {
    const dir = await tempDir();
    const file = join(dir, 'schemas');
    await writeFile(file, 'x');
    const result = await runMain(['schema', '--out', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file} is a file; --out needs a folder`);
  });

  it('schema --out creates the folder when it is missing', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'a'));
    const result = await runMain(['schema', '--out', join(dir, 'a', 'b')]);
    expect(result.code).toBe(0);
    expect((await readdir(join(dir, 'a', 'b'))).length).toBe(6);
  });
});

describe('bare cairn', () => {
  it('prints its help on standard output, so `cairn | less` shows it', async () => {
    const result = await runMain([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: cairn [options] [command]');
    expect(result.stderr).toBe('');
  });
});
