import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../run-cairn.js';
import { cairn } from './capture.js';
import { ACME, demoCopies, GOALS, goalsFolder } from './goals-folder.js';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeTempDir));
});

const demo = demoCopies();
const acmeCopy = async (): Promise<string> => (await demo()).goals;

/** Every file of a folder with its bytes, to compare a whole folder before and after. */
async function contents(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = join(entry.parentPath, entry.name);
      files.set(full.slice(dir.length), await readFile(full, 'utf8'));
    }
  }
  return files;
}

describe('cairn export csv', () => {
  it('writes one row per key result with the scores, statuses, kind and parent, and the same bytes every time', async () => {
    const first = await cairn(['export', 'csv', ACME, '--no-cache']);
    expect(first.code).toBe(0);
    const rows = parse(first.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'period',
      'team',
      'objective',
      'owner',
      'key result',
      'start',
      'target',
      'current',
      'unit',
      'objective id',
      'key result id',
      'progress',
      'score',
      'key result status',
      'confidence',
      'grade',
      'status',
      'forecast',
      'kind',
      'parent',
    ]);
    expect(rows.find((r) => r['key result id'] === 'launch-products' && r['objective id'] === 'eco-leader')).toEqual({
      period: '2026-q4',
      team: 'acme',
      objective: 'Become a market leader in eco-friendly products',
      owner: 'dana',
      'key result': 'Launch two new sustainable products',
      start: '0',
      target: '2',
      current: '1',
      unit: 'products',
      'objective id': 'eco-leader',
      'key result id': 'launch-products',
      progress: '0.5',
      score: '0.666667',
      // What a review deck sorts and counts by, as the snapshot has it (and as import ignores it).
      'key result status': 'on-track',
      confidence: '0.8',
      grade: '0.7',
      status: 'on-track',
      forecast: '1',
      kind: 'aspirational',
      parent: 'sustainable-growth',
    });
    expect((await cairn(['export', 'csv', ACME, '--no-cache'])).stdout).toBe(first.stdout);
  });

  it('--period and --team keep those rows only; plain `cairn export DIR` still writes the JSON snapshot', async () => {
    const result = await cairn(['export', 'csv', ACME, '--period', '2026-q4', '--team', 'sales', '--no-cache']);
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(['2026-q4']));
    expect(new Set(rows.map((r) => r.team))).toEqual(new Set(['sales', 'field-sales', 'inside-sales']));
    const json = await cairn(['export', ACME, '--no-cache']);
    expect(JSON.parse(json.stdout).version).toBe(1);
  });

  it('--out writes the file', async () => {
    const dir = await makeTempDir();
    made.push(dir);
    const result = await cairn(['export', 'csv', ACME, '--out', join(dir, 'okrs.csv'), '--as-of', '2026-11-01', '--no-cache']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Wrote \d+ key results as of 2026-11-01 to /);
    expect((await readFile(join(dir, 'okrs.csv'), 'utf8')).startsWith('period,team,objective,')).toBe(true);
  });
});

