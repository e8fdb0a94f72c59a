import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { gitGoals, type GitGoals } from './diff-repo.js';
import { runMain } from './run-main.js';

/** What `--format json` holds of the KPI parts, the findings and the scores. */
interface KpiReport {
  diff: {
    kpiGoalposts: { ref: string; field: string; before: unknown; after: unknown; phase: string; file: string; line: number }[];
    kpiHealth: { id: string; valuesHidden: boolean; before: { health: string; latest: { date: string; value: number } | null; trend: string } | null; after: { health: string; latest: { date: string; value: number } | null; trend: string } | null }[];
    checkinsAdded: { ref: string; date: string; value: number; confidence?: number; by?: string }[];
    scores: { kind: string; id: string; before: { score: number; status: string | null } | null; after: { score: number; status: string | null } | null }[];
    findings: { rule: string; severity: string; message: string; file: string; line: number }[];
  };
}

let repo: GitGoals | undefined;
afterEach(async () => {
  await repo?.remove();
  repo = undefined;
});

async function json(g: GitGoals, ...args: string[]): Promise<{ code: number | null; report: KpiReport; stderr: string }> {
  const run = await runMain(['diff', ...args, '--format', 'json'], { cwd: g.root });
  return { code: run.code, report: JSON.parse(run.stdout) as KpiReport, stderr: run.stderr };
}

const REVENUE_TARGET = 'target: 120\n';

describe('cairn diff: KPI goalposts', () => {
  test('a lowered KPI target: old → new in all three formats, and a moved_kpi_goalposts warning that says the health turned', async () => {
    const g = (repo = await gitGoals());
    await g.edit('kpis/revenue.yaml', REVENUE_TARGET, 'target: 95\n');
    const { code, report } = await json(g, 'main', 'goals', '--check');
    expect(code).toBe(0);
    expect(report.diff.kpiGoalposts).toEqual([{ ref: 'revenue', title: 'Revenue', field: 'target', before: 120, after: 95, phase: 'during', file: 'kpis/revenue.yaml', line: 3 }]);
    expect(report.diff.findings.map((f) => [f.rule, f.severity, f.message, `${f.file}:${f.line}`])).toEqual([
      ['moved_kpi_goalposts', 'warning', 'target of KPI revenue changed from 120 to 95, so its health turns from warning to healthy', 'kpis/revenue.yaml:3'],
    ]);

    const pretty = await runMain(['diff', 'main', 'goals'], { cwd: g.root });
    const lines = pretty.stdout.split('\n');
    expect(lines[0]).toBe('1 KPI edited · 1 KPI changed health · ⚠ 1 goalpost moved · no score changes');
    expect(lines).toContain('KPI goalposts moved');
    expect(pretty.stdout).toMatch(/\nrevenue\s+target\s+120\s+95\n/);
    expect(pretty.stdout).toContain('  edited kpi revenue (target 120 → 95) kpis/revenue.yaml:3');

    const markdown = await runMain(['diff', 'main', 'goals', '--format', 'markdown'], { cwd: g.root });
    expect(markdown.stdout).toContain('**⚠ KPI goalposts moved** (a target or critical line the KPI is judged against)');
    expect(markdown.stdout).toContain('| Revenue `revenue` | target | 120 | 95 |');
    expect(markdown.stdout).toContain('| edited | kpi | Revenue `revenue` | target 120 → 95 | `kpis/revenue.yaml:3` |');
  });

  test('the rule is set in cairn.config.yaml like the others: error fails --check, off is silent', async () => {
    const g = (repo = await gitGoals());
    await g.edit('cairn.config.yaml', 'as_of: 2026-11-15\n', 'as_of: 2026-11-15\nreview:\n  moved_kpi_goalposts: error\n');
    g.commit('rules');
    await g.edit('kpis/revenue.yaml', REVENUE_TARGET, 'target: 95\n');
    const failing = await json(g, 'HEAD', 'goals', '--check');
    expect(failing.code).toBe(1);
    expect(failing.stderr).toBe('1 review check failed (rules in cairn.config.yaml under review:)\n');
    await g.edit('cairn.config.yaml', 'moved_kpi_goalposts: error', 'moved_kpi_goalposts: off');
    const off = await json(g, 'HEAD', 'goals', '--check');
    expect(off.code).toBe(0);
    expect(off.report.diff.findings).toEqual([]);
    expect(off.report.diff.kpiGoalposts.map((k) => [k.field, k.before, k.after])).toEqual([['target', 120, 95]]);
  });

  test('a band target, a critical band and time-bound targets show as written', async () => {
    const g = (repo = await gitGoals());
    await g.edit('kpis/revenue.yaml', REVENUE_TARGET, 'direction: range\ntarget: { min: 90, max: 130 }\n');
    g.commit('a band');
    await g.edit('kpis/revenue.yaml', 'target: { min: 90, max: 130 }\n', 'target: { min: 80, max: 130 }\ncritical: { min: 60, max: 150 }\n');
    const band = await runMain(['diff', 'HEAD', 'goals'], { cwd: g.root });
    expect(band.stdout).toMatch(/\nrevenue\s+target\s+90–130\s+80–130\n/);
    expect(band.stdout).toMatch(/\nrevenue\s+critical\s+none\s+60–150\n/);
    expect(band.stdout).toContain('warning critical of KPI revenue changed from none to 60–150 (kpis/revenue.yaml:5, moved_kpi_goalposts)');

    await g.write('kpis/revenue.yaml', 'title: Revenue\nteam: sales\ntarget:\n  - { from: 2026-01-01, value: 100 }\nfrequency: monthly\nmeasurements:\n  - { date: 2026-09-30, value: 90 }\n  - { date: 2026-10-31, value: 99 }\n');
    g.commit('time-bound');
    await g.edit('kpis/revenue.yaml', '  - { from: 2026-01-01, value: 100 }\n', '  - { from: 2026-01-01, value: 100 }\n  - { from: 2027-01-01, value: 120 }\n');
    // A target that starts after the as-of date plans ahead: listed with its values, not a moved goalpost.
    const ahead = await runMain(['diff', 'HEAD', 'goals', '--format', 'markdown'], { cwd: g.root });
    expect(ahead.stdout).not.toContain('KPI goalposts moved');
    expect(ahead.stdout).not.toContain('Review checks');
    expect(ahead.stdout).toContain('| edited | kpi | Revenue `revenue` | target 100 from 2026-01-01 → 100 from 2026-01-01, 120 from 2027-01-01 (from after the as-of date) | `kpis/revenue.yaml:4` |');
  });
});

