import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSI, expectNoCrash, type CairnResult } from './run-cairn.js';
import { runMain } from './run-main.js';

const VALID = 'fixtures/valid';

interface ScoredObjective {
  id: string;
  title: string;
  team: string;
  score: number;
  grade: number;
  status: string;
  keyResults: { id: string; progress: number }[];
}

interface ScoredKpi {
  id: string;
  title: string;
  health: string;
  trend: string;
  latest: { date: string; value: number } | null;
}

interface ScoreJson {
  version: number;
  asOf: string;
  period: string;
  objectives: ScoredObjective[];
  kpis: ScoredKpi[];
}

/** The cells of the table row whose first cell (after indent and ★) is `title`; columns are 2+ spaces apart. */
function row(output: string, title: string): string[] {
  const line = output.split('\n').find((l) => l.replace(/^[\s★]+/, '').startsWith(`${title}  `));
  if (line === undefined) throw new Error(`no row "${title}" in:\n${output}`);
  return line.trim().split(/ {2,}/);
}

function indentOf(output: string, title: string): number {
  const line = output.split('\n').find((l) => l.trimStart().startsWith(title));
  return line === undefined ? -1 : line.length - line.trimStart().length;
}

describe('score the default period', () => {
  let result: CairnResult;
  beforeAll(async () => {
    result = await runMain(['score', VALID]);
  });

  it('exits 0 with the table on stdout and nothing on stderr', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('names the organisation, the pinned as-of date and the period that is running', () => {
    const [title, period] = result.stdout.split('\n');
    expect(title).toBe('Umbrella Test Co — as of 2026-11-15');
    expect(period).toBe('Q4 2026 (2026-10-01 → 2026-12-31) · 49 % of the time elapsed · score 0.44');
  });

  it('lists the objectives of that period with team, kind, score, grade, status and forecast', () => {
    expect(result.stdout).toMatch(/^OBJECTIVE +TEAM +KIND +SCORE +GRADE +STATUS +FORECAST$/m);
    expect(row(result.stdout, 'Grow recurring revenue')).toEqual(['Grow recurring revenue', 'umbrella', 'committed', '0.67', '0.7', 'on-track', '1.00']);
    expect(row(result.stdout, 'Double weekly sign-ups')).toEqual(['Double weekly sign-ups', 'growth', '0.25', '0.3', 'at-risk', '0.50 !']);
    expect(row(result.stdout, 'Make checkout feel instant')).toEqual(['Make checkout feel instant', 'web', '0.42', '0.4', 'on-track', '0.99']);
  });

  it('marks a forecast projected to miss with a sign of its own, explained under the objectives', () => {
    const lines = result.stdout.split('\n');
    const legend = lines.indexOf("! projected to miss: the forecast for the period's end is not green");
    expect(legend).toBeGreaterThan(lines.findIndex((line) => line.startsWith('    Make checkout feel instant')));
    expect(lines[legend + 1]).toBe('');
    // ▼ means one thing only: a worsening KPI.
    expect(lines.filter((line) => line.includes('▼'))).toEqual([expect.stringMatching(/^ {2}Open support tickets .+▼ worsening$/), expect.stringContaining('▼ worsening')]);
  });

  it('lists every sign of the KPI table under it', () => {
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('★ key KPI · ▲ improving · ▼ worsening');
  });

  it('indents aligned objectives under their parents', () => {
    expect(indentOf(result.stdout, 'Grow recurring revenue')).toBe(0);
    expect(indentOf(result.stdout, 'Double weekly sign-ups')).toBe(2);
    expect(indentOf(result.stdout, 'Make checkout feel instant')).toBe(4);
  });

  it('leaves out the objectives of other periods', () => {
    expect(result.stdout).not.toContain('Hire the founding sales team');
  });

  it('lists the KPIs with latest value (also from a CSV), target, health and trend', () => {
    expect(result.stdout).toMatch(/^KPI +LATEST +TARGET +HEALTH +TREND$/m);
    expect(row(result.stdout, 'Annual recurring revenue')).toEqual(['★ Annual recurring revenue', '€1,100,000', '€1,200,000', 'warning', '▲ improving']);
    expect(row(result.stdout, 'Checkout page load time')).toEqual(['Checkout page load time', '1.4 s', '1.5 s', 'healthy', '▲ improving']);
    expect(row(result.stdout, 'Open support tickets')).toEqual(['Open support tickets', '120', '50', 'critical', '▼ worsening']);
    expect(result.stdout).toContain('★ key KPI');
  });

  it('contains no ANSI colour codes when stdout is not a terminal', () => {
    expect(result.stdout).not.toMatch(ANSI);
  });
});

describe('score --period', () => {
  it('shows another period', async () => {
    const result = await runMain(['score', VALID, '--period', '2026-q3']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toBe('Q3 2026 (2026-07-01 → 2026-09-30) · 100 % of the time elapsed · score 1.00');
    // The period has ended: its scores are final, with no forecast and no FORECAST column.
    expect(row(result.stdout, 'Hire the founding sales team')).toEqual(['Hire the founding sales team', 'umbrella', '1.00', '1.0', 'achieved']);
    expect(result.stdout).toMatch(/^OBJECTIVE +TEAM +KIND +SCORE +GRADE +STATUS$/m);
    expect(result.stdout).not.toContain('Grow recurring revenue');
  });

  it('says so when the period has no objectives', async () => {
    const result = await runMain(['score', VALID, '--period', '2026']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toBe('Year 2026 (2026-01-01 → 2026-12-31) · 87 % of the time elapsed · no objectives');
    expect(result.stdout).toContain('No objectives in this period.');
    expect(result.stdout).not.toMatch(/^OBJECTIVE/m);
  });

  it('an unknown period exits 2 and lists the known ones', async () => {
    const result = await runMain(['score', VALID, '--period', '2027-q1']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('error: unknown period "2027-q1"; did you mean "2026-q3" or "2026-q4"? (known periods: 2026, 2026-q3, 2026-q4)\n');
  });

  it('an unknown period that holds a known one in part suggests it', async () => {
    const result = await runMain(['score', VALID, '--period', 'q4']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: unknown period "q4"; did you mean "2026-q4"? (known periods: 2026, 2026-q3, 2026-q4)\n');
  });
});

describe('score --team', () => {
  it('shows the team and the teams below it, objectives and KPIs alike', async () => {
    const result = await runMain(['score', VALID, '--team', 'growth']);
    expect(result.code).toBe(0);
    expect(row(result.stdout, 'Double weekly sign-ups')[1]).toBe('growth');
    expect(row(result.stdout, 'Make checkout feel instant')[1]).toBe('web');
    expect(indentOf(result.stdout, 'Double weekly sign-ups')).toBe(0);
    expect(result.stdout).not.toContain('Grow recurring revenue');
    expect(row(result.stdout, 'Checkout page load time')[3]).toBe('healthy');
    expect(result.stdout).not.toContain('Annual recurring revenue');
    expect(result.stdout).not.toContain('Open support tickets');
  });

  it("the heading gives the team's own score, or says it has none, never the whole period's", async () => {
    const [whole, growth, ops] = await Promise.all([runMain(['score', VALID]), runMain(['score', VALID, '--team', 'growth']), runMain(['score', VALID, '--team', 'ops'])]);
    const growthScore = (JSON.parse((await runMain(['export', VALID])).stdout) as { teams: { id: string; score: number | null }[] }).teams.find((t) => t.id === 'growth')?.score;
    expect(whole.stdout.split('\n')[1]).toBe('Q4 2026 (2026-10-01 → 2026-12-31) · 49 % of the time elapsed · score 0.44');
    expect(growth.stdout.split('\n')[1]).toBe(`Q4 2026 (2026-10-01 → 2026-12-31) · 49 % of the time elapsed · team Growth: score ${growthScore?.toFixed(2)}`);
    expect(growthScore?.toFixed(2)).not.toBe('0.44');
    expect(ops.stdout.split('\n').slice(1, 4)).toEqual(['Q4 2026 (2026-10-01 → 2026-12-31) · 49 % of the time elapsed · team Operations: no objectives of its own', '', 'No objectives of this team or the teams below it in this period.']);
  });

  it('a leaf team shows only its own', async () => {
    const result = await runMain(['score', VALID, '--team', 'web', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as ScoreJson;
    expect(json.objectives.map((o) => o.id)).toEqual(['faster-checkout']);
    expect(json.kpis.map((k) => k.id)).toEqual(['page-load']);
  });

  it('an unknown team exits 2 and lists the known ones', async () => {
    const result = await runMain(['score', VALID, '--team', 'sales']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('error: unknown team "sales"; known teams: umbrella, growth, web, ops\n');
  });

  it('a misspelt team gets the near match first', async () => {
    const result = await runMain(['score', VALID, '--team', 'grwoth']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('error: unknown team "grwoth"; did you mean "growth"? (known teams: umbrella, growth, web, ops)\n');
  });

  it('a misspelt team in another case is still found', async () => {
    const result = await runMain(['score', VALID, '--team', 'Web']);
    expect(result.stderr).toBe('error: unknown team "Web"; did you mean "web"? (known teams: umbrella, growth, web, ops)\n');
  });
});

describe('score --format json', () => {
  it('prints parseable JSON with the period, objectives and KPIs', async () => {
    const result = await runMain(['score', VALID, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout) as ScoreJson;
    expect(json.version).toBe(1);
    expect(json.asOf).toBe('2026-11-15');
    expect(json.period).toBe('2026-q4');
    expect(json.objectives.map((o) => o.id)).toEqual(['grow-revenue', 'more-signups', 'faster-checkout']);
    const grow = json.objectives[0];
    expect(grow).toMatchObject({ title: 'Grow recurring revenue', team: 'umbrella', grade: 0.7, status: 'on-track' });
    expect(grow?.score).toBeCloseTo(0.6667, 3);
    expect(grow?.keyResults.map((kr) => [kr.id, kr.progress])).toEqual([
      ['arr', expect.closeTo(0.3333, 3)],
      ['launch', 1],
    ]);
    expect(json.kpis.map((k) => [k.id, k.health, k.trend])).toEqual([
      ['page-load', 'healthy', 'improving'],
      ['revenue', 'warning', 'improving'],
      ['tickets', 'critical', 'worsening'],
    ]);
    expect(json.kpis.find((k) => k.id === 'revenue')?.latest).toEqual({ date: '2026-10-31', value: 1100000 });
  });

  it('-f json with --team growth filters the same way as the table', async () => {
    const result = await runMain(['score', VALID, '-f', 'json', '--team', 'growth']);
    const json = JSON.parse(result.stdout) as ScoreJson;
    expect(json.objectives.map((o) => o.id)).toEqual(['more-signups', 'faster-checkout']);
    expect(json.kpis.map((k) => k.id)).toEqual(['page-load']);
  });
});

describe('score --as-of', () => {
  it('before a period starts, its objectives are not-started and nothing has elapsed', async () => {
    const result = await runMain(['score', VALID, '--as-of', '2026-09-15', '--period', '2026-q4']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Umbrella Test Co — as of 2026-09-15');
    expect(result.stdout.split('\n')[1]).toMatch(/^Q4 2026 \(2026-10-01 → 2026-12-31\) · 0 % of the time elapsed · /);
    for (const title of ['Grow recurring revenue', 'Double weekly sign-ups', 'Make checkout feel instant']) {
      expect(row(result.stdout, title)).toContain('not-started');
    }
    // KPIs are read as of that date: the revenue CSV's October row is in the future.
    expect(row(result.stdout, 'Annual recurring revenue')[1]).toBe('€950,000');
  });

  it('picks the period running at the as-of date by default', async () => {
    const result = await runMain(['score', VALID, '--as-of', '2026-09-15']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toMatch(/^Q3 2026 \(2026-07-01 → 2026-09-30\) · 84 % of the time elapsed · /);
    expect(result.stdout).toContain('Hire the founding sales team');
    expect(result.stdout).not.toContain('Grow recurring revenue');
  });

  it('wins over as_of in cairn.config.yaml and changes the scores', async () => {
    const [pinned, later] = await Promise.all([
      runMain(['score', VALID, '-f', 'json']),
      runMain(['score', VALID, '-f', 'json', '--as-of', '2026-12-31']),
    ]);
    const a = JSON.parse(pinned.stdout) as ScoreJson;
    const b = JSON.parse(later.stdout) as ScoreJson;
    expect(a.asOf).toBe('2026-11-15');
    expect(b.asOf).toBe('2026-12-31');
    expect(b.period).toBe('2026-q4');
    expect(b.objectives.map((o) => o.status)).not.toEqual(a.objectives.map((o) => o.status));
  });
});

describe('score colours', () => {
  let plain: CairnResult;
  beforeAll(async () => {
    plain = await runMain(['score', VALID]);
  });

  it('FORCE_COLOR=1 colours the table without moving its columns', async () => {
    const result = await runMain(['score', VALID], { env: { FORCE_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(ANSI);
    expect(result.stdout).toContain('\u001b[1mUmbrella Test Co — as of 2026-11-15');
    expect(result.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
  });

  it.each([
    ['NO_COLOR=1', { NO_COLOR: '1' }],
    ['NO_COLOR=1 with FORCE_COLOR=1 (NO_COLOR wins)', { NO_COLOR: '1', FORCE_COLOR: '1' }],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }],
  ])('%s prints no ANSI codes', async (_name, env) => {
    const result = await runMain(['score', VALID], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stdout).toBe(plain.stdout);
  });
});

describe('score of data with errors', () => {
  it('exits 1, prints nothing on stdout and the errors on stderr', async () => {
    const result = await runMain(['score', 'fixtures/errors']);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n');
    expect(lines).toContain('fixtures/errors/kpis/latency.yaml:4:9 error "target" must be a plain number, not "1,000"');
    expect(lines).toContain('fixtures/errors/objectives/2026-q4/core/ship-it.md:9:5 error unknown field "targt" in key_results #1');
    expect(lines).toContain('  hint: did you mean "target"?');
    expect(lines).toContain('4 errors, 0 warnings');
    expect(lines).toContain('The goals cannot be scored until these errors are fixed (run cairn validate for warnings too).');
  });

  it('warnings alone do not stop scoring and are not printed', async () => {
    const result = await runMain(['score', 'fixtures/warnings', '--as-of', '2026-11-01']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain('warning KPI has no frequency');
    // Its key result has no check-in in the period, so nothing projects it: no forecast, not "projected to miss".
    expect(row(result.stdout, 'Tidy the backlog')).toEqual(['Tidy the backlog', 'core', '0.00', '0.0', 'off-track', '–']);
    expect(result.stdout).not.toContain('projected to miss');
    expect(result.stdout.split('\n')[0]).toBe('Goals — as of 2026-11-01');
  });
});

describe('score fits the screen', () => {
  const demo = (columns?: string): Promise<CairnResult> => runMain(['score', '../../examples/acme'], { cwd: fileURLToPath(new URL('..', import.meta.url)), env: { COLUMNS: columns } });
  const widest = (text: string): number => Math.max(...text.split('\n').map((line) => [...line.replace(ANSI, '')].length));

  it('keeps every line within COLUMNS=80, titles cut with … and the figures whole', async () => {
    const result = await demo('80');
    expect(result.code).toBe(0);
    expect(widest(result.stdout)).toBeLessThanOrEqual(80);
    const lines = result.stdout.split('\n');
    // The title gives way; the team, scores, status and forecast stay whole.
    expect(lines.find((line) => line.startsWith('Become a market lea'))).toMatch(/^Become a market lea\S*…\s+acme\s+0\.67\s+0\.7\s+on-track\s+1\.00$/);
    // The KPI table's trend joins the health as a sign, explained under the table.
    expect(lines.find((line) => line.includes('99.97 %'))).toMatch(/^★ Web shop uptime\s+99\.97 %\s+99\.9 %\s+healthy ▶$/);
    expect(lines.find((line) => line.includes('41 points'))).toMatch(/warning ▶ ✎$/);
    expect(lines.find((line) => line.includes('11.4 %'))).toMatch(/warning ▲\s+stale 76d$/);
    expect(lines.at(-2)).toBe('★ key KPI · ▲ improving · ▼ worsening · ▶ flat · ✎ health set by hand');
  });

  it('prints the full table when the screen is wide enough, and ignores a COLUMNS that is not a width', async () => {
    const piped = await demo();
    expect(widest(piped.stdout)).toBeGreaterThan(120);
    expect(piped.stdout).toContain('▲ improving');
    // A health set by hand says what the rule would say when it says otherwise.
    expect(piped.stdout.split('\n').find((line) => line.includes('41 points'))).toMatch(/warning \(by hand; rule: healthy\)/);
    expect((await demo('200')).stdout).toBe(piped.stdout);
    expect((await demo('wide')).stdout).toBe(piped.stdout);
    expect((await demo('0')).stdout).toBe(piped.stdout);
  });
});