describe('cairn import csv', () => {
  it('a round trip of the demo through a spreadsheet changes nothing', async () => {
    const dir = await acmeCopy();
    const before = await contents(dir);
    const exported = await cairn(['export', 'csv', dir, '--no-cache']);
    const sheet = join(await makeTempDir(), 'okrs.csv');
    made.push(join(sheet, '..'));
    await writeFile(sheet, exported.stdout);
    const result = await cairn(['import', 'csv', sheet, '--goals', dir, '--no-cache']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Nothing to change: 0 new objectives, 0 new key results, 0 check-ins dated 2026-11-15; \d+ rows already as the goals are\.\n$/);
    expect(await contents(dir)).toEqual(before);
    expect((await cairn(['export', 'csv', dir, '--no-cache'])).stdout).toBe(exported.stdout);
  });

  it("adds objectives, key results and check-ins from a spreadsheet, in the files' style", async () => {
    const dir = await goalsFolder();
    made.push(dir);
    const sheet = join(dir, '..', `${dir.split('/').at(-1)}-sheet.csv`);
    made.push(sheet);
    await writeFile(
      sheet,
      [
        'Period,Team,Objective,Owner,Key Result,Start,Target,Current,Unit',
        '2026-q4,acme,Grow the shop,dana,Launch two products,0,2,2,',
        '2026-q4,acme,Grow the shop,dana,Open a pop-up store,0,1,,stores',
        '2026-q4,acme,"Refills, everywhere",priya,Refill stations open,0,10,3,stations',
      ].join('\r\n'),
    );
    const result = await cairn(['import', 'csv', sheet, '--goals', dir, '--no-cache']);
    // The new objective has one key result: a quality warning, printed and not a refusal.
    expect(result.stderr).toContain('refills-everywhere.md:4:1 warning objective has only 1 key result; 2 to 5 measure it well');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 new objective, 2 new key results, 2 check-ins dated 2026-11-15; 0 rows already as the goals are');
    expect(await readFile(join(dir, 'objectives/2026-q4/acme/grow.md'), 'utf8')).toBe(
      (GOALS['objectives/2026-q4/acme/grow.md'] as string)
        .replace('# first\n', '# first\n      - { date: 2026-11-15, value: 2 }\n')
        .replace('    done: false\n', '    done: false\n  - id: open-a-pop-up-store\n    title: Open a pop-up store\n    start: 0\n    target: 1\n    unit: stores\n'),
    );
    expect(await readFile(join(dir, 'objectives/2026-q4/acme/refills-everywhere.md'), 'utf8')).toBe(
      '---\ntitle: "Refills, everywhere"\nowner: priya\nkey_results:\n  - id: refill-stations-open\n    title: Refill stations open\n    start: 0\n    target: 10\n    unit: stations\n    checkins:\n      - { date: 2026-11-15, value: 3 }\n---\n',
    );
  });

  it('reports every row it cannot use with its row number, and then writes nothing', async () => {
    const dir = await goalsFolder();
    made.push(dir);
    const before = await contents(dir);
    const sheet = join(dir, '..', `${dir.split('/').at(-1)}-bad.csv`);
    made.push(sheet);
    await writeFile(
      sheet,
      [
        'period,team,objective,key result,start,target,current',
        '2026-q4,acme,Grow the shop,Launch two products,0,2,2',
        '2026-q4,,No team,Something,0,1,',
        '2026-q4,acme,Grow the shop,Sign three partners,0,"1,000",',
        '2026-q4,acme,Grow the shop,Launch two products,1,2,',
        '2026-q4,acme,Grow the shop,A new one without numbers,,,',
      ].join('\n'),
    );
    const result = await cairn(['import', 'csv', sheet, '--goals', dir, '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        `${sheet}:3: a row needs a period, a team and an objective`,
        `${sheet}:4: target "1,000" is not a number (write it without separators: 1000)`,
        `${sheet}:5: grow#launch has start 0 in its file, 1 in the sheet; change the start in objectives/2026-q4/acme/grow.md`,
        `${sheet}:6: a new key result needs a start and a target ("A new one without numbers")`,
        '4 rows could not be used; nothing was written.',
        '',
      ].join('\n'),
    );
    expect(await contents(dir)).toEqual(before);
  });

  it('refuses a second check-in on a date that has one, and replaces it with --replace', async () => {
    const dir = await goalsFolder();
    made.push(dir);
    const before = await contents(dir);
    const sheet = join(dir, '..', `${dir.split('/').at(-1)}-same-day.csv`);
    made.push(sheet);
    await writeFile(sheet, ['period,team,objective,key result,start,target,current', '2026-q4,acme,Grow the shop,Launch two products,0,2,2'].join('\n'));
    const refused = await cairn(['import', 'csv', sheet, '--goals', dir, '--date', '2026-10-20', '--no-cache']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `${sheet}:2: grow#launch already has a check-in on 2026-10-20; add --replace to replace it, or give another --date\n1 row could not be used; nothing was written.\n`,
    );
    expect(await contents(dir)).toEqual(before);

    const replaced = await cairn(['import', 'csv', sheet, '--goals', dir, '--date', '2026-10-20', '--replace', '--no-cache']);
    expect(replaced.code).toBe(0);
    const text = await readFile(join(dir, 'objectives/2026-q4/acme/grow.md'), 'utf8');
    // One entry on that date, the sheet's value, and the rest of the file as it was.
    expect(text.match(/2026-10-20/g)).toHaveLength(1);
    expect(text).toContain('{ date: 2026-10-20, value: 2');
    expect(text).toContain('# Reviewed every Friday.');
    expect(text).toContain('\tTabs stay tabs.');
  });

  it('a new value for a key result read from a KPI is refused with the command that records it', async () => {
    const dir = await acmeCopy();
    const sheet = join(await makeTempDir(), 'kpi.csv');
    made.push(join(sheet, '..'));
    await writeFile(sheet, ['period,team,objective id,key result id,objective,key result,current', '2026-q4,sales,retail-channel,qualified-leads,x,x,95'].join('\n'));
    const result = await cairn(['import', 'csv', sheet, '--goals', dir, '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${sheet}:2: retail-channel#qualified-leads is a kpi key result; record the value on its KPI: cairn measure qualified-leads 95 --date 2026-11-15`,
    );
  });

  it('a sheet without the columns it needs is refused at row 1', async () => {
    const dir = await goalsFolder();
    made.push(dir);
    const sheet = join(dir, '..', `${dir.split('/').at(-1)}-cols.csv`);
    made.push(sheet);
    await writeFile(sheet, 'name,value\nx,1\n');
    const result = await cairn(['import', 'csv', sheet, '--goals', dir, '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${sheet}:1: the header row has no "period" column`);
  });
});
