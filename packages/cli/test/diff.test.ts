import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { gitGoals, type GitGoals } from './diff-repo.js';
import { runMain } from './run-main.js';

interface JsonReport {
  base: string;
  head: string;
  headProblems: { file: string; line: number; message: string }[];
  diff: {
    asOf: string;
    changes: { kind: string; change: string; id: string; file: string; line: number; from?: string; fields: string[] }[];
    checkinsAdded: { ref: string; date: string; value: number }[];
    checkinsRemoved: { ref: string; date: string; value: number }[];
    measurementsAdded: { ref: string; date: string; value: number }[];
    goalposts: { ref: string; field: string; before: number | null; after: number | null; phase: string; line: number }[];
    scores: { kind: string; id: string; period: string | null; before: { score: number; grade: number | null; status: string | null } | null; after: { score: number; grade: number | null; status: string | null } | null }[];
    findings: { rule: string; severity: string; message: string; file: string; line: number }[];
  } | null;
}

let repo: GitGoals | undefined;
afterEach(async () => {
  await repo?.remove();
  repo = undefined;
});

async function setUp(): Promise<GitGoals> {
  repo = await gitGoals();
  return repo;
}

async function json(g: GitGoals, ...args: string[]): Promise<{ code: number | null; report: JsonReport; stderr: string }> {
  const run = await runMain(['diff', ...args, '--format', 'json'], { cwd: g.root });
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

const CHECKIN = '      - { date: 2026-10-15, value: 3, note: Three signed }';

describe('cairn diff', () => {
  test('a check-in in the work tree: listed, and the objective, its umbrella, its team and the period move', async () => {
    const g = await setUp();
    await g.edit('objectives/2026-q4/sales/deals.md', CHECKIN, `${CHECKIN}\n      - { date: 2026-11-10, value: 6, note: Three more }`);
    const { code, report } = await json(g, 'main', 'goals', '--check');
    expect(code).toBe(0);
    expect(report.head).toBe('work tree');
    const diff = report.diff;
    expect(diff?.checkinsAdded).toEqual([expect.objectContaining({ ref: 'deals#close', date: '2026-11-10', value: 6 })]);
    expect(diff?.changes).toEqual([]);
    const scores = Object.fromEntries((diff?.scores ?? []).map((s) => [`${s.kind}:${s.id}`, [s.before?.score, s.after?.score]]));
    expect(scores['objective:deals']).toEqual([0.3, 0.6]);
    expect(scores['objective:grow']).toEqual([0.3, 0.6]);
    expect(scores['team:sales']).toEqual([0.3, 0.6]);
    expect(Object.keys(scores)).toContain('period:2026-q4');
    expect(Object.keys(scores)).not.toContain('objective:delight');
    expect(diff?.findings).toEqual([]);
  });

  test('pretty output starts with the summary and shows the score before → after', async () => {
    const g = await setUp();
    await g.edit('objectives/2026-q4/sales/deals.md', CHECKIN, `${CHECKIN}\n      - { date: 2026-11-10, value: 6 }`);
    const run = await runMain(['diff', 'main', 'goals'], { cwd: g.root });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('1 check-in added · Q4 2026 0.31 → 0.46');
    expect(lines[1]).toBe('main → work tree, scored as of 2026-11-15');
    expect(run.stdout).toMatch(/objective\s+deals\s+0\.30 0\.3 at-risk\s+0\.60 0\.6 on-track\s+\+0\.30/);
    expect(lines).toContain('Before and after: score, grade (the score to one decimal) and status; the change is in the score.');
  });

  test('git mv of an objective to another team is a rename, with the team as the changed field', async () => {
    const g = await setUp();
    await g.write('objectives/2026-q4/web/.keep', '');
    g.git('mv', 'goals/objectives/2026-q4/sales/deals.md', 'goals/objectives/2026-q4/web/deals.md');
    const head = g.commit('move deals to web');
    const { code, report } = await json(g, 'main~1', head.slice(0, 12), 'goals');
    expect(code).toBe(0);
    expect(report.diff?.changes).toEqual([expect.objectContaining({ kind: 'objective', change: 'renamed', id: 'deals', from: 'objectives/2026-q4/sales/deals.md', file: 'objectives/2026-q4/web/deals.md', fields: ['team'] })]);
    const teams = report.diff?.scores.filter((s) => s.kind === 'team').map((s) => [s.id, s.before?.score ?? null, s.after?.score ?? null]);
    expect(teams).toEqual(expect.arrayContaining([['sales', 0.3, null]]));
    expect(teams?.find((t) => t[0] === 'web')?.[1]).not.toBe(teams?.find((t) => t[0] === 'web')?.[2]);
  });

  test('an objective deleted is listed as removed and its scores go', async () => {
    const g = await setUp();
    g.git('rm', '-q', 'goals/objectives/2026-q4/web/faster.md');
    g.commit('drop faster');
    const { report } = await json(g, 'HEAD~1', 'HEAD', 'goals');
    expect(report.diff?.changes).toEqual([expect.objectContaining({ kind: 'objective', change: 'removed', id: 'faster', file: 'objectives/2026-q4/web/faster.md' })]);
    expect(report.diff?.scores).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'objective', id: 'faster', after: null })]));
  });

  test('a target moved before its period starts is no goalpost; during it, a warning; after it ends, an error for --check', async () => {
    const g = await setUp();
    await g.edit('objectives/2027-q1/sales/next.md', 'target: 8', 'target: 12');
    await g.edit('objectives/2026-q4/sales/deals.md', 'target: 10', 'target: 6');
    await g.edit('objectives/2026-q3/sales/old.md', 'target: 5', 'target: 4');
    const { code, report, stderr } = await json(g, 'main', 'goals', '--check');
    const goalposts = report.diff?.goalposts.map((p) => [p.ref, p.field, p.before, p.after, p.phase]);
    expect(goalposts).toEqual([
      ['old#summer', 'target', 5, 4, 'after'],
      ['deals#close', 'target', 10, 6, 'during'],
      ['next#pipeline', 'target', 8, 12, 'before'],
    ]);
    expect(report.diff?.findings.map((f) => [f.rule, f.severity, f.message, `${f.file}:${f.line}`])).toEqual([
      ['closed_period_targets', 'error', 'target of old#summer changed from 5 to 4 after period 2026-q3 ended', 'objectives/2026-q3/sales/old.md:7'],
      ['moved_goalposts', 'warning', 'target of deals#close changed from 10 to 6 while period 2026-q4 is running', 'objectives/2026-q4/sales/deals.md:8'],
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe('1 review check failed (rules in cairn.config.yaml under review:)\n');
  });

  test('review rules in cairn.config.yaml turn a check off or make a warning fail', async () => {
    const g = await setUp();
    await g.edit('cairn.config.yaml', 'as_of: 2026-11-15\n', 'as_of: 2026-11-15\nreview:\n  closed_period_targets: off\n  moved_goalposts: error\n');
    g.commit('rules');
    await g.edit('objectives/2026-q3/sales/old.md', 'target: 5', 'target: 4');
    expect((await json(g, 'HEAD', 'goals', '--check')).code).toBe(0);
    await g.edit('objectives/2026-q4/sales/deals.md', 'target: 10', 'target: 6');
    const { code, report } = await json(g, 'HEAD', 'goals', '--check');
    expect(code).toBe(1);
    expect(report.diff?.findings.map((f) => [f.rule, f.severity])).toEqual([['moved_goalposts', 'error']]);
  });

  test('a parent change moves the roll-up of both umbrellas, and is its own explanation', async () => {
    const g = await setUp();
    await g.edit('objectives/2026-q4/sales/deals.md', 'parent: grow', 'parent: delight');
    const { code, report } = await json(g, 'main', 'goals', '--check');
    expect(code).toBe(0);
    expect(report.diff?.changes).toEqual([expect.objectContaining({ kind: 'objective', change: 'edited', id: 'deals', fields: ['parent'] })]);
    const umbrellas = report.diff?.scores.filter((s) => s.kind === 'objective').map((s) => [s.id, s.before?.score, s.after?.score, s.after?.status]);
    expect(umbrellas).toEqual([
      ['delight', 0.316667, 0.308333, 'at-risk'],
      ['grow', 0.3, 0, 'off-track'],
    ]);
    expect(report.diff?.findings).toEqual([]);
  });

  test('a check-in rewritten after the fact changes a score with nothing explaining it: --check fails', async () => {
    const g = await setUp();
    await g.edit('objectives/2026-q4/sales/deals.md', 'value: 3, note: Three signed', 'value: 5, note: Three signed');
    const { code, report } = await json(g, 'main', 'goals', '--check');
    expect(code).toBe(1);
    expect(report.diff?.checkinsRemoved).toEqual([expect.objectContaining({ ref: 'deals#close', date: '2026-10-15', value: 3, now: 5 })]);
    expect(report.diff?.checkinsAdded).toEqual([]);
    expect(report.diff?.findings.map((f) => f.message)).toEqual([
      'score of grow changed from 0.30 to 0.50 with no check-in explaining it',
      'score of deals changed from 0.30 to 0.50 with no check-in explaining it: 1 check-in was rewritten or removed',
    ]);
    // Without --check the same diff is only a report.
    expect((await json(g, 'main', 'goals')).code).toBe(0);
  });

  test('a renamed file is one score row "(was old-id)"; a rewritten check-in in it still fails --check', async () => {
    const g = await setUp();
    g.git('mv', 'goals/objectives/2026-q4/sales/deals.md', 'goals/objectives/2026-q4/sales/more-deals.md');
    g.commit('rename deals');
    // A rename alone moves no score: before, it showed as one objective gone and another come.
    const renamed = await json(g, 'main~1', 'main', 'goals', '--check');
    expect(renamed.code).toBe(0);
    expect(renamed.report.diff?.scores).toEqual([]);
    expect(renamed.report.diff?.changes).toEqual([expect.objectContaining({ kind: 'objective', change: 'renamed', id: 'more-deals', from: 'deals' })]);
    await g.edit('objectives/2026-q4/sales/more-deals.md', 'value: 3, note: Three signed', 'value: 5, note: Three signed');
    const run = await runMain(['diff', 'main~1', 'goals', '--check'], { cwd: g.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/objective\s+more-deals \(was deals\)\s+0\.30 0\.3 at-risk\s+0\.50 0\.5 on-track\s+\+0\.20/);
    expect(run.stdout).toContain('score of more-deals changed from 0.30 to 0.50 with no check-in explaining it: 1 check-in was rewritten or removed');
    const markdown = await runMain(['diff', 'main~1', 'goals', '--format', 'markdown'], { cwd: g.root });
    expect(markdown.stdout).toContain('Close more deals `more-deals` (was `deals`)');
  });

  test('a KPI measurement added explains the key result that reads it', async () => {
    const g = await setUp();
    await g.edit('kpis/revenue.yaml', '  - { date: 2026-10-31, value: 99 }\n', '  - { date: 2026-10-31, value: 99 }\n  - { date: 2026-11-14, value: 105 }\n');
    const { code, report } = await json(g, 'main', 'goals', '--check');
    expect(code).toBe(0);
    expect(report.diff?.measurementsAdded).toEqual([expect.objectContaining({ ref: 'revenue', date: '2026-11-14', value: 105 })]);
    expect(report.diff?.scores.map((s) => `${s.kind}:${s.id}`)).toContain('objective:faster');
  });

  test('a commit that makes the data invalid is reported as such, exit 1, nothing compared', async () => {
    const g = await setUp();
    await g.edit('objectives/2026-q4/sales/deals.md', 'target: 10', 'target: ten');
    await g.edit('periods.yaml', '- { id: 2027-q1', '- { id: 2027-q1, start: [');
    const head = g.commit('break');
    const run = await runMain(['diff', 'HEAD~1', head, 'goals', '--format', 'markdown'], { cwd: g.root });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['<!-- cairn-diff -->', '### Cairn: The change makes the goals invalid: 2 errors']);
    expect(run.stdout).toContain('`objectives/2026-q4/sales/deals.md:8:13`');
    expect(run.stderr).toBe(`the goals at ${head} do not validate; run cairn validate to see every problem\n`);
    // The other way round the base is the broken one: items are compared, scores are not.
    const back = await json(g, head, 'HEAD~1', 'goals');
    expect(back.code).toBe(0);
    expect(back.report.diff?.scores).toEqual([]);
  });

  test('comparing two commits reads git objects only: work-tree edits are not seen and nothing is touched', async () => {
    const g = await setUp();
    await g.edit('objectives/2026-q4/sales/deals.md', CHECKIN, `${CHECKIN}\n      - { date: 2026-11-10, value: 6 }`);
    g.commit('check-in');
    await g.edit('objectives/2026-q4/sales/deals.md', 'title: Close more deals', 'title: Close many deals');
    await g.write('objectives/2026-q4/sales/untracked.md', '---\ntitle: Not committed\n---\n');
    const status = g.git('status', '--porcelain');
    const text = await g.read('objectives/2026-q4/sales/deals.md');
    const { report } = await json(g, 'HEAD~1', 'HEAD', 'goals');
    expect(report.diff?.checkinsAdded.map((c) => c.date)).toEqual(['2026-11-10']);
    expect(report.diff?.changes).toEqual([]);
    expect(g.git('status', '--porcelain')).toBe(status);
    expect(await g.read('objectives/2026-q4/sales/deals.md')).toBe(text);
  });

  test('a goals folder at the top of the repository, and the default folder "."', async () => {
    repo = await gitGoals(undefined, '');
    await repo.edit('objectives/2026-q4/sales/deals.md', CHECKIN, `${CHECKIN}\n      - { date: 2026-11-10, value: 6 }`);
    const { report } = await json(repo, 'main');
    expect(report.diff?.checkinsAdded).toHaveLength(1);
  });

  test('a base without the goals folder: everything is added, nothing crashes', async () => {
    const g = await setUp();
    g.git('checkout', '-q', '--orphan', 'empty');
    g.git('rm', '-rqf', '--cached', '.');
    g.git('commit', '-q', '--allow-empty', '-m', 'nothing yet');
    g.git('checkout', '-qf', 'main');
    const { code, report } = await json(g, 'empty', 'main', 'goals');
    expect(code).toBe(0);
    const added = report.diff?.changes.filter((c) => c.change === 'added').map((c) => `${c.kind}:${c.id}`);
    // An added objective brings its key results; they are not listed once more.
    expect(added).toEqual(['period:2026-q3', 'period:2026-q4', 'period:2027-q1', 'team:acme', 'team:sales', 'team:web', 'kpi:revenue', 'objective:old', 'objective:delight', 'objective:grow', 'objective:deals', 'objective:faster', 'objective:next']);
    expect(report.diff?.changes.every((c) => c.change === 'added')).toBe(true);
    expect(report.diff?.scores.find((s) => s.kind === 'objective' && s.id === 'deals')?.before).toBeNull();
  });

  test('nothing changed: one line, no tables', async () => {
    const g = await setUp();
    const run = await runMain(['diff', 'main', 'goals', '--format', 'markdown'], { cwd: g.root });
    expect(run.stdout).toBe('<!-- cairn-diff -->\n### Cairn: No changes to goals\n\nCompared `main` with `work tree`, both scored as of 2026-11-15.\n');
  });

  test('bad calls are usage errors with a plain message', async () => {
    const g = await setUp();
    const unknown = await runMain(['diff', 'no-such-branch', 'goals'], { cwd: g.root });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(`error: "no-such-branch" names no commit in the repository at ${g.root}\n`);
    const option = await runMain(['diff', '--upload-pack=x', 'goals'], { cwd: g.root });
    expect(option.code).toBe(2);
    const outside = await runMain(['diff', 'main', '.'], { cwd: join(g.root, '..') });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe('error: . is not inside a git repository; cairn diff compares commits\n');
  });

  test('titles cannot break the markdown comment', async () => {
    const g = await setUp();
    await g.edit('objectives/2026-q4/sales/deals.md', 'title: Close more deals', "title: 'Deals | <img src=x> @everyone **now**'");
    const run = await runMain(['diff', 'main', 'goals', '--format', 'markdown'], { cwd: g.root });
    expect(run.stdout).toContain('| edited | objective | Deals \\| \\<img src=x\\> @\u200beveryone \\*\\*now\\*\\* `deals` | title |');
    expect(run.stdout).not.toMatch(/(?<!\\)<img/);
  });
});

test('the markdown marker is the first line, so CI can find and update its one comment', async () => {
  const text = await readFile(new URL('../src/diff/format-markdown.ts', import.meta.url), 'utf8');
  expect(text).toContain("export const COMMENT_MARKER = '<!-- cairn-diff -->'");
});
