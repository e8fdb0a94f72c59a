import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigSchema, jsonSchemas, KpiSchema, ObjectiveSchema, PeriodsFileSchema, TeamsFileSchema } from '@cairn/core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runMain } from './run-main.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TEMPLATE = join(ROOT, 'examples/goals-repo');
const WORKFLOWS = ['.github/workflows/pull-request.yml', '.github/workflows/site.yml', '.github/workflows/record-kpis.yml', '.gitlab-ci.yml'];

/**
 * A copy of the template as a company's own repository: a first commit, then a pull request's
 * commit that adds a check-in. It sits under the monorepo's node_modules/.cache (ignored by git),
 * so `cairn build` finds the site's packages as an installed template would.
 */
let copy = '';
let base = '';
const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: copy, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim();

beforeAll(async () => {
  const cache = join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  copy = mkdtempSync(join(cache, 'cairn-template-test-'));
  await cp(TEMPLATE, copy, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'start from the template');
  base = git('rev-parse', 'HEAD');
  git('switch', '-q', '-c', 'check-in');
  const run = await runMain(['checkin', 'launch-app#weekly-users', '450', '--date', '2026-11-20', '--note', 'Public launch week', '--no-cache'], { cwd: copy });
  expect(run.code).toBe(0);
  git('commit', '-q', '-am', 'weekly check-in');
});

afterAll(async () => {
  if (copy !== '') await rm(copy, { recursive: true, force: true });
});

