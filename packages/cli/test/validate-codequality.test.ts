import { expect, test } from 'vitest';
import { runMain } from './run-main.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

test('--format codequality writes a GitLab code-quality report: one issue per problem, located, stable', async () => {
  const json = await runMain(['validate', 'fixtures/errors', '--format', 'json', '--no-cache']);
  const problems = JSON.parse(json.stdout) as { file: string; line: number; severity: string; message: string; code: string }[];
  const run = await runMain(['validate', 'fixtures/errors', '--format', 'codequality', '--no-cache']);
  expect(run.code).toBe(1);
  const issues = JSON.parse(run.stdout) as Issue[];
  expect(issues).toHaveLength(problems.length);
  expect(problems.length).toBeGreaterThan(0);
  issues.forEach((issue, i) => {
    const p = problems[i];
    expect(issue.location).toEqual({ path: `fixtures/errors/${p?.file}`, lines: { begin: p?.line } });
    expect(issue.severity).toBe(p?.severity === 'error' ? 'major' : 'minor');
    expect(issue.check_name).toBe(`cairn ${p?.code}`);
    expect(issue.description.startsWith(p?.message ?? '?')).toBe(true);
    expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
  expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  const again = await runMain(['validate', 'fixtures/errors', '--format', 'codequality', '--no-cache']);
  expect(again.stdout).toBe(run.stdout);
});

test('--format codequality on valid goals is an empty report', async () => {
  const run = await runMain(['validate', 'fixtures/valid', '--format', 'codequality', '--no-cache']);
  expect([run.code, run.stdout]).toEqual([0, '[]\n']);
});
