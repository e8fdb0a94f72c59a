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