/** The values CI would give the variables the commands use. */
function variables(): Record<string, string> {
  return { BASE: base, BASE_PATH: '/goals/', CI_PROJECT_NAME: 'goals', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' };
}

/** Shell words of one command line: variables filled in, quotes removed, redirections and `|| …` cut off. */
function words(line: string): string[] {
  const vars = variables();
  const command = line.split(/\s(?:>|\|\|)\s/)[0] ?? '';
  const filled = command.replace(/\$\{(\w+):-([^}]*)\}|\$\{(\w+)\}|\$(\w+)/g, (_m, withDefault: string, fallback: string, braced: string, bare: string) => {
    const name = withDefault ?? braced ?? bare;
    const value = vars[name];
    if (value !== undefined) return value;
    if (fallback !== undefined) return fallback;
    throw new Error(`no test value for $${name} in: ${line}`);
  });
  return [...filled.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** Every shell line of a workflow: GitHub steps' `run`, GitLab jobs' `script`. */
function shellLines(file: string, doc: Record<string, unknown>): string[] {
  const lines: string[] = [];
  const add = (text: unknown): void => {
    if (typeof text === 'string') lines.push(...text.split('\n').map((l) => l.trim()));
  };
  if (file.endsWith('.gitlab-ci.yml')) {
    for (const job of Object.values(doc)) {
      if (job && typeof job === 'object' && !Array.isArray(job)) for (const key of ['before_script', 'script']) for (const l of ((job as Record<string, unknown>)[key] as unknown[]) ?? []) add(l);
    }
    for (const l of (doc.before_script as unknown[]) ?? []) add(l);
  } else {
    for (const job of Object.values(doc.jobs as Record<string, { steps?: { run?: string }[] }>)) for (const step of job.steps ?? []) add(step.run);
  }
  return lines.filter((l) => l !== '' && !l.startsWith('#'));
}

async function workflowLines(): Promise<string[]> {
  const all: string[] = [];
  for (const file of WORKFLOWS) all.push(...shellLines(file, parse(await readFile(join(TEMPLATE, file), 'utf8')) as Record<string, unknown>));
  return all;
}

describe('the goals-repository template', () => {
  test('validates with no problems, warnings included', async () => {
    const run = await runMain(['validate', TEMPLATE, '--strict', '--no-cache']);
    expect([run.code, run.stdout]).toEqual([0, '✔ 7 files checked: no problems\n']);
  });

  test('every workflow file is YAML, and the GitHub ones have jobs with steps', async () => {
    for (const file of WORKFLOWS) {
      const doc = parse(await readFile(join(TEMPLATE, file), 'utf8')) as Record<string, unknown>;
      expect(doc, file).toBeTypeOf('object');
      if (file.startsWith('.github')) expect(Object.keys(doc.jobs as object).length, file).toBeGreaterThan(0);
    }
    const lines = await workflowLines();
    expect(lines.filter((l) => l.startsWith('npx cairn ')).length).toBeGreaterThanOrEqual(10);
  });

  test('every cairn command the workflows call runs on a pull request of the template', { timeout: 400_000 }, async () => {
    const commands = [...new Set((await workflowLines()).filter((l) => l.startsWith('npx cairn ')))];
    const ran: string[] = [];
    for (const line of commands) {
      const args = words(line).slice(2);
      const run = await runMain([...args, ...(args[0] === 'build' ? [] : ['--no-cache'].filter(() => ['validate', 'codeowners'].includes(args[0] ?? '')))], { cwd: copy });
      expect({ line, code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ line, code: 0, stderr: '' });
      ran.push(args[0] ?? '');
      if (line.includes('--format markdown')) {
        // The template pins no as-of date, so the scores are today's: the shape is what is held.
        expect(run.stdout.split('\n')[0]).toBe('<!-- cairn-diff -->');
        expect(run.stdout.split('\n')[1]).toMatch(/^### Cairn: 1 check-in added · Q4 2026 0\.\d+ → 0\.\d+$/);
        expect(run.stdout).toContain('| `launch-app#weekly-users` | 2026-11-20 | 450 | Public launch week |');
      }
      // What a step redirects to a file, the next steps read.
      const redirect = / > (\S+)/.exec(line)?.[1];
      if (redirect !== undefined) await writeFile(join(copy, redirect), run.stdout);
      if (line.includes('--format codequality')) expect(run.stdout).toBe('[]\n');
      if (line.includes('--format github')) expect(run.stdout).toBe('');
    }
    expect(new Set(ran)).toEqual(new Set(['validate', 'codeowners', 'diff', 'build']));
    expect(existsSync(join(copy, 'site/index.html'))).toBe(true);
    expect(existsSync(join(copy, 'public/index.html'))).toBe(true);
  });

  test('a pull request that does not validate still gets its comment and the review rules, and its check fails', async () => {
    git('switch', '-q', '-c', 'invalid', base);
    const objective = join(copy, 'objectives/2026-q4/product/launch-app.md');
    await writeFile(objective, (await readFile(objective, 'utf8')).replace('    target: 2000\n', '    target: 30%\n'));
    git('commit', '-q', '-am', 'a target written with a percent sign');
    try {
      const github = await runGithubJob(parse(await readFile(join(TEMPLATE, '.github/workflows/pull-request.yml'), 'utf8')) as GithubWorkflow, 'check');
      expect(github.steps).toEqual([
        ['checkout', 'success'],
        ['setup-node', 'success'],
        ['npm ci', 'success'],
        ['Validate (annotations on the changed lines)', 'failure'],
        ['CODEOWNERS matches teams.yaml', 'success'],
        ['What the change does', 'success'],
        ['Post or update the comment', 'success'],
        ['Review rules (review in cairn.config.yaml)', 'failure'],
      ]);
      expect(github.result).toBe('failure');
      expect(github.comment.split('\n').slice(0, 2)).toEqual(['<!-- cairn-diff -->', '### Cairn: The change makes the goals invalid: 1 error']);
      const gitlab = parse(await readFile(join(TEMPLATE, '.gitlab-ci.yml'), 'utf8')) as Record<string, GitlabJob>;
      // Jobs of one stage run side by side: the comment does not wait for validate.
      expect([gitlab.diff?.stage, gitlab.diff?.needs]).toEqual([gitlab.validate?.stage, undefined]);
      expect(await runGitlabJob(gitlab.validate)).toEqual({ code: 1, ran: ['validate', 'validate', 'codeowners'] });
      expect(await runGitlabJob(gitlab.diff)).toEqual({ code: 1, ran: ['diff', 'scripts/merge-request-comment.mjs', 'diff'] });
    } finally {
      git('switch', '-q', 'check-in');
    }
  });

  test('the scripts the workflows call run: measurements recorded once from a file, the comment script waits for GitLab', async () => {
    const scripts = (await workflowLines()).filter((l) => l.startsWith('node scripts/'));
    expect(scripts.map((l) => words(l)[1])).toEqual(['scripts/record-measurements.mjs', 'scripts/merge-request-comment.mjs', 'scripts/record-measurements.mjs']);
    for (const line of scripts) {
      const [, script, ...args] = words(line);
      const run = spawnSync(process.execPath, [join(TEMPLATE, script ?? ''), ...args], { cwd: copy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect({ line, status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ line, status: 0, stderr: '' });
      if (script === 'scripts/merge-request-comment.mjs') expect(run.stdout).toBe('not posted: run in a merge-request pipeline with GOALS_BOT_TOKEN set\n');
    }
    const csv = await readFile(join(copy, 'kpis/revenue.csv'), 'utf8');
    expect(csv.match(/^2026-11-30,109000,November close$/gm)).toHaveLength(1);
    // Run again, as the weekly job does with the same file: nothing changes, not even the last newline.
    const script = (JSON.parse(await readFile(join(TEMPLATE, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['record-measurements'] ?? '';
    const again = spawnSync(process.execPath, words(script).slice(1).map((w, i) => (i === 0 ? join(TEMPLATE, w) : w)), { cwd: copy, encoding: 'utf8' });
    expect({ status: again.status, stderr: again.stderr }).toEqual({ status: 0, stderr: '' });
    expect(await readFile(join(copy, 'kpis/revenue.csv'), 'utf8')).toBe(csv);
    expect(csv.endsWith('\n')).toBe(true);
    git('checkout', '-q', '--', 'kpis');
  });

  test('the measurement job reads a CSV from an address, and names rows it cannot use', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end('kpi,date,value,note\nrevenue,2026-11-30,111000,"From the BI tool, final"\nrevenue,,5,\n');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/kpis.csv`;
    try {
      const run = await execFileAsync(process.execPath, [join(TEMPLATE, 'scripts/record-measurements.mjs'), url, '.'], copy);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('row 3: needs kpi, date and value');
      expect(run.stdout).toContain('1 measurement recorded, 1 row not used');
      expect(await readFile(join(copy, 'kpis/revenue.csv'), 'utf8')).toContain('2026-11-30,111000,"From the BI tool, final"');
    } finally {
      server.close();
      git('checkout', '-q', '--', 'kpis');
    }
  });

  test('the commands the README tells a contributor to run work, in order', async () => {
    const readme = await readFile(join(TEMPLATE, 'README.md'), 'utf8');
    const lines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => (m[1] ?? '').split('\n')).filter((l) => l.startsWith('npx cairn '));
    expect(lines.map((l) => words(l)[2])).toEqual(['checkin', 'new', 'new', 'new', 'new', 'measure', 'validate', 'diff']);
    for (const line of lines) {
      const run = await runMain([...words(line).slice(2), ...(line.includes(' diff ') ? [] : ['--no-cache'])], { cwd: copy });
      expect({ line, code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ line, code: 0, stderr: '' });
      if (line.includes(' new kpi ')) expect(run.stdout).toContain('Updated CODEOWNERS, as this change gives new review rules:\n  + /kpis/repeat-orders.yaml @sam\n');
    }
    // The new KPI of a team kept CODEOWNERS current, as the pull request's check wants.
    const check = await runMain(['codeowners', '.', '--check', '--no-cache'], { cwd: copy });
    expect([check.code, check.stdout]).toEqual([0, 'CODEOWNERS is current\n']);
    git('checkout', '-q', '--', '.');
    git('clean', '-qfd', 'objectives', 'kpis');
  });

  test('what the README says fails the check does, and what it calls a warning does not', async () => {
    const readme = (await readFile(join(TEMPLATE, 'README.md'), 'utf8')).replace(/\s+/g, ' ');
    const objective = 'objectives/2026-q4/product/launch-app.md';
    const examples: { said: string; severity: 'error' | 'warning'; rule: string; file: string; edit: [string, string] }[] = [
      { said: 'a `target` written `30%`', severity: 'error', rule: 'number-format', file: objective, edit: ['    target: 2000\n', '    target: 30%\n'] },
      { said: 'an unknown team', severity: 'error', rule: 'unknown-team', file: 'kpis/revenue.yaml', edit: ['team: company\n', 'team: finance\n'] },
      { said: 'a date that does not exist', severity: 'error', rule: 'invalid-date', file: objective, edit: ['date: 2026-11-02', 'date: 2026-11-31'] },
      { said: 'a key result with no `target`, which scores 0 until it has one', severity: 'warning', rule: 'no-measure', file: objective, edit: ['    start: 0\n    target: 2000\n', ''] },
    ];
    const errors = /an error \(([^)]*)\) fails the check/.exec(readme)?.[1] ?? '';
    const warnings = /a warning \((.*?)\) does not\./.exec(readme)?.[1] ?? '';
    for (const example of examples) {
      expect(example.severity === 'error' ? errors : warnings, example.said).toContain(example.said);
      const original = await readFile(join(copy, example.file), 'utf8');
      expect(original, example.said).toContain(example.edit[0]);
      await writeFile(join(copy, example.file), original.replace(...example.edit));
      try {
        const run = await runMain(['validate', '.', '--format', 'json', '--no-cache'], { cwd: copy });
        const problems = JSON.parse(run.stdout) as { severity: string; code: string }[];
        expect({ said: example.said, code: run.code, problems: problems.map((p) => [p.severity, p.code]) }).toEqual({ said: example.said, code: example.severity === 'error' ? 1 : 0, problems: [[example.severity, example.rule]] });
      } finally {
        await writeFile(join(copy, example.file), original);
      }
    }
  });

  test('CODEOWNERS and the schemas are what cairn writes today', async () => {
    // Outside any git repository, so the patterns are those of a repository of its own.
    const plain = mkdtempSync(join(tmpdir(), 'cairn-template-plain-'));
    try {
      await cp(TEMPLATE, plain, { recursive: true });
      await rm(join(plain, 'CODEOWNERS'));
      const outside = await runMain(['codeowners', plain, '--out', '-', '--no-cache']);
      expect(`${outside.stdout}`).toBe(await readFile(join(TEMPLATE, 'CODEOWNERS'), 'utf8'));
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
    const schemas = jsonSchemas();
    for (const name of readdirSync(join(TEMPLATE, 'schemas'))) {
      const kind = name.replace('.schema.json', '');
      expect(JSON.parse(await readFile(join(TEMPLATE, 'schemas', name), 'utf8')), name).toEqual(schemas[kind]);
    }
  });

  test('.gitignore keeps node_modules and the folder the build script writes out of the commits', async () => {
    const ignored = (await readFile(join(TEMPLATE, '.gitignore'), 'utf8')).split('\n');
    const pkg = JSON.parse(await readFile(join(TEMPLATE, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const out = /--out (\S+)/.exec(pkg.scripts.build ?? '')?.[1];
    expect(out).toBeDefined();
    expect(ignored).toContain('node_modules/');
    expect(ignored).toContain(`${out}/`);
  });

  test('package.json depends on the published @cairn/cli by version, and the monorepo does not install it as a workspace', async () => {
    const pkg = JSON.parse(await readFile(join(TEMPLATE, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const versionOf = async (folder: string): Promise<string> => (JSON.parse(await readFile(join(ROOT, folder, 'package.json'), 'utf8')) as { version: string }).version;
    const folders = { '@cairn/core': 'packages/core', '@cairn/cli': 'packages/cli', '@cairn/elements': 'packages/elements', '@cairn/site': 'apps/site' } as const;
    // The versions the packages have today: a range above them finds nothing to install.
    for (const name of ['@cairn/cli', '@cairn/site'] as const) expect(pkg.devDependencies[name], name).toBe(`^${await versionOf(folders[name])}`);
    // The README's tarballs are the names npm pack gives the packages at these versions.
    const readme = await readFile(join(TEMPLATE, 'README.md'), 'utf8');
    const tarballs = [...readme.matchAll(/\.\/vendor\/(cairn-[a-z]+-[\d.]+\.tgz)/g)].map((m) => m[1]);
    const packed = await Promise.all(Object.entries(folders).map(async ([name, folder]) => `${name.slice(1).replace('/', '-')}-${await versionOf(folder)}.tgz`));
    expect(tarballs).toEqual(packed);
    const root = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] };
    expect(root.workspaces).toContain('!examples/goals-repo');
    const lock = JSON.parse(await readFile(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    expect(lock.packages['examples/goals-repo']).toBeUndefined();
    expect(lock.packages['node_modules/example-co-goals']).toBeUndefined();
  });
});

describe('editor support in the template', () => {
  const kinds = { config: ConfigSchema, periods: PeriodsFileSchema, teams: TeamsFileSchema, kpi: KpiSchema, objective: ObjectiveSchema } as const;

  test('.vscode/settings.json maps each file kind to its schema, and the template files it matches fit them', async () => {
    const settings = JSON.parse(await readFile(join(TEMPLATE, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]>; 'json.schemas': { fileMatch: string[]; url: string }[] };
    const files = execFileSync('git', ['ls-files', '--others', '--cached', '--exclude-standard', '.'], { cwd: TEMPLATE, encoding: 'utf8' }).split('\n').filter(Boolean);
    let checked = 0;
    for (const [schemaPath, globs] of Object.entries(settings['yaml.schemas'])) {
      const kind = /schemas\/(\w+)\.schema\.json$/.exec(schemaPath)?.[1] as keyof typeof kinds;
      expect(existsSync(join(TEMPLATE, schemaPath)), schemaPath).toBe(true);
      expect(kinds[kind], schemaPath).toBeDefined();
      for (const file of files.filter((f) => globs.some((g) => globMatch(g, f)))) {
        const result = kinds[kind].safeParse(parse(await readFile(join(TEMPLATE, file), 'utf8')));
        expect(result.success, `${file} against ${schemaPath}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBe(4);
    for (const entry of settings['json.schemas']) expect(existsSync(join(TEMPLATE, entry.url)), entry.url).toBe(true);
  });

  test('every yaml-language-server line points at an existing schema of the right kind', async () => {
    const expected: Record<string, string> = { 'cairn.config.yaml': 'config', 'periods.yaml': 'periods', 'teams.yaml': 'teams', 'kpis/revenue.yaml': 'kpi' };
    for (const [file, kind] of Object.entries(expected)) {
      const first = (await readFile(join(TEMPLATE, file), 'utf8')).split('\n')[0] ?? '';
      const path = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1] ?? '';
      expect(resolve(dirname(join(TEMPLATE, file)), path), file).toBe(join(TEMPLATE, 'schemas', `${kind}.schema.json`));
    }
  });

  test('the validate task’s problem matcher reads every problem cairn reports, front matter included', async () => {
    const tasks = JSON.parse(await readFile(join(TEMPLATE, '.vscode/tasks.json'), 'utf8')) as { tasks: { command: string; problemMatcher: { pattern: { regexp: string; file: number; line: number; column: number; message: number; severity: number } } }[] };
    const task = tasks.tasks[0];
    if (!task) throw new Error('no task');
    const broken = mkdtempSync(join(ROOT, 'node_modules/.cache/cairn-template-broken-'));
    try {
      await cp(TEMPLATE, broken, { recursive: true });
      const objective = join(broken, 'objectives/2026-q4/product/launch-app.md');
      const text = await readFile(objective, 'utf8');
      await writeFile(objective, text.replace('    target: 2000\n', '    target: 2_000\n'));
      const run = await runMain([...words(task.command).slice(2), '--no-cache'], { cwd: broken });
      const json = JSON.parse((await runMain(['validate', '.', '--format', 'json', '--no-cache'], { cwd: broken })).stdout) as { file: string; line: number; column: number; severity: string }[];
      const { pattern } = task.problemMatcher;
      const found = run.stdout.trim().split('\n').map((line) => new RegExp(pattern.regexp).exec(line)).map((m) => ({ file: m?.[pattern.file], line: Number(m?.[pattern.line]), column: Number(m?.[pattern.column]), severity: m?.[pattern.severity] }));
      expect(json.length).toBeGreaterThan(0);
      expect(found).toEqual(json.map((p) => ({ file: p.file, line: p.line, column: p.column, severity: p.severity })));
      expect(found[0]?.file).toBe('objectives/2026-q4/product/launch-app.md');
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });
});

interface GithubStep {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  'continue-on-error'?: boolean;
}
interface GithubWorkflow {
  jobs: Record<string, { steps: GithubStep[] }>;
}
interface GitlabJob {
  stage?: string;
  needs?: unknown;
  script?: string[];
}

/**
 * Runs a GitHub job's steps as the runner would: each step's `if:` decides (default `success()`),
 * a failed step fails the job unless it continues on error. Actions count as passing; the comment
 * step "posts" the file the diff step wrote.
 */
async function runGithubJob(workflow: GithubWorkflow, name: string): Promise<{ steps: [string, string][]; result: string; comment: string }> {
  const steps: [string, string][] = [];
  const outcomes = new Map<string, string>();
  let failed = false;
  let comment = '';
  for (const step of workflow.jobs[name]?.steps ?? []) {
    const label = step.name ?? step.uses?.replace(/^actions\/|@.*$/g, '') ?? step.run ?? '';
    let outcome = 'skipped';
    if (githubCondition(step.if ?? 'success()', { failed, outcomes })) {
      outcome = 'success';
      if (step.run?.startsWith('npx cairn ')) {
        const line = (step.run ?? '').trim();
        const run = await runMain(words(line).slice(2), { cwd: copy });
        const redirect = / > (\S+)/.exec(line)?.[1];
        if (redirect !== undefined) await writeFile(join(copy, redirect), run.stdout);
        if (run.code !== 0 && !line.endsWith('|| true')) outcome = 'failure';
      } else if (step.uses?.startsWith('actions/github-script')) {
        comment = await readFile(join(copy, 'cairn-diff.md'), 'utf8');
        if (comment.trim() === '') outcome = 'failure';
      }
    }
    if (outcome === 'failure' && step['continue-on-error'] !== true) failed = true;
    if (step.id !== undefined) outcomes.set(step.id, outcome);
    steps.push([label, outcome]);
  }
  return { steps, result: failed ? 'failure' : 'success', comment };
}

/** GitHub's `if:` expressions as the template writes them: status functions, `steps.<id>.outcome == '…'`, `!`, `&&`, `||`, brackets. */
function githubCondition(expression: string, state: { failed: boolean; outcomes: Map<string, string> }): boolean {
  const source = expression.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const tokens = source.match(/&&|\|\||==|!=|!|\(|\)|'[^']*'|[\w.-]+\(\)|[\w.-]+/g) ?? [];
  let at = 0;
  const value = (): boolean | string => {
    const token = tokens[at++];
    if (token === '!') return !value();
    if (token === '(') {
      const inner = or();
      at += 1;
      return inner;
    }
    if (token === 'success()') return !state.failed;
    if (token === 'failure()') return state.failed;
    if (token === 'always()') return true;
    if (token === 'cancelled()') return false;
    if (token?.startsWith("'")) return token.slice(1, -1);
    const step = /^steps\.([\w-]+)\.(outcome|conclusion)$/.exec(token ?? '');
    if (step) return state.outcomes.get(step[1] ?? '') ?? '';
    throw new Error(`the test cannot read "${token}" in: ${expression}`);
  };
  const compared = (): boolean | string => {
    const left = value();
    if (tokens[at] !== '==' && tokens[at] !== '!=') return left;
    const equal = tokens[at++] === '==';
    return (left === value()) === equal;
  };
  const and = (): boolean => {
    let result = Boolean(compared());
    while (tokens[at] === '&&') {
      at += 1;
      result = Boolean(compared()) && result;
    }
    return result;
  };
  const or = (): boolean => {
    let result = and();
    while (tokens[at] === '||') {
      at += 1;
      result = and() || result;
    }
    return result;
  };
  return or();
}

/**
 * Runs a GitLab job's script as its shell would: a failing line ends the job unless `|| …`
 * catches it (`|| status=…` remembers a failure), `exit ${status:-0}` ends it with that status.
 * Lines other than cairn and the template's scripts count as passing.
 */
async function runGitlabJob(job: GitlabJob | undefined): Promise<{ code: number; ran: string[] }> {
  const ran: string[] = [];
  let status = 0;
  for (const line of (job?.script ?? []).map((l) => l.trim())) {
    if (/^exit \$\{status:-0\}$/.test(line)) return { code: status, ran };
    let code = 0;
    if (line.startsWith('npx cairn ')) {
      const run = await runMain(words(line).slice(2), { cwd: copy });
      const redirect = / > (\S+)/.exec(line)?.[1];
      if (redirect !== undefined) await writeFile(join(copy, redirect), run.stdout);
      code = run.code ?? 1;
      ran.push(words(line)[2] ?? '');
    } else if (line.startsWith('node scripts/')) {
      const [, script, ...args] = words(line);
      code = spawnSync(process.execPath, [join(TEMPLATE, script ?? ''), ...args], { cwd: copy, encoding: 'utf8' }).status ?? 1;
      ran.push(script ?? '');
    }
    const caught = / \|\| (.+)$/.exec(line)?.[1];
    if (code !== 0 && caught === undefined) return { code, ran };
    if (code !== 0 && caught?.startsWith('status=')) status = code;
  }
  return { code: 0, ran };
}

/** The glob forms the settings use: `*` within a folder, `**` across folders. */
function globMatch(glob: string, path: string): boolean {
  const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*');
  return new RegExp(`^${source}$`).test(path);
}

function execFileAsync(file: string, args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(file, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}
