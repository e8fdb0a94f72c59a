import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, test } from 'vitest';
import { gitGoals, type GitGoals } from './diff-repo.js';
import { runMain } from './run-main.js';

let repo: GitGoals | undefined;
afterEach(async () => {
  await repo?.remove();
  repo = undefined;
});

/** Commits what is staged as if it were made at `when` (UTC), as a week of pull requests would be. */
function commitAt(g: GitGoals, when: string, message: string): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when };
  execFileSync('git', ['add', '-A'], { cwd: g.root, env });
  execFileSync('git', ['commit', '-q', '-m', message], { cwd: g.root, env });
  return g.git('rev-parse', 'HEAD');
}

describe('cairn diff --since: a weekly review without naming a commit', () => {
  test('compares with the last commit made before the day, in a clone without a reflog too', async () => {
    const g = await gitGoals();
    repo = g;
    g.git('commit', '-q', '--amend', '--no-edit', '--date=2026-11-20T09:00:00Z');
    await g.edit('objectives/2026-q4/sales/deals.md', '      - { date: 2026-10-15, value: 3, note: Three signed }', '      - { date: 2026-10-15, value: 3, note: Three signed }\n      - { date: 2026-11-06, value: 5 }');
    const lastWeek = commitAt(g, '2026-11-30T23:30:00Z', 'last check-in of November');
    await g.edit('objectives/2026-q4/sales/deals.md', '      - { date: 2026-11-06, value: 5 }', '      - { date: 2026-11-06, value: 5 }\n      - { date: 2026-11-12, value: 7, confidence: 0.6 }');
    commitAt(g, '2026-12-02T10:00:00Z', 'a check-in this week');
    const run = await runMain(['diff', '--since', '2026-12-01', 'HEAD', 'goals', '--format', 'json'], { cwd: g.root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { base: string; diff: { checkinsAdded: { ref: string; date: string; value: number }[] } };
    expect(report.base).toBe(`${lastWeek.slice(0, 7)} (the last commit before 2026-12-01)`);
    expect(report.diff.checkinsAdded.map((c) => [c.ref, c.date, c.value])).toEqual([['deals#close', '2026-11-12', 7]]);
  });

  test('a day before every commit, a day that does not exist, and a base named beside --since', async () => {
    const g = await gitGoals();
    repo = g;
    expect(await runMain(['diff', '--since', '2000-01-01', 'HEAD', 'goals'], { cwd: g.root })).toMatchObject({
      code: 2,
      stderr: 'error: no commit of HEAD was made before 2000-01-01 (UTC); give an earlier --since, or name a base\n',
    });
    const impossible = await runMain(['diff', '--since', '2026-02-30', 'HEAD', 'goals'], { cwd: g.root });
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain('February 2026 has 28 days');
    expect((await runMain(['diff', '--since', '2026-12-01', 'main', 'HEAD', 'goals'], { cwd: g.root })).stderr).toBe(
      'error: with --since, cairn diff takes at most two words (head and the goals folder), not 3\n',
    );
  });
});