describe('cairn diff: KPI health', () => {
  test('a measurement that turns a KPI critical: health, latest value and date, trend before → after', async () => {
    const g = (repo = await gitGoals());
    await g.edit('kpis/revenue.yaml', REVENUE_TARGET, 'target: 120\ncritical: 95\n');
    g.commit('a critical line');
    await g.edit('kpis/revenue.yaml', '  - { date: 2026-10-31, value: 99 }\n', '  - { date: 2026-10-31, value: 99 }\n  - { date: 2026-11-14, value: 80 }\n');
    const { report } = await json(g, 'HEAD', 'goals');
    expect(report.diff.kpiHealth).toEqual([
      expect.objectContaining({
        id: 'revenue',
        valuesHidden: false,
        before: expect.objectContaining({ health: 'warning', latest: { date: '2026-10-31', value: 99 }, trend: 'unknown' }),
        after: expect.objectContaining({ health: 'critical', latest: { date: '2026-11-14', value: 80 }, trend: 'worsening' }),
      }),
    ]);
    const pretty = await runMain(['diff', 'HEAD', 'goals'], { cwd: g.root });
    expect(pretty.stdout.split('\n')[0]).toBe('1 measurement added · 1 KPI changed health · Q4 2026 0.31 → 0.23');
    expect(pretty.stdout).toMatch(/\nrevenue\s+warning → critical\s+99 \(2026-10-31\) → 80 \(2026-11-14\)\s+unknown → worsening\n/);
    const markdown = await runMain(['diff', 'HEAD', 'goals', '--format', 'markdown'], { cwd: g.root });
    expect(markdown.stdout).toContain('**KPI health (1 changed)**\n\n| KPI | Health | Latest | Trend |\n|---|---|---|---|\n| Revenue `revenue` | warning → critical | 99 (2026-10-31) → 80 (2026-11-14) | unknown → worsening |');
  });

  test('values: hidden keeps a KPI off public pages, not out of the review: its figures show, marked, as a hidden key result’s check-ins do', async () => {
    const g = (repo = await gitGoals());
    await g.edit('kpis/revenue.yaml', REVENUE_TARGET, 'target: 120\nvalues: hidden\n');
    await g.edit('objectives/2026-q4/sales/deals.md', '    start: 0\n', '    values: hidden\n    start: 0\n');
    g.commit('hidden');
    await g.edit('kpis/revenue.yaml', '  - { date: 2026-10-31, value: 99 }\n', '  - { date: 2026-10-31, value: 99 }\n  - { date: 2026-11-14, value: 121 }\n');
    await g.edit('objectives/2026-q4/sales/deals.md', '      - { date: 2026-10-15, value: 3, note: Three signed }', '      - { date: 2026-10-15, value: 3, note: Three signed }\n      - { date: 2026-11-10, value: 6 }');
    const { report } = await json(g, 'HEAD', 'goals');
    expect(report.diff.kpiHealth.map((k) => [k.id, k.valuesHidden, k.before?.latest?.value, k.after?.latest?.value, k.after?.health])).toEqual([['revenue', true, 99, 121, 'healthy']]);
    const pretty = await runMain(['diff', 'HEAD', 'goals'], { cwd: g.root });
    expect(pretty.stdout).toMatch(/\nrevenue \(values hidden\)\s+warning → healthy\s+99 \(2026-10-31\) → 121 \(2026-11-14\)/);
    expect(pretty.stdout).toContain('  deals#close 2026-11-10 6');
    const markdown = await runMain(['diff', 'HEAD', 'goals', '--format', 'markdown'], { cwd: g.root });
    expect(markdown.stdout).toContain('| Revenue `revenue` (values hidden) | warning → healthy | 99 (2026-10-31) → 121 (2026-11-14) |');
    expect(markdown.stdout).toContain('| `deals#close` | 2026-11-10 | 6 |');
  });
});

