import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../src/node/index.js';

const acme = fileURLToPath(new URL('../../../examples/acme/', import.meta.url));
const cwd = process.cwd();
let root: string | undefined;

afterAll(async () => {
  process.chdir(cwd);
  if (root) await rm(root, { recursive: true, force: true });
});

// A company runs `cairn build` inside its own goals repository: no node_modules above it.
it('builds a goals folder outside any package tree, started from inside that folder', async () => {
  root = await mkdtemp(join(tmpdir(), 'cairn-anywhere-'));
  const goals = join(root, 'goals');
  await cp(acme, goals, { recursive: true, filter: (path) => !/[/\\](dist|node_modules)$/.test(path) });
  process.chdir(goals);
  const result = await buildSite({ goalsDir: '.', outDir: 'public-site', audience: 'public' });
  expect(process.cwd()).toBe(goals);
  expect(result.outDir).toBe(join(goals, 'public-site'));
  expect(result.pages).toBeGreaterThan(20);
  const home = await readFile(join(goals, 'public-site', 'index.html'), 'utf8');
  expect(home).toContain('<okr-card');
});
