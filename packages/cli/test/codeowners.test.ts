import { existsSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
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
  expect([stale.code, stale.stderr]).toEqual([
    1,
    [
      "CODEOWNERS is not current with teams.yaml and the KPIs' teams:",
      '  missing line: /goals/objectives/*/sales/ @sam @ann',
      '  missing line: /goals/kpis/revenue.yaml @sam @ann',
      '  extra line:   /goals/objectives/*/sales/ @sam',
      '  extra line:   /goals/kpis/revenue.yaml @sam',
      'Run cairn codeowners to write it again and commit it with the change (a new team, KPI or KPI CSV file changes it too).',
      '',
    ].join('\n'),
  ]);
  expect(await readFile(join(g.root, 'CODEOWNERS'), 'utf8')).toBe(text);
});

test('--check names the KPI files a new KPI or CSV adds, and a reordered file', async () => {
  const g = await gitRepo();
  expect((await runMain(['codeowners', 'goals'], { cwd: g.root })).code).toBe(0);
  await g.write('kpis/churn.yaml', 'title: Churn\nteam: sales\ndirection: decrease\ntarget: 2\n');
  await g.write('kpis/revenue.csv', 'date,value\n2026-11-30,104\n');
  const stale = await runMain(['codeowners', 'goals', '--check', '--no-cache'], { cwd: g.root });
  expect([stale.code, stale.stderr.split('\n').slice(0, 3)]).toEqual([1, ["CODEOWNERS is not current with teams.yaml and the KPIs' teams:", '  missing line: /goals/kpis/churn.yaml @sam', '  missing line: /goals/kpis/revenue.csv @sam']]);
  expect((await runMain(['codeowners', 'goals'], { cwd: g.root })).code).toBe(0);
  const text = await readFile(join(g.root, 'CODEOWNERS'), 'utf8');
  // The top rule last would win over every team's: the order matters.
  await writeFile(join(g.root, 'CODEOWNERS'), `${text.replace('/goals/ @ceo\n', '')}/goals/ @ceo\n`);
  const moved = await runMain(['codeowners', 'goals', '--check', '--no-cache'], { cwd: g.root });
  expect([moved.code, moved.stderr.split('\n')[1]]).toEqual([1, '  the same rules, but in another order or with other comments or blank lines']);
});

test('cairn new kpi of a team updates a current CODEOWNERS, says so, and the check passes', async () => {
  const g = await gitRepo();
  expect((await runMain(['codeowners', 'goals'], { cwd: g.root })).code).toBe(0);
  const before = await readFile(join(g.root, 'CODEOWNERS'), 'utf8');
  const dry = await runMain(['new', 'kpi', 'nps', '--title', 'Net promoter score', '--team', 'web', '--goals', 'goals', '--dry-run'], { cwd: g.root });
  expect(dry.stdout).toContain('Would update CODEOWNERS, as this change gives new review rules:\n  + /goals/kpis/nps.yaml @wendy @acme/web-team\nNothing was written (--dry-run).\n');
  expect(await readFile(join(g.root, 'CODEOWNERS'), 'utf8')).toBe(before);
  const run = await runMain(['new', 'kpi', 'nps', '--title', 'Net promoter score', '--team', 'web', '--goals', 'goals'], { cwd: g.root });
  expect([run.code, run.stdout]).toEqual([
    0,
    'Created goals/kpis/nps.yaml: KPI nps\nRecord values with: cairn measure nps VALUE\nUpdated CODEOWNERS, as this change gives new review rules:\n  + /goals/kpis/nps.yaml @wendy @acme/web-team\n',
  ]);
  expect(await readFile(join(g.root, 'CODEOWNERS'), 'utf8')).toBe(before.replace('/goals/kpis/revenue.yaml', '/goals/kpis/nps.yaml @wendy @acme/web-team\n/goals/kpis/revenue.yaml'));
  expect((await runMain(['codeowners', 'goals', '--check', '--no-cache'], { cwd: g.root })).code).toBe(0);
  // A new team below one with owners gets its folder line; a new objective changes nothing.
  const team = await runMain(['new', 'team', 'emea', '--name', 'EMEA', '--parent', 'sales', '--goals', 'goals', '--json'], { cwd: g.root });
  expect((JSON.parse(team.stdout) as { codeowners: unknown }).codeowners).toEqual({ file: 'CODEOWNERS', updated: true, added: ['/goals/objectives/*/emea/ @sam'], removed: [] });
  const objective = await runMain(['new', 'objective', '--period', '2026-q4', '--team', 'emea', '--title', 'Open Madrid', '--goals', 'goals'], { cwd: g.root });
  expect([objective.code, objective.stdout.includes('CODEOWNERS')]).toEqual([0, false]);
  expect((await runMain(['codeowners', 'goals', '--check', '--no-cache'], { cwd: g.root })).code).toBe(0);
});

test('cairn new leaves a hand-edited CODEOWNERS alone and names the rules it needs', async () => {
  const g = await gitRepo();
  expect((await runMain(['codeowners', 'goals'], { cwd: g.root })).code).toBe(0);
  const edited = `${await readFile(join(g.root, 'CODEOWNERS'), 'utf8')}/docs/ @writer\n`;
  await writeFile(join(g.root, 'CODEOWNERS'), edited);
  const run = await runMain(['new', 'kpi', 'nps', '--title', 'Net promoter score', '--team', 'sales', '--goals', 'goals'], { cwd: g.root });
  expect([run.code, run.stdout.split('\n').slice(2).join('\n')]).toEqual([
    0,
    [
      'CODEOWNERS was not what cairn codeowners writes even before this change, so it is left as it is; this change needs these rules:',
      '  + /goals/kpis/nps.yaml @sam',
      'Run cairn codeowners to write it again (it replaces the whole file), or add them by hand.',
      '',
    ].join('\n'),
  ]);
  expect(await readFile(join(g.root, 'CODEOWNERS'), 'utf8')).toBe(edited);
  // A CODEOWNERS of the repository's own (not cairn's), or none: nothing is said or written.
  await writeFile(join(g.root, 'CODEOWNERS'), '* @everyone\n');
  const own = await runMain(['new', 'kpi', 'arr', '--title', 'Annual revenue', '--team', 'sales', '--goals', 'goals'], { cwd: g.root });
  expect([own.code, own.stdout.includes('CODEOWNERS')]).toEqual([0, false]);
  expect(await readFile(join(g.root, 'CODEOWNERS'), 'utf8')).toBe('* @everyone\n');
  await rm(join(g.root, 'CODEOWNERS'));
  const none = await runMain(['new', 'kpi', 'csat', '--title', 'Satisfaction', '--team', 'sales', '--goals', 'goals'], { cwd: g.root });
  expect([none.code, none.stdout.includes('CODEOWNERS')]).toEqual([0, false]);
  expect(existsSync(join(g.root, 'CODEOWNERS'))).toBe(false);
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
