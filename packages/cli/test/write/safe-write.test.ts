import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { chmod, lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isRunning, removeStaleTemporaries, temporaryPath, withSignalCleanup } from '../../src/write/temporaries.js';
import { writeFileSafely } from '../../src/write/safe-write.js';
import { fixture, makeTempDir, removeTempDir } from '../run-cairn.js';
import { cairn } from './capture.js';

const made: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await makeTempDir('cairn-safe-write-');
  made.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeTempDir));
});

function readAllOf(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    createReadStream(path)
      .on('data', (chunk) => chunks.push(chunk as Buffer))
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
      .on('error', reject);
  });
}

/** A process id that no process has now (the highest ids are rarely in use). */
function deadPid(): number {
  for (let pid = 4_194_000; pid > 1000; pid -= 7) if (!isRunning(pid)) return pid;
  throw new Error('no free process id found');
}

describe('writeFileSafely', () => {
  it('keeps a mode-600 file at mode 600 when it replaces it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'snap.json');
    await writeFile(file, 'old');
    await chmod(file, 0o600);
    expect(await writeFileSafely(file, 'new')).toBe('replaced');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['snap.json']);
  });

  it('writes through a symbolic link to its file, and the link stays a link', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'real'));
    await writeFile(join(dir, 'real', 'snap.json'), 'old');
    await chmod(join(dir, 'real', 'snap.json'), 0o640);
    await symlink('real/snap.json', join(dir, 'link.json'));
    expect(await writeFileSafely(join(dir, 'link.json'), 'new')).toBe('replaced');
    expect((await lstat(join(dir, 'link.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'link.json'))).toBe('real/snap.json');
    expect(await readFile(join(dir, 'real', 'snap.json'), 'utf8')).toBe('new');
    expect((await stat(join(dir, 'real', 'snap.json'))).mode & 0o777).toBe(0o640);
    expect((await readdir(join(dir, 'real'))).sort()).toEqual(['snap.json']);
  });

  it('refuses a link to a file that does not exist, and creates nothing', async () => {
    const dir = await tempDir();
    await symlink('missing.json', join(dir, 'link.json'));
    await expect(writeFileSafely(join(dir, 'link.json'), 'new', { shown: 'link.json' })).rejects.toThrow(
      'cannot write link.json: it is a symbolic link to a file that does not exist',
    );
    expect(await readdir(dir)).toEqual(['link.json']);
  });

  it('writes straight into a FIFO, which stays a FIFO', async () => {
    const dir = await tempDir();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const read = readAllOf(fifo);
    expect(await writeFileSafely(fifo, 'through the pipe\n')).toBe('written through');
    expect(await read).toBe('through the pipe\n');
    expect((await lstat(fifo)).isFIFO()).toBe(true);
    expect(await readdir(dir)).toEqual(['pipe']);
  });

  it('creates a new file and its missing folders', async () => {
    const dir = await tempDir();
    expect(await writeFileSafely(join(dir, 'a', 'b', 'snap.json'), 'x')).toBe('created');
    expect(await readFile(join(dir, 'a', 'b', 'snap.json'), 'utf8')).toBe('x');
  });

  it('removes the temporaries that killed runs left in the folder, and no live one', async () => {
    const dir = await tempDir();
    const dead = deadPid();
    await writeFile(join(dir, `.snap.json.cairn-${dead}.tmp`), 'half');
    await writeFile(join(dir, `.other.json.cairn-${process.pid}.tmp`), 'mine, in progress');
    await writeFileSafely(join(dir, 'snap.json'), 'whole');
    expect((await readdir(dir)).sort()).toEqual([`.other.json.cairn-${process.pid}.tmp`, 'snap.json']);
  });

  it('fails without a change when the file changed since it was read', async () => {
    const dir = await tempDir();
    const file = join(dir, 'goal.md');
    await writeFile(file, 'changed by someone else');
    await expect(writeFileSafely(file, 'mine', { shown: 'goal.md', unchangedSince: 'as I read it' })).rejects.toThrow(
      'goal.md changed while cairn was writing it; nothing was written, run the command again',
    );
    expect(await readFile(file, 'utf8')).toBe('changed by someone else');
    expect(await readdir(dir)).toEqual(['goal.md']);
  });
});

describe('temporaries', () => {
  it('are hidden siblings named after the process', () => {
    expect(temporaryPath('/goals/objectives/q4/acme/eco.md', 4242)).toBe('/goals/objectives/q4/acme/.eco.md.cairn-4242.tmp');
  });

  it('a stale sweep of an unreadable folder removes nothing and does not throw', () => {
    expect(removeStaleTemporaries('/no/such/folder/here')).toEqual([]);
  });

  it('are removed when a signal arrives during the write, and the signal still ends the run', async () => {
    const dir = await tempDir();
    const temporary = join(dir, '.snap.json.cairn-1.tmp');
    await writeFile(temporary, 'half');
    // Stands in for the default handler, so the re-raised signal does not end the test runner.
    let raised = 0;
    const stand = (): void => {
      raised += 1;
    };
    process.on('SIGTERM', stand);
    try {
      let release = (): void => undefined;
      const working = withSignalCleanup(
        () => execFileSync('rm', ['-f', temporary]),
        () =>
          new Promise<void>((resolve) => {
            release = resolve;
          }),
      );
      process.kill(process.pid, 'SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(existsSync(temporary)).toBe(false);
      expect(raised).toBe(1);
      release();
      await working;
      expect(process.listenerCount('SIGTERM')).toBe(1);
    } finally {
      process.off('SIGTERM', stand);
    }
  });
});

describe('cairn export --out', () => {
  it('into a mode-600 file keeps its mode', async () => {
    const dir = await tempDir();
    const file = join(dir, 'snap.json');
    await writeFile(file, '{}');
    await chmod(file, 0o600);
    const result = await cairn(['export', fixture('valid'), '--out', file, '--no-cache']);
    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(1);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('into a FIFO writes through it', async () => {
    const dir = await tempDir();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const read = readAllOf(fifo);
    const result = await cairn(['export', fixture('valid'), '--out', fifo, '--no-cache']);
    expect(result.code).toBe(0);
    expect(JSON.parse(await read).version).toBe(1);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it('- writes to standard output', async () => {
    const result = await cairn(['export', fixture('valid'), '--out', '-', '--no-cache']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).version).toBe(1);
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
  });
});
