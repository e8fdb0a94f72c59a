import { describe, expect, test } from 'vitest';
import { loadRepository } from '../load/load-repository.js';
import type { SourceFile } from '../load/model.js';
import { buildSnapshot } from '../snapshot/build-snapshot.js';
import { compareGoals } from './compare-goals.js';
import type { GoalsSide } from './diff-types.js';

const BASE: Record<string, string> = {
  'periods.yaml': '- { id: q3, name: Q3, start: 2026-07-01, end: 2026-09-30 }\n- { id: q4, name: Q4, start: 2026-10-01, end: 2026-12-31 }\n',
  'teams.yaml': '- { id: acme, name: Acme }\n- { id: web, name: Web, parent: acme }\n',
  'objectives/q4/acme/grow.md': '---\ntitle: Grow\nkey_results:\n  - { id: a, title: A, start: 0, target: 10, checkins: [{ date: 2026-10-10, value: 2 }, { date: 2026-10-20, value: 4 }] }\n---\n',
  'objectives/q3/acme/past.md': '---\ntitle: Past\nkey_results:\n  - { id: p, title: P, start: 0, target: 4, checkins: [{ date: 2026-09-01, value: 2 }] }\n---\n',
  'kpis/nps.yaml': 'title: NPS\ntarget: 40\nmeasurements:\n  - { date: 2026-09-30, value: 35 }\n',
};

