import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cairn } from './capture.js';
import { GOALS, goalsFolders } from './goals-folder.js';

const folder = goalsFolders();

function read(dir: string, path: string): Promise<string> {
  return readFile(join(dir, path), 'utf8');
}

describe('cairn new', () => {
  it('objective: writes the file in the period and team folders, with an id from the title', async () => {
    const dir = await folder();
    const result = await cairn([
      'new',
      'objective',
      '--period',
      '2026-q4',
      '--team',
      'acme',
      '--title',
      'Ship the refill range: phase 1',
      '--owner',
      'priya',
      '--kind',
      'committed',
      '--goals',
      dir,
      '--no-cache',
    ]);
    expect(result.code).toBe(0);
    expect(await read(dir, 'objectives/2026-q4/acme/ship-the-refill-range-phase-1.md')).toBe('---\ntitle: "Ship the refill range: phase 1"\nowner: priya\nkind: committed\n---\n');
    expect(result.stdout).toContain('objectives/2026-q4/acme/ship-the-refill-range-phase-1.md: objective ship-the-refill-range-phase-1\n');
  });

  it('an id cut from a long title says so, and how to choose another; a short one or a given one says nothing', async () => {
    const dir = await folder();
    const long = 'Make Example Co the brand returning customers recommend';
    const objective = await cairn(['new', 'objective', '--period', '2026-q4', '--team', 'acme', '--title', long, '--goals', dir, '--no-cache']);
    expect(objective.stdout.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(/objectives\/2026-q4\/acme\/make-example-co-the-brand-returning\.md: objective make-example-co-the-brand-returning$/),
      'The id make-example-co-the-brand-returning is made from the start of the title (ids made from a title are cut at 40 characters); give --id to choose another.',
      'make-example-co-the-brand-returning has no key results yet; 2 to 5 measure an objective well. Add the first with: cairn new key-result make-example-co-the-brand-returning --title "…" --start 0 --target 10',
    ]);
    const kr = await cairn([
      'new',
      'key-result',
      'grow',
      '--title',
      'Repeat customers recommend us to two friends',
      '--start',
      '0',
      '--target',
      '5',
      '--goals',
      dir,
      '--no-cache',
      '--json',
    ]);
    expect(JSON.parse(kr.stdout)).toMatchObject({ id: 'grow#repeat-customers-recommend-us', idCut: true });
    const kpi = await cairn(['new', 'kpi', '--title', 'Share of customers who would recommend us to a friend', '--goals', dir, '--no-cache']);
    expect(kpi.stdout).toContain(
      'The id share-of-customers-who-would-recommend is made from the start of the title (ids made from a title are cut at 40 characters); give the id after "new kpi" to choose another.\n',
    );
    const short = await cairn(['new', 'kpi', '--title', 'Refill orders', '--goals', dir, '--no-cache']);
    const given = await cairn(['new', 'objective', '--period', '2026-q4', '--team', 'acme', '--title', `${long} again`, '--id', 'brand', '--goals', dir, '--no-cache']);
    expect([short.stdout.includes('made from the start'), given.stdout.includes('made from the start')]).toEqual([false, false]);
  });

  it('objective: an id taken by another objective gets a number; a given one is refused', async () => {
    const dir = await folder();
    const derived = await cairn(['new', 'objective', '--period', '2026-q4', '--team', 'acme', '--title', 'Grow', '--goals', dir, '--no-cache']);
    expect(derived.code).toBe(0);
    expect(existsSync(join(dir, 'objectives/2026-q4/acme/grow-2.md'))).toBe(true);
    const given = await cairn(['new', 'objective', '--period', '2026-q4', '--team', 'acme', '--title', 'Grow', '--id', 'grow', '--goals', dir, '--no-cache']);
    expect(given.code).toBe(2);
    expect(given.stderr).toMatch(/^error: an objective with the id grow already exists \(.*objectives\/2026-q4\/acme\/grow\.md\); give another --id\n$/);
    expect(await read(dir, 'objectives/2026-q4/acme/grow.md')).toBe(GOALS['objectives/2026-q4/acme/grow.md']);
  });

  it('refuses a twin by title when no id is given (a command run twice), and adds it with an id', async () => {
    const dir = await folder();
    const objective = await cairn(['new', 'objective', '--period', '2026-q4', '--team', 'acme', '--title', ' grow the  Shop', '--goals', dir, '--no-cache']);
    expect(objective.code).toBe(2);
    expect(objective.stderr).toMatch(
      /^error: 2026-q4 already has an objective titled " grow the {2}Shop": grow \(.*objectives\/2026-q4\/acme\/grow\.md\); give --id to add another with this title\n$/,
    );
    const keyResult = await cairn(['new', 'key-result', 'grow', '--title', 'Launch two products', '--target', '2', '--goals', dir, '--no-cache']);
    expect(keyResult.code).toBe(2);
    expect(keyResult.stderr).toBe('error: the objective grow already has a key result titled "Launch two products": grow#launch; give --id to add another with this title\n');
    const kpi = await cairn(['new', 'kpi', '--title', 'Net Promoter Score', '--goals', dir, '--no-cache']);
    expect(kpi.code).toBe(2);
    expect(kpi.stderr).toMatch(/^error: a KPI titled "Net Promoter Score" already exists: nps \(.*kpis\/nps\.yaml\); give an id to add another with this title\n$/);
    expect(await read(dir, 'objectives/2026-q4/acme/grow.md')).toBe(GOALS['objectives/2026-q4/acme/grow.md']);
    expect(existsSync(join(dir, 'objectives/2026-q4/acme/grow-the-shop.md'))).toBe(false);
    expect(existsSync(join(dir, 'kpis/net-promoter-score.yaml'))).toBe(false);
    const withId = await cairn(['new', 'kpi', 'nps-retail', '--title', 'Net Promoter Score', '--goals', dir, '--no-cache']);
    expect(withId.code).toBe(0);
    expect(existsSync(join(dir, 'kpis/nps-retail.yaml'))).toBe(true);
  });

  it('objective: an unknown period is refused with the located error, and no file is made', async () => {
    const dir = await folder();
    const result = await cairn(['new', 'objective', '--period', '2031-q1', '--team', 'acme', '--title', 'Later', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown period "2031-q1"');
    expect(result.stderr).toContain('Nothing was written');
    expect(existsSync(join(dir, 'objectives/2031-q1'))).toBe(false);
  });

  it('key-result: adds a block mapping after the last key result, as the file writes them', async () => {
    const dir = await folder();
    const result = await cairn([
      'new',
      'key-result',
      'grow',
      '--title',
      'Reach 500 refill orders',
      '--start',
      '0',
      '--target',
      '500',
      '--unit',
      'orders',
      '--goals',
      dir,
      '--no-cache',
    ]);
    expect(result.code).toBe(0);
    expect(await read(dir, 'objectives/2026-q4/acme/grow.md')).toBe(
      (GOALS['objectives/2026-q4/acme/grow.md'] as string).replace(
        '    done: false\n',
        '    done: false\n  - id: reach-500-refill-orders\n    title: Reach 500 refill orders\n    start: 0\n    target: 500\n    unit: orders\n',
      ),
    );
    expect(result.stdout).toContain('Record progress with: cairn checkin grow#reach-500-refill-orders VALUE');
  });

  it("key-result: a target equal to the start is refused with validate's message", async () => {
    const dir = await folder();
    const result = await cairn(['new', 'key-result', 'grow', '--title', 'Flat', '--start', '3', '--target', '3', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('target equals start (3): there is no distance to measure progress on');
    expect(await read(dir, 'objectives/2026-q4/acme/grow.md')).toBe(GOALS['objectives/2026-q4/acme/grow.md']);
  });

  it('kpi: writes kpis/<id>.yaml, with the editor-schema line when the folder has the schemas', async () => {
    const dir = await folder();
    await mkdir(join(dir, 'schemas'));
    await writeFile(join(dir, 'schemas', 'kpi.schema.json'), '{}');
    const result = await cairn(['new', 'kpi', 'refills', '--title', 'Refill orders', '--target', '500', '--frequency', 'weekly', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(0);
    expect(await read(dir, 'kpis/refills.yaml')).toBe('# yaml-language-server: $schema=../schemas/kpi.schema.json\ntitle: Refill orders\ntarget: 500\nfrequency: weekly\n');
    const again = await cairn(['new', 'kpi', 'refills', '--title', 'Again', '--goals', dir, '--no-cache']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('error: a KPI with the id refills already exists; give another id\n');
  });

  it('period and team: appended to the lists in their style', async () => {
    const dir = await folder();
    const period = await cairn(['new', 'period', '2027-q1', '--start', '2027-01-01', '--end', '2027-03-31', '--name', 'Q1 2027', '--goals', dir, '--no-cache']);
    expect(period.code).toBe(0);
    expect(await read(dir, 'periods.yaml')).toBe(`${GOALS['periods.yaml']}- id: 2027-q1\n  name: Q1 2027\n  start: 2027-01-01\n  end: 2027-03-31\n`);
    const team = await cairn(['new', 'team', 'ops', '--name', 'Operations', '--parent', 'acme', '--owners', 'sam, lee', '--goals', dir, '--no-cache']);
    expect(team.code).toBe(0);
    expect(await read(dir, 'teams.yaml')).toBe(`${GOALS['teams.yaml']}- id: ops\n  name: Operations\n  parent: acme\n  owners: [sam, lee]\n`);
    const twice = await cairn(['new', 'team', 'ops', '--name', 'Ops', '--goals', dir, '--no-cache']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^error: a team with the id ops already exists in .*teams\.yaml\n$/);
  });

  it('--dry-run --json shows the new file as a diff and writes nothing', async () => {
    const dir = await folder();
    const result = await cairn(['new', 'team', 'ops', '--name', 'Operations', '--parent', 'acme', '--dry-run', '--json', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({ action: 'new team', id: 'ops', written: false });
    expect(answer.diff).toContain('+- id: ops\n+  name: Operations\n+  parent: acme\n');
    expect(await read(dir, 'teams.yaml')).toBe(GOALS['teams.yaml']);
  });

  it('--help of each shows an example', async () => {
    for (const kind of ['objective', 'key-result', 'kpi', 'period', 'team']) {
      const help = await cairn(['new', kind, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`$ cairn new ${kind} `);
    }
  });

  it('period: creates periods.yaml when the folder has none', async () => {
    const dir = await folder();
    await rm(join(dir, 'periods.yaml'));
    await rm(join(dir, 'objectives'), { recursive: true });
    const result = await cairn(['new', 'period', '2027', '--start', '2027-01-01', '--end', '2027-12-31', '--goals', dir, '--no-cache']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await read(dir, 'periods.yaml')).toBe('- id: "2027"\n  start: 2027-01-01\n  end: 2027-12-31\n');
  });
});
