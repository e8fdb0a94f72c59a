/**
 * `cairn build`, `cairn preview` and `cairn dev` around the site package: what they refuse,
 * what they print, and that bad data leaves a previous build exactly as it was.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pc from 'picocolors';
import { afterAll, describe, expect, it } from 'vitest';
import type { Output } from '../src/output.js';
import { main } from '../src/program.js';
import { runMain } from './run-main.js';

const ACME = fileURLToPath(new URL('../../../examples/acme/', import.meta.url));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cairn-${name}-`));
  made.push(dir);
  return dir;
}

/** Every file under a folder with its bytes, to show that nothing changed. */
function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub))) {
      const path = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else out[path] = readFileSync(join(dir, path), 'utf8');
    }
  };
  walk('');
  return out;
}

/** Runs a serving command in this process until `stop` is called; resolves its URL once it prints one. */
function serve(args: string[]): { url: Promise<string>; stop: () => Promise<{ code: number; stdout: string; stderr: string }> } {
  let release: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    release = resolve;
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  let found: (url: string) => void = () => {};
  let failed: (error: Error) => void = () => {};
  const url = new Promise<string>((resolve, reject) => {
    found = resolve;
    failed = reject;
  });
  const output: Output = {
    out: (text) => {
      stdout.push(text);
      const match = /https?:\/\/\S+/.exec(text);
      if (match) found(match[0]);
    },
    err: (text) => stderr.push(text),
    colours: pc.createColors(false),
    stop: stopped,
  };
  const run = main(args, output).then((code) => {
    failed(new Error(`cairn ${args.join(' ')} ended with ${code} before serving: ${stderr.join('\n')}`));
    return code;
  });
  return {
    url,
    stop: async () => {
      release();
      const code = await run;
      return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
    },
  };
}

