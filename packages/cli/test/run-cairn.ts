import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The BUILT command, exactly as `npm i -g @cairn/cli` would run it (build before testing). */
export const CAIRN_BIN = fileURLToPath(new URL('../bin/cairn.js', import.meta.url));

/** This test folder: tests run cairn from here, so fixture paths print as `fixtures/<name>/…`. */
export const TEST_DIR = fileURLToPath(new URL('.', import.meta.url));

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export interface CairnResult {
  /** The exit code; null only when the process died from a signal (a test failure in itself). */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Working directory; default the test folder. */
  cwd?: string;
  /** Variables to set (a string) or remove (undefined) on top of a clean, colour-neutral environment. */
  env?: Record<string, string | undefined>;
}

/** Variables that change how cairn (or Node) talks to the terminal; removed unless a test sets them. */
const NEUTRALISED = ['COLUMNS', 'NO_COLOR', 'FORCE_COLOR', 'NODE_DISABLE_COLORS', 'CLICOLOR', 'CLICOLOR_FORCE', 'NODE_OPTIONS', 'GITHUB_ACTIONS', 'CI'];

export function cairnEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of NEUTRALISED) delete env[name];
  env.TERM = 'xterm-256color';
  // The cache of every test run lives in the folder test/global-setup.ts made (or none at all).
  env.CAIRN_CACHE_DIR = process.env.CAIRN_TEST_CACHE_DIR;
  if (env.CAIRN_CACHE_DIR === undefined) delete env.CAIRN_CACHE_DIR;
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/**
 * Runs `node bin/cairn.js …args` as a child process with piped (non-TTY) standard streams
 * and resolves with its exit code and everything it printed.
 */
export function runCairn(args: readonly string[], options: RunOptions = {}): Promise<CairnResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CAIRN_BIN, ...args], {
      cwd: options.cwd ?? TEST_DIR,
      env: cairnEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}

/** A fresh temporary folder; give it back with removeTempDir. */
export function makeTempDir(prefix = 'cairn-cli-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function removeTempDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

export const ANSI = /\u001b\[[0-9;]*m/;

/** A line of a Node/V8 stack trace, e.g. "    at loadGoals (file:///…)". */
export const STACK_FRAME = /^\s+at .+(\(.*\)|:\d+:\d+)$/m;

/** Neither stream shows a stack trace or Cairn's own "internal error" apology. */
export function expectNoCrash(result: CairnResult): void {
  for (const text of [result.stdout, result.stderr]) {
    if (STACK_FRAME.test(text) || text.includes('    at ') || text.includes('internal error')) {
      throw new Error(`cairn crashed (exit ${String(result.code)}):\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
    }
  }
  if (result.code === null || result.code > 2) {
    throw new Error(`cairn exited with ${String(result.code)}, expected 0, 1 or 2:\n${result.stderr}`);
  }
}
