import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cairn } from './capture.js';
import { GOALS, goalsFolders } from './goals-folder.js';

const folder = goalsFolders();
const GROW = 'objectives/2026-q4/acme/grow.md';

function read(dir: string, path: string): Promise<string> {
  return readFile(join(dir, path), 'utf8');
}

/** grow.md with these lines added after its last key result. */
function growWith(lines: string): string {
  return (GOALS[GROW] as string).replace('    done: false\n', `    done: false\n${lines}`);
}

describe('cairn new key-result: every type, with stretch and weight', () => {
  it('writes a maintain key result with its direction, stretch and weight', async () => {
    const dir = await folder();
    const result = await cairn([
      'new',
      'key-result',
      'grow',
      '--title',
      'Keep returns under 2 %',
      '--id',
      'returns',
      '--type',
      'maintain',
      '--direction',
      'decrease',
      '--target',
      '2',
      '--stretch',
      '1.5',
      '--unit',
      '%',
      '--weight',
      '0.5',
      '--goals',
      dir,
      '--no-cache',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await read(dir, GROW)).toBe(
      growWith(
        '  - id: returns\n    title: "Keep returns under 2 %"\n    weight: 0.5\n    type: maintain\n    target: 2\n    stretch: 1.5\n    unit: "%"\n    direction: decrease\n',
      ),
    );
    expect(result.stdout).toMatch(/^Added key result grow#returns to .*objectives\/2026-q4\/acme\/grow\.md\nRecord progress with: cairn checkin grow#returns VALUE\n$/);
  });

  it('writes a metric key result with a stretch value and a weight', async () => {
    const dir = await folder();
    const result = await cairn([
      'new',
      'key-result',
      'grow',
      '--title',
      'Repeat rate',
      '--start',
      '20',
      '--target',
      '30',
      '--stretch',
      '35',
      '--weight',
      '2',
      '--goals',
      dir,
      '--no-cache',
    ]);
    expect(result.code).toBe(0);
    expect(await read(dir, GROW)).toBe(growWith('  - id: repeat-rate\n    title: Repeat rate\n    weight: 2\n    start: 20\n    target: 30\n    stretch: 35\n'));
  });

  it('a maintain key result without --direction is refused, saying the two choices', async () => {
    const dir = await folder();
    const result = await cairn(['new', 'key-result', 'grow', '--title', 'Keep', '--type', 'maintain', '--target', '88', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: a maintain key result needs --direction: increase (stay at or above --target) or decrease (stay at or below it)\n');
    expect(await read(dir, GROW)).toBe(GOALS[GROW]);
  });

  it('--direction takes the data format\'s words, and says which one "at-most" means', async () => {
    const dir = await folder();
    const atMost = await cairn(['new', 'key-result', 'grow', '--title', 'Keep', '--type', 'maintain', '--target', '4', '--direction', 'at-most', '--goals', dir, '--no-cache']);
    expect(atMost.code).toBe(2);
    expect(atMost.stderr).toBe('error: --direction is increase (stay at or above --target) or decrease (stay at or below it), not "at-most"; did you mean decrease?\n');
    const atLeast = await cairn(['new', 'key-result', 'grow', '--title', 'Keep', '--type', 'maintain', '--target', '4', '--direction', 'at-least', '--goals', dir, '--no-cache']);
    expect(atLeast.stderr).toBe('error: --direction is increase (stay at or above --target) or decrease (stay at or below it), not "at-least"; did you mean increase?\n');
    const other = await cairn(['new', 'key-result', 'grow', '--title', 'Keep', '--type', 'maintain', '--target', '4', '--direction', 'sideways', '--goals', dir, '--no-cache']);
    expect(other.stderr).toBe('error: --direction is increase (stay at or above --target) or decrease (stay at or below it), not "sideways"\n');
    expect(await read(dir, GROW)).toBe(GOALS[GROW]);
  });

  it('--direction on a key result that is not maintain is refused: start and target give a metric its direction', async () => {
    const dir = await folder();
    const result = await cairn(['new', 'key-result', 'grow', '--title', 'Fewer defects', '--start', '5', '--target', '4', '--direction', 'decrease', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: --direction is for a maintain key result (--type maintain); for a metric, a --target below --start already means lower is better\n');
    expect(await read(dir, GROW)).toBe(GOALS[GROW]);
  });

  it('a stretch or weight that is not a number gets the number hint', async () => {
    const dir = await folder();
    const stretch = await cairn(['new', 'key-result', 'grow', '--title', 'More', '--target', '10', '--stretch', '12%', '--goals', dir, '--no-cache']);
    expect(stretch.code).toBe(2);
    expect(stretch.stderr).toBe('error: --stretch must be a number, not "12%"; write 12 (no quotes, thousands separators or units)\n');
    const weight = await cairn(['new', 'key-result', 'grow', '--title', 'More', '--target', '10', '--weight', 'heavy', '--goals', dir, '--no-cache']);
    expect(weight.stderr).toBe('error: --weight must be a number, not "heavy"\n');
  });

  it("a negative weight is refused with validate's located error, and nothing is written", async () => {
    const dir = await folder();
    const result = await cairn(['new', 'key-result', 'grow', '--title', 'More', '--target', '10', '--weight', '-1', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/grow\.md:\d+:\d+ error .*weight/);
    expect(result.stderr).toContain('Nothing was written');
    expect(await read(dir, GROW)).toBe(GOALS[GROW]);
  });
});

describe('cairn new objective: tags, supporting KPIs and weight', () => {
  it('writes them in the front matter, as lists', async () => {
    const dir = await folder();
    const result = await cairn([
      'new',
      'objective',
      '--period',
      '2026-q4',
      '--team',
      'acme',
      '--title',
      'Delight customers',
      '--owner',
      'lee',
      '--weight',
      '2',
      '--tags',
      'customers, customer love',
      '--supporting-kpis',
      'nps,revenue',
      '--goals',
      dir,
      '--no-cache',
    ]);
    expect(result.code).toBe(0);
    expect(await read(dir, 'objectives/2026-q4/acme/delight-customers.md')).toBe(
      '---\ntitle: Delight customers\nowner: lee\nweight: 2\ntags: [customers, customer love]\nsupporting_kpis: [nps, revenue]\n---\n',
    );
  });

  it('an unknown supporting KPI is refused by name, with the near match validate gives, and no file is made', async () => {
    const dir = await folder();
    const result = await cairn([
      'new',
      'objective',
      '--period',
      '2026-q4',
      '--team',
      'acme',
      '--title',
      'Delight',
      '--supporting-kpis',
      'nps,revenu',
      '--goals',
      dir,
      '--no-cache',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: --supporting-kpis: unknown KPI "revenu"; did you mean "revenue"? (known KPIs: nps, revenue, uptime)\n');
    expect(existsSync(join(dir, 'objectives/2026-q4/acme/delight.md'))).toBe(false);
    const transposed = await cairn(['new', 'objective', '--period', '2026-q4', '--team', 'acme', '--title', 'Delight', '--supporting-kpis', 'nsp', '--goals', dir, '--no-cache']);
    expect(transposed.stderr).toBe('error: --supporting-kpis: unknown KPI "nsp"; did you mean "nps"? (known KPIs: nps, revenue, uptime)\n');
    const far = await cairn(['new', 'objective', '--period', '2026-q4', '--team', 'acme', '--title', 'Delight', '--supporting-kpis', 'churn', '--goals', dir, '--no-cache']);
    expect(far.stderr).toBe('error: --supporting-kpis: unknown KPI "churn" (known KPIs: nps, revenue, uptime)\n');
  });

  it('a weight that is not a number is refused before anything is written', async () => {
    const dir = await folder();
    const result = await cairn(['new', 'objective', '--period', '2026-q4', '--team', 'acme', '--title', 'Delight', '--weight', 'high', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: --weight must be a number, not "high"\n');
    expect(existsSync(join(dir, 'objectives/2026-q4/acme/delight.md'))).toBe(false);
  });
});

describe('cairn new kpi: bands, indicator, key, drives, description', () => {
  it('a range KPI from --target 30..45 and --critical 20..60, its direction written as range', async () => {
    const dir = await folder();
    const result = await cairn([
      'new',
      'kpi',
      'humidity',
      '--title',
      'Warehouse humidity',
      '--target',
      '40..55',
      '--critical',
      '65..30',
      '--unit',
      '%',
      '--frequency',
      'daily',
      '--goals',
      dir,
      '--no-cache',
    ]);
    expect(result.stderr).toContain('KPI has no owner');
    expect(result.code).toBe(0);
    expect(await read(dir, 'kpis/humidity.yaml')).toBe(
      'title: Warehouse humidity\nunit: "%"\ndirection: range\ntarget: { min: 40, max: 55 }\ncritical: { min: 30, max: 65 }\nfrequency: daily\n',
    );
    expect(result.stdout).toMatch(/^Created .*kpis\/humidity\.yaml: KPI humidity\nRecord values with: cairn measure humidity VALUE\n$/);
  });

  it('a band takes any number on either side: .5..1.5, -10..2e1', async () => {
    const dir = await folder();
    const result = await cairn(['new', 'kpi', 'drift', '--title', 'Drift', '--direction', 'range', '--target', '.5..1.5', '--critical', '-10..2e1', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(0);
    expect(await read(dir, 'kpis/drift.yaml')).toBe('title: Drift\ndirection: range\ntarget: { min: 0.5, max: 1.5 }\ncritical: { min: -10, max: 20 }\n');
  });

  it('writes description, indicator, key, drives and tags under their field names', async () => {
    const dir = await folder();
    const result = await cairn([
      'new',
      'kpi',
      'csat',
      '--title',
      'Customer satisfaction',
      '--description',
      'Share of surveyed customers who rate us 4 or 5: monthly survey.',
      '--owner',
      'lee',
      '--direction',
      'increase',
      '--target',
      '90',
      '--critical',
      '80',
      '--indicator',
      'leading',
      '--key',
      '--frequency',
      'monthly',
      '--drives',
      'revenue, nps',
      '--tags',
      'customers',
      '--goals',
      dir,
      '--no-cache',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await read(dir, 'kpis/csat.yaml')).toBe(
      [
        'title: Customer satisfaction',
        'description: "Share of surveyed customers who rate us 4 or 5: monthly survey."',
        'owner: lee',
        'direction: increase',
        'target: 90',
        'critical: 80',
        'indicator: leading',
        'key: true',
        'frequency: monthly',
        'drives: [revenue, nps]',
        'tags: [customers]',
        '',
      ].join('\n'),
    );
  });

  it('a band and a single number do not mix, whichever the direction', async () => {
    const dir = await folder();
    const cases: [string[], string][] = [
      [
        ['--target', '40..55', '--critical', '30'],
        'error: --target 40..55 is a band but --critical 30 one number: give both as bands min..max for a range KPI, or both as numbers\n',
      ],
      [['--direction', 'range', '--target', '40..55', '--critical', '30'], "error: a range KPI's --critical is a band written min..max (30..45), not 30\n"],
      [['--direction', 'range', '--target', '40'], "error: a range KPI's --target is a band written min..max (30..45), not 40\n"],
      [['--direction', 'decrease', '--target', '40..50'], 'error: --target 40..50 is a band, for --direction range; a KPI that should decrease has one number there\n'],
      [
        ['--target', '90', '--critical', '70..80'],
        'error: --critical 70..80 is a band but --target 90 one number: give both as bands min..max for a range KPI, or both as numbers\n',
      ],
      [
        ['--direction', 'increase', '--target', '90', '--critical', '70..80'],
        'error: --critical 70..80 is a band, for --direction range; a KPI that should increase has one number there\n',
      ],
      [['--target', '40..'], 'error: --target is a number, or a band written min..max (30..45), not "40.."\n'],
      [['--target', '1..2..3'], 'error: --target is a number, or a band written min..max (30..45), not "1..2..3"\n'],
      [['--target', '1...2'], 'error: --target is a number, or a band written min..max (30..45), not "1...2"\n'],
      [['--target', '40..50%'], 'error: --target must be a number, not "50%"; write 50 (no quotes, thousands separators or units)\n'],
      [['--indicator', 'first'], 'error: --indicator is leading or lagging, not "first"\n'],
      [['--direction', 'between', '--target', '40..55'], 'error: --direction is increase, decrease or range, not "between"; did you mean range?\n'],
      [['--direction', 'lower', '--target', '4'], 'error: --direction is increase, decrease or range, not "lower"; did you mean decrease?\n'],
      [['--direction', 'sideways'], 'error: --direction is increase, decrease or range, not "sideways"\n'],
    ];
    const seen: string[] = [];
    for (const [options] of cases) {
      const result = await cairn(['new', 'kpi', 'humidity', '--title', 'Humidity', ...options, '--goals', dir, '--no-cache']);
      expect(result.code).toBe(2);
      seen.push(result.stderr);
    }
    expect(seen).toEqual(cases.map(([, message]) => message));
    expect(existsSync(join(dir, 'kpis/humidity.yaml'))).toBe(false);
  });

  it('--drives names KPIs that exist, and not the new one itself', async () => {
    const dir = await folder();
    const unknown = await cairn(['new', 'kpi', 'csat', '--title', 'Satisfaction', '--drives', 'nsp', '--goals', dir, '--no-cache']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('error: --drives: unknown KPI "nsp"; did you mean "nps"? (known KPIs: nps, revenue, uptime)\n');
    const itself = await cairn(['new', 'kpi', 'csat', '--title', 'Satisfaction', '--drives', 'nps,csat', '--goals', dir, '--no-cache']);
    expect(itself.code).toBe(2);
    expect(itself.stderr).toBe('error: --drives: a KPI cannot drive itself (csat)\n');
    expect(existsSync(join(dir, 'kpis/csat.yaml'))).toBe(false);
  });
});

describe('cairn new: what to do next about the number of key results', () => {
  it('after a new objective, the next step is the new key-result command, not a code-frame warning', async () => {
    const dir = await folder();
    const result = await cairn(['new', 'objective', '--period', '2026-q4', '--team', 'acme', '--title', 'Ship refills', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(1, 2)).toEqual([
      'ship-refills has no key results yet; 2 to 5 measure an objective well. Add the first with: cairn new key-result ship-refills --title "…" --start 0 --target 10',
    ]);
    // Other warnings on the new file are still shown as validate shows them.
    expect(result.stderr).toContain('warning objective has no owner');
    expect(result.stderr).not.toContain('no key results');
  });

  it('after the first key result, the next step names the command for the second; after the second, nothing', async () => {
    const dir = await folder();
    await cairn(['new', 'objective', '--period', '2026-q4', '--team', 'acme', '--title', 'Ship refills', '--owner', 'dana', '--goals', dir, '--no-cache']);
    const first = await cairn(['new', 'key-result', 'ship-refills', '--title', 'Refill orders', '--target', '500', '--goals', dir, '--no-cache']);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout.split('\n').slice(1)).toEqual([
      'Record progress with: cairn checkin ship-refills#refill-orders VALUE',
      'ship-refills has 1 key result so far; 2 to 5 measure an objective well. Add the next with: cairn new key-result ship-refills --title "…" --start 0 --target 10',
      '',
    ]);
    // The rule itself stays: validate still warns of an objective with one key result.
    const validate = await cairn(['validate', dir, '--no-cache']);
    expect(`${validate.stdout}${validate.stderr}`).toContain('objective has only 1 key result; 2 to 5 measure it well');
    const second = await cairn(['new', 'key-result', 'ship-refills', '--title', 'Refill shops', '--target', '20', '--goals', dir, '--no-cache']);
    expect(second.code).toBe(0);
    expect(second.stdout.split('\n').slice(1)).toEqual(['Record progress with: cairn checkin ship-refills#refill-shops VALUE', '']);
  });

  it('--dry-run says the next step too, and writes nothing', async () => {
    const dir = await folder();
    const result = await cairn([
      'new',
      'objective',
      '--period',
      '2026-q4',
      '--team',
      'acme',
      '--title',
      'Ship refills',
      '--owner',
      'dana',
      '--dry-run',
      '--goals',
      dir,
      '--no-cache',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Add the first with: cairn new key-result ship-refills --title "…" --start 0 --target 10\nNothing was written (--dry-run).\n');
    expect(existsSync(join(dir, 'objectives/2026-q4/acme/ship-refills.md'))).toBe(false);
  });
});
