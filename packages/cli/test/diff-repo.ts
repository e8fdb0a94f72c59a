import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { makeTempDir } from './run-cairn.js';

/** A small goals folder with umbrellas, a roll-up, a closed, a running and a coming period. */
export const DIFF_GOALS: Record<string, string> = {
  'cairn.config.yaml': 'organisation: Test Co\nas_of: 2026-11-15\n',
  'periods.yaml': [
    '- { id: 2026-q3, name: Q3 2026, start: 2026-07-01, end: 2026-09-30 }',
    '- { id: 2026-q4, name: Q4 2026, start: 2026-10-01, end: 2026-12-31 }',
    '- { id: 2027-q1, name: Q1 2027, start: 2027-01-01, end: 2027-03-31 }',
    '',
  ].join('\n'),
  'teams.yaml': [
    '- { id: acme, name: Acme, owners: [ceo] }',
    '- { id: sales, name: Sales, parent: acme, owners: [sam] }',
    '- { id: web, name: Web, parent: acme, owners: [wendy, "@acme/web-team"] }',
    '',
  ].join('\n'),
  'objectives/2026-q4/acme/grow.md': '---\ntitle: Grow the business\n---\nUmbrella.\n',
  'objectives/2026-q4/acme/delight.md': '---\ntitle: Delight customers\n---\nUmbrella.\n',
  'objectives/2026-q4/sales/deals.md': [
    '---',
    'title: Close more deals',
    'parent: grow',
    'key_results:',
    '  - id: close',
    '    title: Close ten deals',
    '    start: 0',
    '    target: 10',
    '    checkins:',
    '      - { date: 2026-10-15, value: 3, note: Three signed }',
    '---',
    '',
  ].join('\n'),
  'objectives/2026-q4/web/faster.md': [
    '---',
    'title: Faster pages',
    'parent: delight',
    'key_results:',
    '  - id: load-time',
    '    title: Cut load time to 1.5 s',
    '    start: 3',
    '    target: 1.5',
    '    unit: s',
    '    checkins:',
    '      - { date: 2026-10-20, value: 2.5 }',
    '  - id: revenue',
    '    title: Revenue to 120',
    '    kpi: revenue',
    '    start: 90',
    '    target: 120',
    '---',
    '',
  ].join('\n'),
  'objectives/2026-q3/sales/old.md': ['---', 'title: Summer deals', 'key_results:', '  - id: summer', '    title: Five summer deals', '    start: 0', '    target: 5', '    checkins:', '      - { date: 2026-09-20, value: 4 }', '---', ''].join('\n'),
  'objectives/2027-q1/sales/next.md': ['---', 'title: Next year deals', 'key_results:', '  - id: pipeline', '    title: Eight deals in the pipeline', '    start: 0', '    target: 8', '---', ''].join('\n'),
  'kpis/revenue.yaml': 'title: Revenue\nteam: sales\ntarget: 120\nfrequency: monthly\nmeasurements:\n  - { date: 2026-09-30, value: 90 }\n  - { date: 2026-10-31, value: 99 }\n',
};

export interface GitGoals {
  /** The repository's top folder. */
  root: string;
  /** The goals folder inside it. */
  goals: string;
  git: (...args: string[]) => string;
  write: (path: string, text: string) => Promise<void>;
  read: (path: string) => Promise<string>;
  /** Replaces one exact piece of a goals file; fails loudly if it is not there once. */
  edit: (path: string, from: string, to: string) => Promise<void>;
  commit: (message: string) => string;
  remove: () => Promise<void>;
}

/** A git repository in a temporary folder whose first commit is the goals folder under `goals/`. */
export async function gitGoals(files: Record<string, string> = DIFF_GOALS, folder = 'goals'): Promise<GitGoals> {
  const root = await makeTempDir('cairn-diff-');
  const goals = folder === '' ? root : join(root, folder);
  const env = { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: root };
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' }).trim();
  const write = async (path: string, text: string): Promise<void> => {
    await mkdir(dirname(join(goals, path)), { recursive: true });
    await writeFile(join(goals, path), text);
  };
  const read = (path: string): Promise<string> => readFile(join(goals, path), 'utf8');
  const edit = async (path: string, from: string, to: string): Promise<void> => {
    const text = await read(path);
    if (text.split(from).length !== 2) throw new Error(`${path} does not hold ${JSON.stringify(from)} exactly once`);
    await write(path, text.replace(from, to));
  };
  const commit = (message: string): string => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  git('init', '-q', '-b', 'main');
  for (const [path, text] of Object.entries(files)) await write(path, text);
  commit('goals');
  return { root, goals, git, write, read, edit, commit, remove: () => rm(root, { recursive: true, force: true }) };
}
