import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, expect, test } from 'vitest';
import { gitGoals, type GitGoals } from './diff-repo.js';
import { FIXTURES } from './run-cairn.js';
import { runMain } from './run-main.js';

/**
 * The pull-request comments of four typical changes, reviewed by eye once and then held: a
 * weekly check-in round, a new objective for a team, a change that moves goalposts, and a KPI
 * turned green by lowering its target.
 * CAIRN_UPDATE_GOLDEN=1 writes them afresh (then read them again before committing).
 */
let repo: GitGoals | undefined;
afterEach(async () => {
  await repo?.remove();
  repo = undefined;
});

async function held(name: string, text: string): Promise<void> {
  const path = `${FIXTURES}diff/${name}.md`;
  if (process.env.CAIRN_UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.CAIRN_UPDATE_GOLDEN !== '1') throw new Error(`${path} is missing: run with CAIRN_UPDATE_GOLDEN=1 and review it`);
    await writeFile(path, text);
  }
  expect(text).toBe(await readFile(path, 'utf8'));
}

async function comment(g: GitGoals): Promise<string> {
  g.git('checkout', '-q', '-b', 'change');
  g.commit('the change');
  const run = await runMain(['diff', 'main', 'change', 'goals', '--format', 'markdown'], { cwd: g.root });
  expect(run.code).toBe(0);
  return run.stdout;
}

test('a weekly check-in round', async () => {
  const g = (repo = await gitGoals());
  await g.edit('objectives/2026-q4/sales/deals.md', '      - { date: 2026-10-15, value: 3, note: Three signed }', '      - { date: 2026-10-15, value: 3, note: Three signed }\n      - { date: 2026-11-13, value: 5, confidence: 0.7, note: "Nordwind and Casa signed", by: "@sam" }');
  await g.edit('objectives/2026-q4/web/faster.md', '      - { date: 2026-10-20, value: 2.5 }', '      - { date: 2026-10-20, value: 2.5 }\n      - { date: 2026-11-12, value: 2.1, note: Images resized }');
  await g.edit('kpis/revenue.yaml', '  - { date: 2026-10-31, value: 99 }\n', '  - { date: 2026-10-31, value: 99 }\n  - { date: 2026-11-14, value: 104 }\n');
  await held('weekly-checkins', await comment(g));
});

test('a new objective for a team', async () => {
  const g = (repo = await gitGoals());
  await g.write(
    'objectives/2026-q4/web/accessible.md',
    ['---', 'title: Make the shop accessible', 'parent: delight', 'key_results:', '  - id: audit', '    title: Pass a WCAG 2.2 AA audit', '    done: false', '  - id: issues', '    title: Fix the 40 known issues', '    start: 40', '    target: 0', '    checkins:', '      - { date: 2026-11-10, value: 28 }', '---', 'Why it matters.', ''].join('\n'),
  );
  await held('new-objective', await comment(g));
});

test('a change that moves goalposts', async () => {
  const g = (repo = await gitGoals());
  await g.edit('objectives/2026-q4/sales/deals.md', 'target: 10', 'target: 6');
  await g.edit('objectives/2027-q1/sales/next.md', 'target: 8', 'target: 10');
  await held('moved-goalposts', await comment(g));
});

test('a KPI turned green by lowering its target', async () => {
  const g = (repo = await gitGoals());
  await g.edit('kpis/revenue.yaml', 'target: 120\n', 'target: 95\ncritical: 80\n');
  await held('kpi-target-lowered', await comment(g));
});