function side(files: Record<string, string>): GoalsSide {
  const repo = loadRepository(Object.entries(files).map(([path, text]): SourceFile => ({ path, text })));
  expect(repo.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return { repo, snapshot: buildSnapshot(repo, '2026-11-15') };
}

const change = (edits: Record<string, string | null>): Record<string, string> => {
  const files = { ...BASE };
  for (const [path, text] of Object.entries(edits)) {
    if (text === null) delete files[path];
    else files[path] = text;
  }
  return files;
};

describe('compareGoals', () => {
  test('the same goals: nothing changed, no findings', () => {
    const diff = compareGoals(side(BASE), side(BASE));
    expect(diff).toMatchObject({ changes: [], checkinsAdded: [], checkinsRemoved: [], measurementsAdded: [], goalposts: [], scores: [], findings: [] });
  });

  test('two equal check-ins are two: adding a repeat counts once', () => {
    const grow = BASE['objectives/q4/acme/grow.md'] ?? '';
    const after = change({ 'objectives/q4/acme/grow.md': grow.replace('{ date: 2026-10-20, value: 4 }', '{ date: 2026-10-20, value: 4 }, { date: 2026-11-01, value: 4 }') });
    const diff = compareGoals(side(BASE), side(after));
    expect(diff.checkinsAdded.map((c) => [c.ref, c.date, c.value])).toEqual([['grow#a', '2026-11-01', 4]]);
    expect(diff.scores).toEqual([]);
  });

  test('a check-in rewritten on its date is a rewrite with its new value, not an addition', () => {
    const grow = BASE['objectives/q4/acme/grow.md'] ?? '';
    const diff = compareGoals(side(BASE), side(change({ 'objectives/q4/acme/grow.md': grow.replace('value: 4 }', 'value: 6 }') })));
    expect(diff.checkinsAdded).toEqual([]);
    expect(diff.checkinsRemoved.map((c) => [c.ref, c.date, c.value, c.now])).toEqual([['grow#a', '2026-10-20', 4, 6]]);
    expect(diff.findings.map((f) => [f.rule, f.severity, f.file, f.line])).toEqual([['unexplained_score_change', 'error', 'objectives/q4/acme/grow.md', 2]]);
  });

  test('an objective whose file name changed keeps its history as a rename when its title and period stay', () => {
    const diff = compareGoals(side(BASE), side(change({ 'objectives/q4/acme/grow.md': null, 'objectives/q4/web/growth.md': BASE['objectives/q4/acme/grow.md'] ?? '' })));
    expect(diff.changes.map((c) => [c.kind, c.change, c.id, c.from, c.fields])).toEqual([['objective', 'renamed', 'growth', 'grow', ['team']]]);
  });

  test('a retrospective written and a follows link added are edits of those fields, with no score change', () => {
    const past = BASE['objectives/q3/acme/past.md'] ?? '';
    const grow = BASE['objectives/q4/acme/grow.md'] ?? '';
    const diff = compareGoals(
      side(BASE),
      side(change({ 'objectives/q3/acme/past.md': past.replace('title: Past\n', 'title: Past\nretrospective: We learned to start early.\n'), 'objectives/q4/acme/grow.md': grow.replace('title: Grow\n', 'title: Grow\nfollows: past\n') })),
    );
    expect(diff.changes.map((c) => [c.kind, c.change, c.id, c.fields])).toEqual([
      ['objective', 'edited', 'past', ['retrospective']],
      ['objective', 'edited', 'grow', ['follows']],
    ]);
    expect(diff.scores).toEqual([]);
    expect(diff.findings).toEqual([]);
  });

  test('a goalpost in a closed period is an error, and the rule can be turned off', () => {
    const past = BASE['objectives/q3/acme/past.md'] ?? '';
    const after = side(change({ 'objectives/q3/acme/past.md': past.replace('target: 4', 'target: 2') }));
    const diff = compareGoals(side(BASE), after);
    expect(diff.goalposts.map((g) => [g.ref, g.field, g.before, g.after, g.phase])).toEqual([['past#p', 'target', 4, 2, 'after']]);
    expect(diff.findings.map((f) => f.message)).toEqual(['target of past#p changed from 4 to 2 after period q3 ended']);
    expect(compareGoals(side(BASE), after, { closed_period_targets: 'off' }).findings).toEqual([]);
  });

  test('scores compare both sides at the same as-of date, with grade and status', () => {
    const grow = BASE['objectives/q4/acme/grow.md'] ?? '';
    const diff = compareGoals(side(BASE), side(change({ 'objectives/q4/acme/grow.md': grow.replace('value: 4 }', 'value: 4 }, { date: 2026-11-10, value: 8 }') })));
    expect(diff.asOf).toBe('2026-11-15');
    expect(diff.scores.find((s) => s.kind === 'objective')).toEqual({ kind: 'objective', id: 'grow', title: 'Grow', period: 'q4', before: { score: 0.4, grade: 0.4, status: 'on-track' }, after: { score: 0.8, grade: 0.8, status: 'on-track' } });
    expect(diff.scores.map((s) => `${s.kind}:${s.id}:${s.period}`)).toEqual(['period:q4:q4', 'team:acme:q4', 'objective:grow:q4']);
  });

  test('a KPI measurement added is listed, and a removed KPI is a removal', () => {
    const diff = compareGoals(side(BASE), side(change({ 'kpis/nps.yaml': 'title: NPS\ntarget: 40\nmeasurements:\n  - { date: 2026-09-30, value: 35 }\n  - { date: 2026-10-31, value: 38 }\n' })));
    expect(diff.measurementsAdded.map((m) => [m.ref, m.date, m.value])).toEqual([['nps', '2026-10-31', 38]]);
    const gone = compareGoals(side(BASE), side(change({ 'kpis/nps.yaml': null })));
    expect(gone.changes.map((c) => [c.kind, c.change, c.id])).toEqual([['kpi', 'removed', 'nps']]);
    // A KPI file renamed keeps its title: a rename, not a removal and an addition.
    const moved = compareGoals(side(BASE), side(change({ 'kpis/nps.yaml': null, 'kpis/net-promoter.yaml': BASE['kpis/nps.yaml'] ?? '' })));
    expect(moved.changes.map((c) => [c.kind, c.change, c.id, c.from])).toEqual([['kpi', 'renamed', 'net-promoter', 'nps']]);
  });
});

describe('unexplained_score_change', () => {
  const grow = BASE['objectives/q4/acme/grow.md'] ?? '';
  const child = '---\ntitle: Ship the app\nparent: grow\nkey_results:\n  - { id: users, title: Users, start: 0, target: 100, checkins: [{ date: 2026-10-15, value: 40 }] }\n---\n';
  const withChild = change({ 'objectives/q4/web/ship.md': child });
  const edit = (files: Record<string, string>, edits: Record<string, string | null>): Record<string, string> => {
    const next = { ...files };
    for (const [path, text] of Object.entries(edits)) {
      if (text === null) delete next[path];
      else next[path] = text;
    }
    return next;
  };
  const rules = (before: Record<string, string>, after: Record<string, string>) => compareGoals(side(before), side(after)).findings.filter((f) => f.rule === 'unexplained_score_change');
  const rewrite = grow.replace('value: 4 }', 'value: 7 }');

  test('a rewritten check-in is not explained by a check-in in an aligned objective', () => {
    const after = edit(withChild, { 'objectives/q4/acme/grow.md': rewrite, 'objectives/q4/web/ship.md': child.replace('value: 40 }', 'value: 40 }, { date: 2026-11-01, value: 55 }') });
    expect(rules(withChild, after).map((f) => f.message)).toEqual(['score of grow changed from 0.40 to 0.70 with no check-in explaining it: 1 check-in was rewritten or removed']);
  });

  test('nor by a check-in added to another key result of the same objective', () => {
    const twoKrs = grow.replace('key_results:\n', 'key_results:\n  - { id: b, title: B, start: 0, target: 10, checkins: [{ date: 2026-10-10, value: 1 }] }\n');
    const after = twoKrs.replace('value: 4 }', 'value: 7 }').replace('{ date: 2026-10-10, value: 1 }', '{ date: 2026-10-10, value: 1 }, { date: 2026-11-01, value: 2 }');
    const found = rules(change({ 'objectives/q4/acme/grow.md': twoKrs }), change({ 'objectives/q4/acme/grow.md': after }));
    expect(found.map((f) => f.message)).toEqual(['score of grow changed from 0.25 to 0.45 with no check-in explaining it: 1 check-in was rewritten or removed']);
  });

  test('nor by a rename of the file', () => {
    const after = change({ 'objectives/q4/acme/grow.md': null, 'objectives/q4/acme/growth.md': rewrite });
    const diff = compareGoals(side(BASE), side(after));
    expect(diff.scores.filter((s) => s.kind === 'objective')).toEqual([
      { kind: 'objective', id: 'growth', from: 'grow', title: 'Grow', period: 'q4', before: { score: 0.4, grade: 0.4, status: 'on-track' }, after: { score: 0.7, grade: 0.7, status: 'on-track' } },
    ]);
    expect(diff.findings.map((f) => [f.message, f.file])).toEqual([
      ['score of growth changed from 0.40 to 0.70 with no check-in explaining it: 1 check-in was rewritten or removed', 'objectives/q4/acme/growth.md'],
    ]);
    // A rename alone moves no score.
    expect(compareGoals(side(BASE), side(change({ 'objectives/q4/acme/grow.md': null, 'objectives/q4/acme/growth.md': grow }))).scores).toEqual([]);
  });

  test('a second check-in written on a date that has one is a rewrite, not an addition', () => {
    const after = change({ 'objectives/q4/acme/grow.md': grow.replace('{ date: 2026-10-20, value: 4 }', '{ date: 2026-10-20, value: 4 }, { date: 2026-10-20, value: 9 }') });
    const diff = compareGoals(side(BASE), side(after));
    expect(diff.checkinsAdded).toEqual([]);
    expect(diff.checkinsRemoved.map((c) => [c.ref, c.date, c.value, c.now])).toEqual([['grow#a', '2026-10-20', 4, 9]]);
    expect(diff.findings.map((f) => f.rule)).toEqual(['unexplained_score_change']);
  });

  test('a check-in on a new date still explains its own key result and the umbrella above it', () => {
    const umbrella = { 'objectives/q4/acme/lead.md': '---\ntitle: Lead\n---\n', 'objectives/q4/acme/grow.md': grow.replace('title: Grow\n', 'title: Grow\nparent: lead\n') };
    const before = change(umbrella);
    const after = edit(before, { 'objectives/q4/acme/grow.md': (umbrella['objectives/q4/acme/grow.md'] ?? '').replace('value: 4 }', 'value: 4 }, { date: 2026-11-10, value: 8 }') });
    const diff = compareGoals(side(before), side(after));
    expect(diff.scores.filter((s) => s.kind === 'objective').map((s) => s.id)).toEqual(['grow', 'lead']);
    expect(diff.findings).toEqual([]);
  });
});

describe('KPI goalposts and health', () => {
  const nps = (fields: string, measurements = '  - { date: 2026-09-30, value: 35 }\n'): string => `title: NPS\n${fields}measurements:\n${measurements}`;

  test('a lowered KPI target shows old → new, turns the health, and is a moved_kpi_goalposts warning', () => {
    const diff = compareGoals(side(BASE), side(change({ 'kpis/nps.yaml': nps('target: 30\n') })));
    expect(diff.kpiGoalposts).toEqual([{ ref: 'nps', title: 'NPS', field: 'target', before: 40, after: 30, phase: 'during', file: 'kpis/nps.yaml', line: 2 }]);
    expect(diff.kpiHealth).toEqual([
      {
        id: 'nps',
        title: 'NPS',
        file: 'kpis/nps.yaml',
        line: 1,
        valuesHidden: false,
        before: { health: 'warning', healthSetBy: 'rule', latest: { date: '2026-09-30', value: 35 }, trend: 'unknown', target: 40 },
        after: { health: 'healthy', healthSetBy: 'rule', latest: { date: '2026-09-30', value: 35 }, trend: 'unknown', target: 30 },
      },
    ]);
    expect(diff.findings.map((f) => [f.rule, f.severity, f.message, `${f.file}:${f.line}`])).toEqual([
      ['moved_kpi_goalposts', 'warning', 'target of KPI nps changed from 40 to 30, so its health turns from warning to healthy', 'kpis/nps.yaml:2'],
    ]);
    expect(compareGoals(side(BASE), side(change({ 'kpis/nps.yaml': nps('target: 30\n') })), { moved_kpi_goalposts: 'off' }).findings).toEqual([]);
    expect(compareGoals(side(BASE), side(change({ 'kpis/nps.yaml': nps('target: 30\n') })), { moved_kpi_goalposts: 'error' }).findings.map((f) => f.severity)).toEqual(['error']);
  });

  test('a critical line added and a band target changed are goalposts, written as the file has them', () => {
    const before = change({ 'kpis/nps.yaml': nps('direction: range\ntarget: { min: 30, max: 45 }\n') });
    const after = change({ 'kpis/nps.yaml': nps('direction: range\ntarget: { min: 20, max: 45 }\ncritical: { min: 10, max: 60 }\n') });
    const diff = compareGoals(side(before), side(after));
    expect(diff.kpiGoalposts.map((g) => [g.field, g.before, g.after, g.phase, g.line])).toEqual([
      ['target', { min: 30, max: 45 }, { min: 20, max: 45 }, 'during', 3],
      ['critical', null, { min: 10, max: 60 }, 'during', 4],
    ]);
    expect(diff.findings.map((f) => f.message)).toEqual(['target of KPI nps changed from 30–45 to 20–45', 'critical of KPI nps changed from none to 10–60']);
  });

  test('time-bound targets: a new entry after the as-of date plans ahead; one already in force moves a goalpost', () => {
    const list = (entries: string) => change({ 'kpis/nps.yaml': nps(`target:\n${entries}`) });
    const now = '  - { from: 2026-01-01, value: 40 }\n';
    const ahead = compareGoals(side(list(now)), side(list(`${now}  - { from: 2027-01-01, value: 45 }\n`)));
    expect(ahead.kpiGoalposts.map((g) => [g.field, g.phase])).toEqual([['target', 'before']]);
    expect(ahead.findings).toEqual([]);
    const moved = compareGoals(side(list(now)), side(list(`${now}  - { from: 2026-09-01, value: 30 }\n`)));
    expect(moved.kpiGoalposts.map((g) => [g.field, g.phase])).toEqual([['target', 'during']]);
    expect(moved.findings.map((f) => f.message)).toEqual([
      'target of KPI nps changed from 40 from 2026-01-01 to 40 from 2026-01-01, 30 from 2026-09-01, so its health turns from warning to healthy',
    ]);
  });

  test('a measurement that turns a KPI critical is a health row with latest and date; values: hidden keeps them in the review', () => {
    const hidden = 'values: hidden\ntarget: 40\ncritical: 20\n';
    const before = change({ 'kpis/nps.yaml': nps(hidden) });
    const after = change({ 'kpis/nps.yaml': nps(hidden, '  - { date: 2026-09-30, value: 35 }\n  - { date: 2026-10-31, value: 15 }\n') });
    const diff = compareGoals(side(before), side(after));
    expect(diff.kpiGoalposts).toEqual([]);
    expect(diff.kpiHealth.map((k) => [k.id, k.valuesHidden, k.before?.health, k.before?.latest, k.after?.health, k.after?.latest])).toEqual([
      ['nps', true, 'warning', { date: '2026-09-30', value: 35 }, 'critical', { date: '2026-10-31', value: 15 }],
    ]);
    // The diff lists the hidden KPI's measurements too: the review is the company's own.
    expect(diff.measurementsAdded.map((m) => [m.ref, m.value])).toEqual([['nps', 15]]);
  });

  test('a KPI added, removed or renamed: health rows with one side empty, or compared with its old self', () => {
    const added = compareGoals(side(BASE), side(change({ 'kpis/uptime.yaml': 'title: Uptime\ntarget: 99.9\nmeasurements:\n  - { date: 2026-11-01, value: 99.95 }\n' })));
    expect(added.kpiHealth.map((k) => [k.id, k.before, k.after?.health])).toEqual([['uptime', null, 'healthy']]);
    const removed = compareGoals(side(BASE), side(change({ 'kpis/nps.yaml': null })));
    expect(removed.kpiHealth.map((k) => [k.id, k.file, k.before?.health, k.after])).toEqual([['nps', 'kpis/nps.yaml', 'warning', null]]);
    const renamed = compareGoals(side(BASE), side(change({ 'kpis/nps.yaml': null, 'kpis/net-promoter.yaml': nps('target: 30\n') })));
    expect(renamed.kpiHealth.map((k) => [k.id, k.from, k.before?.health, k.after?.health])).toEqual([['net-promoter', 'nps', 'warning', 'healthy']]);
    expect(renamed.kpiGoalposts.map((g) => [g.ref, g.before, g.after])).toEqual([['net-promoter', 40, 30]]);
  });
});

describe('closed_period_checkin', () => {
  const past = BASE['objectives/q3/acme/past.md'] ?? '';
  const late = (checkins: string) => change({ 'objectives/q3/acme/past.md': past.replace('[{ date: 2026-09-01, value: 2 }]', `[${checkins}]`) });

  test('a check-in dated after its ended period is an error: it rewrites the final score', () => {
    const diff = compareGoals(side(BASE), side(late('{ date: 2026-09-01, value: 2 }, { date: 2026-11-10, value: 4 }')));
    const score = diff.scores.find((s) => s.id === 'past');
    expect([score?.before?.score, score?.after?.score]).toEqual([0.5, 1]);
    expect(diff.findings.map((f) => [f.rule, f.severity, f.message, `${f.file}:${f.line}`])).toEqual([
      ['closed_period_checkin', 'error', "check-in of past#p dated 2026-11-10 added after period q3 ended on 2026-09-30: it changes the period's final score", 'objectives/q3/acme/past.md:4'],
    ]);
    expect(compareGoals(side(BASE), side(late('{ date: 2026-09-01, value: 2 }, { date: 2026-11-10, value: 4 }')), { closed_period_checkin: 'off' }).findings).toEqual([]);
  });

  test('a late check-in rewritten is one too; a final check-in dated inside the period is not', () => {
    const before = late('{ date: 2026-09-01, value: 2 }, { date: 2026-10-05, value: 3 }');
    const rewritten = compareGoals(side(before), side(late('{ date: 2026-09-01, value: 2 }, { date: 2026-10-05, value: 4 }')));
    expect(rewritten.findings.filter((f) => f.rule === 'closed_period_checkin').map((f) => f.message)).toEqual([
      "check-in of past#p dated 2026-10-05 rewritten from 3 to 4 after period q3 ended on 2026-09-30: it changes the period's final score",
    ]);
    const final = compareGoals(side(BASE), side(late('{ date: 2026-09-01, value: 2 }, { date: 2026-09-30, value: 3 }')));
    expect(final.findings).toEqual([]);
    // A running period's check-in dated after the as-of date does not count yet, and its period has not ended.
    const grow = BASE['objectives/q4/acme/grow.md'] ?? '';
    const ahead = compareGoals(side(BASE), side(change({ 'objectives/q4/acme/grow.md': grow.replace('value: 4 }', 'value: 4 }, { date: 2026-12-20, value: 9 }') })));
    expect(ahead.findings.filter((f) => f.rule === 'closed_period_checkin')).toEqual([]);
  });

  test('a late check-in rewritten in a renamed file is still found, at its line in the new file', () => {
    const before = late('{ date: 2026-09-01, value: 2 }, { date: 2026-10-05, value: 3 }');
    const after: Record<string, string> = { ...before, 'objectives/q3/acme/the-past.md': (before['objectives/q3/acme/past.md'] ?? '').replace('value: 3 }', 'value: 4 }') };
    delete after['objectives/q3/acme/past.md'];
    const diff = compareGoals(side(before), side(after));
    expect(diff.changes.map((c) => [c.kind, c.change, c.id, c.from])).toEqual([['objective', 'renamed', 'the-past', 'past']]);
    expect(diff.findings.filter((f) => f.rule === 'closed_period_checkin').map((f) => [f.message, `${f.file}:${f.line}`])).toEqual([
      ["check-in of the-past#p dated 2026-10-05 rewritten from 3 to 4 after period q3 ended on 2026-09-30: it changes the period's final score", 'objectives/q3/acme/the-past.md:4'],
    ]);
  });

  test('check-ins carry their confidence and author when the file has them', () => {
    const diff = compareGoals(side(BASE), side(late('{ date: 2026-09-01, value: 2 }, { date: 2026-09-20, value: 3, confidence: 0.6, by: "@sam" }')));
    expect(diff.checkinsAdded).toEqual([expect.objectContaining({ ref: 'past#p', date: '2026-09-20', value: 3, confidence: 0.6, by: '@sam' })]);
    expect(compareGoals(side(BASE), side(late('{ date: 2026-09-01, value: 2 }, { date: 2026-09-20, value: 3 }'))).checkinsAdded[0]).not.toHaveProperty('confidence');
  });
});
