import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../run-main.js';
import { cairn } from './capture.js';
import { GOALS, goalsFolders } from './goals-folder.js';

const folder = goalsFolders();

const GROW = 'objectives/2026-q4/acme/grow.md';
const original = GOALS[GROW] as string;

async function read(dir: string, path: string): Promise<string> {
  return readFile(join(dir, path), 'utf8');
}

describe('cairn checkin', () => {
  it('adds one flow row after the last, dated as of the repository, and prints the change', async () => {
    const dir = await folder();
    const result = await cairn(['checkin', 'grow#launch', '2', '--confidence', '0.9', '--note', 'Cork line: shipped', '--by', 'priya', '--goals', dir, '--no-cache']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await read(dir, GROW)).toBe(original.replace('# first\n', '# first\n      - { date: 2026-11-15, value: 2, confidence: 0.9, note: "Cork line: shipped", by: priya }\n'));
    expect(result.stdout).toContain('Recorded grow#launch = 2 on 2026-11-15 in ');
    expect(result.stdout).toContain('  key result  Launch two products: progress 0.5 → 1, on-track → done\n');
    expect(result.stdout).toContain('  objective   Grow the shop: score 0.17 → 0.33, off-track → at-risk\n');
    expect(result.stdout).toContain('  period      2026-q4: score 0.25 → 0.33\n');
  });

  it('run from inside the goals folder without --goals, works on the goals folder above, as validate does', async () => {
    const dir = await folder();
    const result = await runMain(['checkin', 'grow#launch', '2', '--no-cache'], { cwd: join(dir, 'objectives', '2026-q4') });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Recorded grow#launch = 2 on 2026-11-15 in acme/grow.md\n');
    expect(await read(dir, GROW)).toContain('      - { date: 2026-11-15, value: 2 }\n');
  });

  it('adds the checkins list to a key result without one', async () => {
    const dir = await folder();
    const result = await cairn(['checkin', 'grow#partners', '1', '--date', '2026-11-01', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(0);
    expect(await read(dir, GROW)).toBe(original.replace('    target: 3\n', '    target: 3\n    checkins:\n      - { date: 2026-11-01, value: 1 }\n'));
  });

  it('writes a block mapping, CRLF, into a file with a byte-order mark and no last newline', async () => {
    const dir = await folder();
    const file = 'objectives/2026-q4/acme/windows.md';
    const result = await cairn(['checkin', 'windows#speed', '3.5', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(0);
    expect(await read(dir, file)).toBe((GOALS[file] as string).replace('    value: 4\r\n', '    value: 4\r\n  - date: 2026-11-15\r\n    value: 3.5\r\n'));
  });

  it('refuses a value for a key result read from a KPI, naming the command that records it, and writes nothing', async () => {
    const dir = await folder();
    const file = 'objectives/2026-q4/acme/revenue-goal.md';
    const text = '---\ntitle: Grow revenue\nkey_results:\n  - id: rev\n    title: Revenue to 120\n    kpi: revenue\n    target: 120\n---\n';
    await writeFile(join(dir, file), text);
    const result = await cairn(['checkin', 'revenue-goal#rev', '110', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("error: revenue-goal#rev is measured through the KPI revenue, so a check-in's value would not count; record the value with cairn measure revenue 110\n");
    expect(await read(dir, file)).toBe(text);
  });

  it('marks a milestone done with --done', async () => {
    const dir = await folder();
    const result = await cairn(['checkin', 'grow#label', '--done', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(0);
    expect(await read(dir, GROW)).toBe(original.replace('    done: false\n', '    done: false\n    checkins:\n      - { date: 2026-11-15, value: true }\n'));
    expect(result.stdout).toContain('  key result  Obtain the ecolabel: progress 0 → 1');
  });

  it('--done on a key result with a list of steps says it counts them all done, and how to mark one', async () => {
    const file = 'objectives/2026-q4/acme/release.md';
    const steps = ['    milestones:', '      - { title: Beta, done: true }', '      - { title: App Store, done: false }', '      - { title: Play Store, done: false }'];
    const dir = await folder({ [file]: ['---', 'title: Release the app', 'key_results:', '  - id: stores', '    title: In both stores', ...steps, '  - id: users', '    title: Users', '    start: 0', '    target: 10', '---', ''].join('\n') });
    const result = await cairn(['checkin', 'release#stores', '--done', '--goals', dir, '--no-cache']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout.split('\n').slice(1, 2)).toEqual(['  key result  In both stores: progress 0.33 → 1, at-risk → done']);
    expect(result.stdout).toContain(
      `  milestones  all 3 milestones count as done from this date, though the list marks 1 of 3 done; to mark one step done instead, set its done: true in ${relative(process.cwd(), join(dir, file))} (the command line has no way to tick one step), or give the share done, 0 to 1, as the value\n`,
    );
    const json = await cairn(['checkin', 'release#stores', 'true', '--date', '2026-11-16', '--json', '--dry-run', '--goals', dir, '--no-cache']);
    expect((JSON.parse(json.stdout) as { milestones: unknown }).milestones).toEqual({ total: 3, doneInList: 1 });
    // A plain milestone (done: false, no steps) gets no such line.
    const plain = await cairn(['checkin', 'grow#label', '--done', '--goals', dir, '--no-cache']);
    expect([plain.code, plain.stdout.includes('milestones')]).toEqual([0, false]);
  });

  it('asks for --replace for a second check-in on one day, and replaces the row with it', async () => {
    const dir = await folder();
    const again = await cairn(['checkin', 'grow#launch', '2', '--date', '2026-10-20', '--goals', dir, '--no-cache']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('error: grow#launch already has a check-in on 2026-10-20; add --replace to replace it, or give another --date\n');
    expect(await read(dir, GROW)).toBe(original);
    const replaced = await cairn(['checkin', 'grow#launch', '2', '--date', '2026-10-20', '--replace', '--goals', dir, '--no-cache']);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('Replaced grow#launch = 2 on 2026-10-20');
    expect(await read(dir, GROW)).toBe(original.replace('{ date: 2026-10-20, value: 1, note: "Bamboo line shipped" }', '{ date: 2026-10-20, value: 2 }'));
  });

  it('--dry-run prints the diff and writes nothing', async () => {
    const dir = await folder();
    const result = await cairn(['checkin', 'grow#launch', '2', '--dry-run', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      [
        `--- a/${GROW}`,
        `+++ b/${GROW}`,
        '@@ -9,6 +9,7 @@',
        '     target: 2',
        '     checkins:',
        '       - { date: 2026-10-20, value: 1, note: "Bamboo line shipped" }  # first',
        '+      - { date: 2026-11-15, value: 2 }',
        '   - id: partners',
      ].join('\n'),
    );
    expect(result.stdout).toContain('Would record grow#launch = 2 on 2026-11-15');
    expect(result.stdout).toContain('Nothing was written (--dry-run).');
    expect(await read(dir, GROW)).toBe(original);
  });

  it('--json answers with the entry and the scores before and after', async () => {
    const dir = await folder();
    const result = await cairn(['checkin', 'grow#launch', '2', '--json', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({
      written: true,
      replaced: false,
      keyResult: 'grow#launch',
      entry: { date: '2026-11-15', value: 2 },
      before: { keyResult: { current: 1, progress: 0.5 }, period: { id: '2026-q4' } },
      after: { keyResult: { current: 2, progress: 1, status: 'done' } },
    });
    expect(answer.after.objectives.grow.score).toBeCloseTo(1 / 3, 6);
  });

  it('refuses a value that would make the goals invalid, with the located message validate gives, and leaves the file as it was', async () => {
    const dir = await folder();
    const before = await stat(join(dir, GROW));
    const result = await cairn(['checkin', 'grow#label', '1.5', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${relative(process.cwd(), join(dir, GROW))}:20:36 error a milestone check-in value is true, false or a share from 0 to 1, not 1.5`);
    expect(result.stderr).toContain('Nothing was written: with this change the goals would not be valid.');
    expect(result.stdout).toBe('');
    expect(await read(dir, GROW)).toBe(original);
    const after = await stat(join(dir, GROW));
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('refuses a confidence out of range with the schema message', async () => {
    const dir = await folder();
    const result = await cairn(['checkin', 'grow#launch', '2', '--confidence', '1.2', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/grow\.md:12:\d+ error /);
    expect(result.stderr).toContain('confidence');
    expect(await read(dir, GROW)).toBe(original);
  });

  it('names what is wrong with the reference', async () => {
    const dir = await folder();
    const cases: [string[], string][] = [
      [['checkin', 'grow', '2'], 'error: give the key result as OBJECTIVE#KR, not "grow": grow is an objective; its key results are grow#launch, grow#partners, grow#label\n'],
      [['checkin', 'partners', '2'], 'error: give the key result as OBJECTIVE#KR, not "partners": did you mean grow#partners?\n'],
      [['checkin', 'growth', '2'], 'error: give the key result as OBJECTIVE#KR, e.g. eco-leader#launch-products, not "growth"\n'],
      [['checkin', 'grow#launch#2', '2'], 'error: give the key result as OBJECTIVE#KR, e.g. eco-leader#launch-products, not "grow#launch#2"\n'],
      [['checkin', 'grow#nope', '2'], 'error: the objective grow has no key result "nope"; its key results are launch, partners, label\n'],
      // Validate's hints, from the core: 1,5 could be 1.5 or 15, so it gets none.
      [['checkin', 'grow#launch', '1,5'], 'error: the value must be a number, not "1,5"\n'],
      [['checkin', 'grow#launch', '45%'], 'error: the value must be a number, not "45%"; write 45 (no quotes, thousands separators or units)\n'],
      [['checkin', 'grow#launch', '1,000'], 'error: the value must be a number, not "1,000"; write 1000 (no quotes, thousands separators or units)\n'],
      [['checkin', 'grow#launch', '2', '--confidence', '70%'], 'error: --confidence must be a number, not "70%"; confidence is a share from 0 to 1: write 0.7 for 70 %\n'],
      [['checkin', 'grow#launch'], 'error: give the value of grow#launch, e.g. cairn checkin grow#launch 42\n'],
      [['checkin', 'grow#launch', '2', '--date', '2026-02-30'], 'error: --date 2026-02-30: that day does not exist; February 2026 has 28 days\n'],
      [['checkin', 'grow#launch', '2', '--date', '1900-02-29'], 'error: --date 1900-02-29: that day does not exist; February 1900 has 28 days\n'],
      [['checkin', 'grow#launch', '2', '--date', '2026-2-3'], 'error: --date must be a date written YYYY-MM-DD, not "2026-2-3"; write 2026-02-03\n'],
      [['checkin', 'grow#launch', '2', '--date', '31/12/2026'], 'error: --date must be a date written YYYY-MM-DD, not "31/12/2026"; write 2026-12-31\n'],
      [['checkin', 'grow#launch', '2', '--date', '3/10/2026'], 'error: --date must be a date written YYYY-MM-DD, not "3/10/2026"; write 2026-10-03 for 3 October or 2026-03-10 for 10 March\n'],
      [['checkin', 'grow#launch', '2', '--date', 'tomorrow'], 'error: --date must be a date written YYYY-MM-DD, not "tomorrow"\n'],
      [['checkin', 'grow#launch', '--done'], 'error: --done is for milestone key results; grow#launch is a metric key result: give its value\n'],
    ];
    for (const [args, message] of cases) {
      const result = await cairn([...args, '--goals', dir, '--no-cache']);
      expect(result.stderr).toBe(message);
      expect(result.code).toBe(2);
    }
    const unknown = await cairn(['checkin', 'grwo#launch', '2', '--goals', dir, '--no-cache']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: no objective "grwo" in .*$/m);
    expect(await read(dir, GROW)).toBe(original);
  });

  it('two check-ins on one file at once both land', async () => {
    const dir = await folder();
    const [a, b] = await Promise.all([
      cairn(['checkin', 'grow#launch', '2', '--goals', dir, '--no-cache']),
      cairn(['checkin', 'grow#partners', '1', '--goals', dir, '--no-cache']),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const text = await read(dir, GROW);
    expect(text).toContain('      - { date: 2026-11-15, value: 2 }\n');
    expect(text).toContain('    checkins:\n      - { date: 2026-11-15, value: 1 }\n');
  });
});

describe('cairn checkin and the cache', () => {
  it('a first run fills the cache; a later check-in reads it and leaves it as it was', async () => {
    const dir = await folder();
    const cacheDir = await mkdtemp(join(tmpdir(), 'cairn-cache-'));
    try {
      expect((await cairn(['checkin', 'grow#launch', '2', '--goals', dir, '--cache-dir', cacheDir])).code).toBe(0);
      const [file] = await readdir(cacheDir);
      expect(file).toMatch(/^checked-[0-9a-f]{16}\.txt$/);
      const filled = await readFile(join(cacheDir, file as string), 'utf8');
      expect(await cairn(['checkin', 'grow#partners', '1', '--goals', dir, '--cache-dir', cacheDir])).toMatchObject({ code: 0, stderr: '' });
      expect(await readFile(join(cacheDir, file as string), 'utf8')).toBe(filled);
      expect(await read(dir, GROW)).toContain('    checkins:\n      - { date: 2026-11-15, value: 1 }\n');
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