describe('cairn diff: check-ins in a closed period', () => {
  /** The demo company, as the reviewer copied it into a repository of their own. */
  function acme(): Record<string, string> {
    const top = new URL('../../../examples/acme/', import.meta.url).pathname;
    const files: Record<string, string> = {};
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else files[relative(top, path)] = readFileSync(path, 'utf8');
      }
    };
    walk(top);
    return files;
  }

  test('the reviewer’s case: a check-in on a Q4 key result as of 2027-02-15 moves a final score, and --check now fails', async () => {
    const g = (repo = await gitGoals(acme()));
    const config = await g.read('cairn.config.yaml');
    await g.write('cairn.config.yaml', config.replace(/^as_of: .*$/m, 'as_of: 2027-02-15'));
    g.commit('as of mid-Q1');
    // cairn checkin itself now refuses a date after the period's end; --late records it, as a hand edit would.
    const refused = await runMain(['checkin', 'faster-checkout#lighthouse', '88', '--note', 'new CDN'], { cwd: g.goals });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'error: faster-checkout#lighthouse belongs to 2026-q4, which ended on 2026-12-31; a check-in dated 2027-02-15 would change its final score. Date it within the period (--date 2026-12-31), or add --late to record it after the end\n',
    );
    const checkin = await runMain(['checkin', 'faster-checkout#lighthouse', '88', '--note', 'new CDN', '--late'], { cwd: g.goals });
    expect(checkin.code).toBe(0);
    const { code, report, stderr } = await json(g, 'HEAD', 'goals', '--check');
    const score = report.diff.scores.find((s) => s.kind === 'objective' && s.id === 'faster-checkout');
    expect([score?.before?.score.toFixed(2), score?.after?.score.toFixed(2)]).toEqual(['0.18', '0.46']);
    expect(report.diff.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['closed_period_checkin', 'error', "check-in of faster-checkout#lighthouse dated 2027-02-15 added after period 2026-q4 ended on 2026-12-31: it changes the period's final score"],
    ]);
    const [finding] = report.diff.findings;
    expect((await g.read(finding?.file ?? '')).split('\n')[(finding?.line ?? 0) - 1]).toContain('{ date: 2027-02-15, value: 88');
    expect(code).toBe(1);
    expect(stderr).toBe('1 review check failed (rules in cairn.config.yaml under review:)\n');
  });

  test('a final check-in dated inside the ended period passes; closed_period_checkin: warning reports without failing', async () => {
    const g = (repo = await gitGoals());
    await g.edit('objectives/2026-q3/sales/old.md', '      - { date: 2026-09-20, value: 4 }', '      - { date: 2026-09-20, value: 4 }\n      - { date: 2026-09-30, value: 5 }');
    const final = await json(g, 'main', 'goals', '--check');
    expect(final.code).toBe(0);
    expect(final.report.diff.findings).toEqual([]);
    await g.edit('objectives/2026-q3/sales/old.md', '{ date: 2026-09-30, value: 5 }', '{ date: 2026-10-02, value: 5 }');
    expect((await json(g, 'main', 'goals', '--check')).code).toBe(1);
    await g.edit('cairn.config.yaml', 'as_of: 2026-11-15\n', 'as_of: 2026-11-15\nreview:\n  closed_period_checkin: warning\n');
    const warned = await runMain(['diff', 'main', 'goals', '--check'], { cwd: g.root });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain("warning check-in of old#summer dated 2026-10-02 added after period 2026-q3 ended on 2026-09-30: it changes the period's final score (objectives/2026-q3/sales/old.md:10, closed_period_checkin)");
  });
});

