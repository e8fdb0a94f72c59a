/**
 * The packages as npm would publish them: `npm pack` core and cli, install the two tarballs
 * into an empty folder far from this repository, and run the installed `cairn` on a copy of
 * the demo. Slow (npm is spawned), so it is the only test of its kind.
 */
import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from './run-cairn.js';

const run = promisify(execFile);
const PACKAGES = fileURLToPath(new URL('../../', import.meta.url));
const ACME = fileURLToPath(new URL('../../../examples/acme/', import.meta.url));

/** npm as a user runs it: none of the settings `npm test` hands down to its children. */
function npmEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return { ...env, npm_config_update_notifier: 'false', npm_config_loglevel: 'error', npm_config_fund: 'false', npm_config_audit: 'false' };
}

interface Packed {
  filename: string;
  files: { path: string }[];
}

async function pack(name: string, into: string): Promise<Packed> {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', into], { cwd: join(PACKAGES, name), env: npmEnv() });
  return (JSON.parse(stdout) as Packed[])[0] as Packed;
}

let work: string;
let core: Packed;
let cli: Packed;
let elements: Packed;

beforeAll(async () => {
  work = await makeTempDir('cairn-packed-');
  [core, cli, elements] = [await pack('core', work), await pack('cli', work), await pack('elements', work)];
}, 120_000);

afterAll(async () => {
  await removeTempDir(work);
});

const paths = (packed: Packed): string[] => packed.files.map((f) => f.path);

describe('npm pack', () => {
  it('packs the cli with its command, built code, README and licence, and nothing of the sources or tests', () => {
    expect(paths(cli)).toEqual(expect.arrayContaining(['bin/cairn.js', 'dist/index.js', 'dist/program.js', 'package.json', 'README.md', 'LICENSE']));
    expect(paths(cli).filter((path) => !/^(bin|dist)\//.test(path) && !['package.json', 'README.md', 'LICENSE'].includes(path))).toEqual([]);
    expect(paths(cli).filter((path) => /\.test\.|(^|\/)test\//.test(path))).toEqual([]);
  });

  it('packs core with its built code, the JSON Schemas, README and licence', () => {
    expect(paths(core)).toEqual(expect.arrayContaining(['dist/index.js', 'dist/node/index.js', 'schemas/kpi.schema.json', 'README.md', 'LICENSE']));
    expect(paths(core).filter((path) => path.startsWith('src/') || /\.test\./.test(path))).toEqual([]);
  });

  it('packs the elements with the bundle, the manifest, README and licence, without type tests', () => {
    expect(paths(elements)).toEqual(expect.arrayContaining(['dist/cairn-elements.js', 'dist/esm/index.js', 'custom-elements.json', 'README.md', 'LICENSE']));
    expect(paths(elements).filter((path) => path.startsWith('src/') || /\.test(-d)?\./.test(path))).toEqual([]);
  });

  it('gives every dependency a version npm can resolve: no workspace:, file: or link: paths', async () => {
    for (const name of ['core', 'cli', 'elements']) {
      const manifest = JSON.parse(await readFile(join(PACKAGES, name, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
      const specs = Object.entries({ ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies });
      expect(specs.filter(([, spec]) => !/^[~^]?\d+\.\d+\.\d+/.test(spec))).toEqual([]);
      expect(manifest.publishConfig).toEqual({ access: 'public' });
    }
  });
});

describe('the packed cli installed into an empty folder', () => {
  let folder: string;

  beforeAll(async () => {
    folder = join(work, 'user');
    await cp(ACME, join(folder, 'goals'), { recursive: true, filter: (source) => !/node_modules|package\.json$|\.turbo/.test(source) });
    await writeFile(join(folder, 'package.json'), '{ "name": "my-goals", "private": true }\n');
    const tarballs = [join(work, core.filename), join(work, cli.filename)];
    const install = (mode: string) => run('npm', ['install', mode, '--no-audit', '--no-fund', ...tarballs], { cwd: folder, env: npmEnv() });
    // The dependencies come from npm's cache; a machine whose cache lacks one reads it from the registry.
    await install('--offline').catch(() => install('--prefer-offline'));
  }, 150_000);

  it('installs the command and the two packages, and not the optional site builder', async () => {
    const lock = JSON.parse(await readFile(join(folder, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
    expect(lock.packages['node_modules/@cairn/cli']?.version).toBe('0.1.0');
    expect(lock.packages['node_modules/@cairn/core']?.version).toBe('0.1.0');
    expect(lock.packages['node_modules/@cairn/site']).toBeUndefined();
  });

  it('runs `cairn validate` on a copy of the demo', async () => {
    const { stdout, stderr } = await run(join(folder, 'node_modules', '.bin', 'cairn'), ['validate', 'goals'], { cwd: folder, env: { ...npmEnv(), NO_COLOR: '1' } });
    expect(stdout).toMatch(/^✔ \d+ files checked: no problems\n$/);
    expect(stderr).toBe('');
  }, 60_000);

  it('`cairn build` without the optional site builder says what to install, exit 2', async () => {
    const failed = await run(join(folder, 'node_modules', '.bin', 'cairn'), ['build', 'goals'], { cwd: folder, env: { ...npmEnv(), NO_COLOR: '1' } }).catch((error: unknown) => error as { code: number; stdout: string; stderr: string });
    expect(failed).toMatchObject({ code: 2, stdout: '' });
    expect((failed as { stderr: string }).stderr).toBe(
      'error: this command needs @cairn/site, which is not installed (it is an optional dependency of @cairn/cli); install it next to @cairn/cli, see "Install" in docs/cli.md\n',
    );
  }, 60_000);

  it('scores with the installed core, not this repository’s', async () => {
    const { stdout } = await run(join(folder, 'node_modules', '.bin', 'cairn'), ['score', 'goals', '--format', 'json'], { cwd: folder, env: npmEnv() });
    expect((JSON.parse(stdout) as { objectives: unknown[] }).objectives.length).toBeGreaterThan(0);
    const resolved = await run(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('@cairn/core'))"], { cwd: join(folder, 'node_modules', '@cairn', 'cli') });
    expect(resolved.stdout.trim()).toBe(`file://${join(folder, 'node_modules', '@cairn', 'core', 'dist', 'index.js')}`);
  }, 60_000);
});
