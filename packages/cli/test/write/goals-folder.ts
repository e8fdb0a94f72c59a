import { cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { makeTempDir, removeTempDir } from '../run-cairn.js';

/** A small goals folder whose files use many of the layouts people write, keyed by path. */
export const GOALS: Record<string, string> = {
  'cairn.config.yaml': 'organisation: Test Co\nas_of: 2026-11-15\n',
  'periods.yaml': '# Quarters\n- id: 2026-q4\n  start: 2026-10-01\n  end: 2026-12-31\n',
  'teams.yaml': '- id: acme\n  name: Acme\n',
  'objectives/2026-q4/acme/grow.md': [
    '---',
    '# Reviewed every Friday.',
    "title: 'Grow the shop'",
    'owner: dana',
    'key_results:',
    '  - id: launch',
    '    title: Launch two products',
    '    start: 0',
    '    target: 2',
    '    checkins:',
    '      - { date: 2026-10-20, value: 1, note: "Bamboo line shipped" }  # first',
    '  - id: partners',
    '    title: Sign three partners',
    '    start: 0',
    '    target: 3',
    '  - id: label',
    '    title: Obtain the ecolabel',
    '    done: false',
    '---',
    'Why:',
    '',
    '\tTabs stay tabs.',
    '',
  ].join('\n'),
  'objectives/2026-q4/acme/windows.md': `\uFEFF${['---', 'title: Written on Windows', 'key_results:', '- id: speed', '  title: Faster pages', '  start: 5', '  target: 2', '  checkins:', '  - date: 2026-10-10', '    value: 4', '---', 'Body without a last newline'].join('\r\n')}`,
  'kpis/nps.yaml':
    'title: Net promoter score\ndirection: increase\ntarget: 40\ncritical: 20\nfrequency: monthly\nmeasurements:\n  - { date: 2026-09-30, value: 35 }\n  - { date: 2026-10-31, value: 38 }\n',
  'kpis/revenue.yaml': 'title: Revenue\ntarget: 100\nfrequency: monthly\n# measurements: see revenue.csv\n',
  'kpis/revenue.csv': 'date,value,note\r\n2026-09-30,90,\r\n2026-10-31,95,"October, late"',
  'kpis/uptime.json': '{\n  "title": "Uptime",\n  "target": 99.9,\n  "measurements": [\n    { "date": "2026-10-31", "value": 99.95 }\n  ]\n}\n',
};

/** Writes GOALS (with any files replaced or added) into a fresh temporary folder. */
export async function goalsFolder(changes: Record<string, string> = {}): Promise<string> {
  const dir = await makeTempDir('cairn-goals-');
  for (const [path, text] of Object.entries({ ...GOALS, ...changes })) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

/** A goals folder per test that asks for one, each removed after its test. */
export function goalsFolders(): (changes?: Record<string, string>) => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map(removeTempDir));
  });
  return async (changes) => {
    const dir = await goalsFolder(changes);
    made.push(dir);
    return dir;
  };
}

/** The demo company's goals folder. */
export const ACME = fileURLToPath(new URL('../../../../examples/acme', import.meta.url));

/**
 * A copy of the demo per test that asks for one, removed after its test; `under` puts the goals
 * in a folder of that name inside the copy's own folder (for a file to write beside them).
 */
export function demoCopies(): (under?: string) => Promise<{ root: string; goals: string }> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map(removeTempDir));
  });
  return async (under) => {
    const root = await makeTempDir('cairn-acme-');
    made.push(root);
    const goals = under === undefined ? root : join(root, under);
    await cp(ACME, goals, { recursive: true });
    return { root, goals };
  };
}
