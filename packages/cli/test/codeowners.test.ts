import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { gitGoals, type GitGoals } from './diff-repo.js';
import { makeTempDir, removeTempDir } from './run-cairn.js';
import { runMain } from './run-main.js';

const ACME = fileURLToPath(new URL('../../../examples/acme/', import.meta.url));
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0)) await clean();
});

async function gitRepo(): Promise<GitGoals> {
  const g = await gitGoals();
  cleanups.push(g.remove);
  return g;
}

test('on the demo: the top team reviews everything, each team its objective folders and its KPIs', async () => {
  const dir = await makeTempDir('cairn-codeowners-');
  cleanups.push(() => removeTempDir(dir));
  await cp(ACME, dir, { recursive: true });
  const run = await runMain(['codeowners', '.', '--out', '-', '--no-cache'], { cwd: dir });
  expect(run.code).toBe(0);
  const lines = run.stdout.split('\n');
  expect(lines.slice(0, 4)).toEqual([
    '# Written by `cairn codeowners` from teams.yaml: change the owners there and run it again.',
    '# Each team reviews its own objectives and KPIs; the top team reviews the shared files.',
    '',
    '/ @dana',
  ]);
  expect(lines).toContain('/objectives/*/growth/ @kai @zoe');
  expect(lines).toContain('/objectives/*/support/ @sam @hugo');
  expect(lines).toContain('/kpis/eco-revenue.yaml @jonas');
  expect(lines).toContain('/kpis/eco-revenue.csv @jonas');
  // Every team below the top with owners has its line, in the order of teams.yaml.
  const teams = (await readFile(join(dir, 'teams.yaml'), 'utf8')).match(/^- id: ([a-z0-9-]+)/gm)?.map((l) => l.slice(6)) ?? [];
  const folders = lines.filter((l) => l.startsWith('/objectives/')).map((l) => l.split('/')[3]);
  expect(folders).toEqual(teams.filter((t) => folders.includes(t)));
  expect(folders.length).toBeGreaterThan(10);
});

test('written at the top of the git repository with the goals folder as prefix; --check tells current from stale', async () => {
  const g = await gitRepo();
  expect((await runMain(['codeowners', 'goals', '--check'], { cwd: g.root })).stderr).toBe('CODEOWNERS does not exist: run cairn codeowners to write it\n');
  const write = await runMain(['codeowners', 'goals'], { cwd: g.root });
  expect(write.code).toBe(0);
  expect(write.stderr).toBe('Wrote CODEOWNERS (4 rules)\n');
  const text = await readFile(join(g.root, 'CODEOWNERS'), 'utf8');
  expect(text.split('\n').filter((l) => l.startsWith('/'))).toEqual(['/goals/ @ceo', '/goals/objectives/*/sales/ @sam', '/goals/objectives/*/web/ @wendy @acme/web-team', '/goals/kpis/revenue.yaml @sam']);
  const current = await runMain(['codeowners', 'goals', '--check'], { cwd: g.root });
  expect([current.code, current.stdout]).toEqual([0, 'CODEOWNERS is current\n']);
  await g.edit('teams.yaml', 'owners: [sam]', 'owners: [sam, ann]');
  const stale = await runMain(['codeowners', 'goals', '--check'], { cwd: g.root });
  expect([stale.code, stale.stderr]).toEqual([1, 'CODEOWNERS is not current with teams.yaml: run cairn codeowners to write it again\n']);
  expect(await readFile(join(g.root, 'CODEOWNERS'), 'utf8')).toBe(text);
});

test('a team without owners is reviewed by the nearest team above it; an owner with a space is left out and named', async () => {
  const g = await gitRepo();
  await g.write('teams.yaml', ['- { id: acme, name: Acme, owners: [ceo] }', '- { id: sales, name: Sales, parent: acme, owners: ["sam", "Sam Smith", "ops@acme.example"] }', '- { id: emea, name: EMEA, parent: sales }', '- { id: web, name: Web, parent: acme }', ''].join('\n'));
  await g.write('cairn.config.yaml', 'as_of: 2026-11-15\nsite: { directory: company/goals }\n');
  const run = await runMain(['codeowners', 'goals', '--out', '-'], { cwd: g.root });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('/company/goals/objectives/*/sales/ @sam ops@acme.example\n/company/goals/objectives/*/emea/ @sam ops@acme.example\n');
  expect(run.stderr).toBe('warning: owner "Sam Smith" of team sales cannot stand in CODEOWNERS (no spaces or #); left out\n');
});

test('teams.yaml with errors: nothing is written', async () => {
  const g = await gitRepo();
  await writeFile(join(g.goals, 'teams.yaml'), '- id: acme\n  owners: ceo\n');
  const run = await runMain(['codeowners', 'goals'], { cwd: g.root });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('teams.yaml has errors: fix them first, CODEOWNERS is written from it');
  await expect(readFile(join(g.root, 'CODEOWNERS'), 'utf8')).rejects.toThrow();
});
