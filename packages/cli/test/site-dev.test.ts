/** `cairn dev`: serves a goals folder, and an edited data file shows on the next request. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pc from 'picocolors';
import { afterAll, describe, expect, it } from 'vitest';
import type { Output } from '../src/output.js';
import { main } from '../src/program.js';
import { runMain } from './run-main.js';

const ACME = fileURLToPath(new URL('../../../examples/acme/', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'cairn-dev-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function copyOfDemo(name: string): string {
  const goals = join(root, name);
  cpSync(ACME, goals, { recursive: true, filter: (path) => !path.includes('node_modules') && !path.endsWith('/dist') });
  return goals;
}

async function until<T>(probe: () => Promise<T | undefined>, what: string, ms = 120_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('cairn dev', () => {
  it('serves the goals and picks up an edited data file', async () => {
    const goals = copyOfDemo('live');
    let release: () => void = () => {};
    const stop = new Promise<void>((resolve) => {
      release = resolve;
    });
    const stdout: string[] = [];
    const stderr: string[] = [];
    const output: Output = { out: (t) => stdout.push(t), err: (t) => stderr.push(t), colours: pc.createColors(false), stop };
    const run = main(['dev', goals, '--port', '0'], output);
    let ended = false;
    void run.then(() => {
      ended = true;
    });
    const url = await until(async () => (ended ? Promise.reject(new Error(stderr.join('\n'))) : /https?:\/\/\S+/.exec(stdout.join('\n'))?.[0]), 'the dev server');
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
      const page = new URL('objectives/2026-q4/eco-leader/', url.endsWith('/') ? url : `${url}/`).href;
      const before = await (await fetch(page)).text();
      expect(before).toContain('Become a market leader in eco-friendly products');

      const file = join(goals, 'objectives/2026-q4/acme/eco-leader.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: Become a market leader in eco-friendly products', 'title: Lead the market in eco-friendly homeware'));
      await until(async () => (stderr.some((line) => line.startsWith('Goals changed')) ? true : undefined), 'the change to be read');
      const after = await until(async () => {
        // The dev server restarts on each change: a refused connection means it is not back yet.
        const text = await fetch(page).then((response) => response.text(), () => '');
        return text.includes('Lead the market in eco-friendly homeware') ? text : undefined;
      }, 'the edited title on the page');
      expect(after).not.toContain('Become a market leader in eco-friendly products');
    } finally {
      release();
      expect(await run).toBe(0);
    }
    expect(stdout.join('\n')).toContain(`Serving the goals site for editing at ${url}`);
  }, 300_000);

  it('refuses a folder that is not there, and a port that is not a port', async () => {
    expect(await runMain(['dev', 'no-such-folder'])).toEqual({ code: 2, stdout: '', stderr: 'error: no such folder: no-such-folder\n' });
    expect((await runMain(['dev', ACME, '--port', '99999'])).stderr).toBe('error: --port must be a whole number from 0 to 65535, not "99999"\n');
  });
});