describe('cairn build refuses what it cannot build, before loading the site', () => {
  it('a folder that is not there, or holds no goals', async () => {
    const missing = await runMain(['build', 'no-such-folder']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'error: no such folder: no-such-folder\n' });
    const empty = tempDir('empty');
    const none = await runMain(['build', empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(`error: ${empty} holds no Cairn files (periods.yaml, teams.yaml, objectives/, kpis/); is it the goals folder?\n`);
  });

  it('an output folder it would have to wipe is refused with exit 2, and nothing is touched', async () => {
    const goals = join(tempDir('own-goals'), 'goals');
    cpSync(ACME, goals, { recursive: true, filter: (path) => !path.includes('node_modules') && !path.endsWith('/dist') });
    const before = contents(goals);
    const wiped = await runMain(['build', goals, '--out', goals]);
    expect(wiped).toEqual({ code: 2, stdout: '', stderr: `error: ${goals} is the goals folder; a build replaces its whole output folder, so give one of its own, such as ${join(goals, 'site')}\n` });
    const data = await runMain(['build', goals, '--out', join(goals, 'kpis')]);
    expect(data.code).toBe(2);
    expect(data.stderr).toContain("is the goals' kpis/ folder, where its files would be read as goals");
    expect(contents(goals)).toEqual(before);
  });

  it('flags with values it cannot use', async () => {
    expect((await runMain(['build', ACME, '--as-of', '2026-02-30'])).stderr).toBe('error: --as-of 2026-02-30: that day does not exist; February 2026 has 28 days\n');
    expect((await runMain(['build', ACME, '--site-url', 'goals.acme.example'])).stderr).toBe(
      'error: --site-url must be an absolute http or https address, like https://goals.example.com, not "goals.acme.example"\n',
    );
    expect((await runMain(['build', ACME, '--base', 'a b'])).stderr).toBe('error: --base must be a path such as /goals/, not "a b"\n');
    for (const processes of ['0', 'two', '1.5', '65']) {
      expect(await runMain(['build', ACME, '--processes', processes])).toEqual({
        code: 2,
        stdout: '',
        stderr: `error: --processes must be a whole number from 1 to 64, not "${processes}"\n`,
      });
    }
    const audience = await runMain(['build', ACME, '--audience', 'everyone']);
    expect(audience.code).toBe(2);
    expect(audience.stderr).toBe("error: option '--audience <audience>' argument 'everyone' is invalid. Allowed choices are public, internal.\n");
  });

  it('is listed in the help with its options', async () => {
    const help = await runMain(['build', '--help']);
    expect(help.code).toBe(0);
    for (const option of ['--out <dir>', '--as-of <date>', '--base <path>', '--site-url <url>', '--audience <audience>', '--processes <n>']) expect(help.stdout).toContain(option);
    const top = await runMain(['--help']);
    expect(top.stdout).toMatch(/build \[options\] \[dir\] +build the goals site into a folder/);
    expect(top.stdout).toMatch(/dev \[options\] \[dir\] +serve the goals site while you edit the files/);
    expect(top.stdout).toMatch(/preview \[options\] +serve a built goals site/);
  });
});

describe('cairn build with invalid data', () => {
  it("fails with validate's own messages and exit 1, and leaves the previous output exactly as it was", async () => {
    const goals = join(tempDir('broken'), 'goals');
    cpSync(ACME, goals, { recursive: true, filter: (path) => !path.includes('node_modules') && !path.endsWith('/dist') });
    const file = join(goals, 'objectives/2026-q4/acme/eco-leader.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('target: 2\n', 'target: 1_000\n'));
    const other = join(goals, 'objectives/2026-q4/sales/retail-channel.md');
    writeFileSync(other, readFileSync(other, 'utf8').replace('parent: eco-leader', 'parent: eco-leadr'));
    const out = join(tempDir('previous'), 'site');
    mkdirSync(join(out, 'periods'), { recursive: true });
    mkdirSync(join(out, 'api/v1'), { recursive: true });
    writeFileSync(join(out, 'index.html'), '<h1>the site as it was</h1>');
    writeFileSync(join(out, 'periods/index.html'), '<h1>periods</h1>');
    writeFileSync(join(out, 'api/v1/snapshot.json'), '{}');
    const before = contents(out);

    const validate = await runMain(['validate', goals, '--no-cache']);
    expect(validate.code).toBe(1);
    const build = await runMain(['build', goals, '--out', out]);
    expect(build.code).toBe(1);
    expect(build.stdout).toBe('');
    // The same located problems, code frames and hints that cairn validate prints.
    expect(build.stderr.startsWith(validate.stdout.trimEnd())).toBe(true);
    expect(build.stderr).toContain('"target" must be a plain number, not "1_000"');
    expect(build.stderr).toContain('unknown objective "eco-leadr"');
    expect(build.stderr).toContain('2 errors, 0 warnings');
    expect(build.stderr).toContain(`The site was not built; ${out} is as it was.`);
    expect(contents(out)).toEqual(before);
  });
});

describe('cairn preview', () => {
  it('serves a built folder at a local URL until stopped', async () => {
    const out = tempDir('built');
    mkdirSync(join(out, 'periods'));
    writeFileSync(join(out, 'index.html'), '<!doctype html><title>Acme goals</title><h1>Acme goals</h1>');
    writeFileSync(join(out, 'periods/index.html'), '<!doctype html><title>Periods</title>');
    writeFileSync(join(out, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    const server = serve(['preview', '--out', out, '--port', '0']);
    const url = await server.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/?$/);
    const home = await fetch(url);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<h1>Acme goals</h1>');
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(new URL('periods/', url))).status).toBe(200);
    const result = await server.stop();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Serving the site built in ${out} at ${url}`);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('a busy port is a usage error that names the port and how to pick another', async () => {
    const out = tempDir('built');
    writeFileSync(join(out, 'index.html'), '<h1>x</h1>');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const result = await runMain(['preview', '--out', out, '--port', String(port)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`error: port ${port} on 127.0.0.1 is already in use; pick another with --port (e.g. --port ${port + 1})\n`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('a folder with no build says to build first, or to name the folder a build wrote', async () => {
    const result = await runMain(['preview', '--out', 'no-such-site']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: no built site in no-such-site; build it first (cairn build), or give the folder a build wrote with --out\n');
    // A folder that is there but holds no site (no index.html) is not served as one.
    const notSite = tempDir('not-a-site');
    writeFileSync(join(notSite, 'notes.txt'), 'not a site');
    const served = await runMain(['preview', '--out', notSite]);
    expect(served.code).toBe(2);
    expect(served.stderr).toBe(`error: no built site in ${notSite}; build it first (cairn build), or give the folder a build wrote with --out\n`);
  });

  it('a port that is not a port is refused', async () => {
    expect((await runMain(['preview', '--port', 'eighty'])).stderr).toBe('error: --port must be a whole number from 0 to 65535, not "eighty"\n');
  });
});