describe('cairn diff: check-ins show confidence and author', () => {
  test('pretty and markdown show them where the file has them, and nothing where it does not', async () => {
    const g = (repo = await gitGoals());
    await g.edit(
      'objectives/2026-q4/sales/deals.md',
      '      - { date: 2026-10-15, value: 3, note: Three signed }',
      '      - { date: 2026-10-15, value: 3, note: Three signed }\n      - { date: 2026-11-10, value: 5, confidence: 0.4, by: "@sam", note: Two slipped }',
    );
    await g.edit('objectives/2026-q4/web/faster.md', '      - { date: 2026-10-20, value: 2.5 }', '      - { date: 2026-10-20, value: 2.5 }\n      - { date: 2026-11-12, value: 2.1 }');
    const { report } = await json(g, 'main', 'goals');
    expect(report.diff.checkinsAdded).toEqual([
      expect.objectContaining({ ref: 'deals#close', confidence: 0.4, by: '@sam' }),
      expect.not.objectContaining({ confidence: expect.anything() }),
    ]);
    const pretty = await runMain(['diff', 'main', 'goals'], { cwd: g.root });
    expect(pretty.stdout).toContain('\n  deals#close 2026-11-10 5 confidence 0.4 by @sam Two slipped\n  faster#load-time 2026-11-12 2.1\n');
    const markdown = await runMain(['diff', 'main', 'goals', '--format', 'markdown'], { cwd: g.root });
    expect(markdown.stdout).toContain(
      ['| Of | Date | Value | Confidence | By | Note |', '|---|---|--:|--:|---|---|', '| `deals#close` | 2026-11-10 | 5 | 0.4 | @\u200bsam | Two slipped |', '| `faster#load-time` | 2026-11-12 | 2.1 |  |  |  |'].join('\n'),
    );
    // A rewritten check-in keeps the confidence and author it had.
    g.commit('round');
    await g.edit('objectives/2026-q4/sales/deals.md', 'value: 5, confidence: 0.4', 'value: 4, confidence: 0.4');
    const rewritten = await runMain(['diff', 'HEAD', 'goals'], { cwd: g.root });
    expect(rewritten.stdout).toContain('  deals#close 2026-11-10 5 → 4 confidence 0.4 by @sam Two slipped');
  });
});
