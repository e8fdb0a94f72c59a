import { describe, expect, it } from 'vitest';
import { buildSnapshot, checkRepository, loadRepository, SnapshotSchema, type SourceFile } from '../index.js';

/** The worked example of the scoring docs, written as a goals repository in memory. */
const files: SourceFile[] = [
  { path: 'cairn.config.yaml', text: 'organisation: Acme Inc.\nas_of: 2026-11-15\nsite: { title: Acme goals, locale: en-GB }\n' },
  {
    path: 'periods.yaml',
    text: [
      '- { id: "2026", name: "2026", start: 2026-01-01, end: 2026-12-31 }',
      '- { id: 2026-q4, name: Q4 2026, start: 2026-10-01, end: 2026-12-31, parent: "2026" }',
      '- { id: 2027-q1, name: Q1 2027, start: 2027-01-01, end: 2027-03-31 }',
    ].join('\n'),
  },
  {
    path: 'teams.yaml',
    text: '- { id: acme, name: Acme Inc. }\n- { id: sales, name: Sales, parent: acme, owners: [sam] }\n- { id: field, name: Field sales, parent: sales }\n',
  },
  {
    path: 'objectives/2026-q4/acme/eco-leader.md',
    text: `---
title: Become a market leader in eco-friendly products
owner: dana
supporting_kpis: [customer-satisfaction]
key_results:
  - id: launch-products
    title: Launch two new sustainable products
    start: 0
    target: 2
    checkins:
      - { date: 2026-10-20, value: 1, confidence: 0.8, note: Bamboo line shipped }
  - id: eco-sales
    title: Increase eco sales by 30 %
    kpi: eco-revenue
    start: 1000000
    target: 1300000
  - id: partners
    title: Sign three retail partners
    target: 3
    checkins:
      - { date: 2026-11-01, value: 3 }
---
Why it matters.
`,
  },
  {
    path: 'objectives/2026-q4/sales/eco-deals.md',
    text: `---
title: Win eco deals
owner: sam
parent: "eco-leader#eco-sales"
weight: 3
key_results:
  - { id: a, title: Deals, target: 10, checkins: [{ date: 2026-11-10, value: 8 }] }
  - { id: b, title: Demos, target: 10, checkins: [{ date: 2026-11-10, value: 6 }] }
---
`,
  },
  {
    path: 'objectives/2026-q4/field/defects.md',
    text: `---
title: Reduce product defect rate by 20 %
owner: lee
kind: committed
key_results:
  - { id: rate, title: Defect rate, start: 5.0, target: 4.0, unit: "%", checkins: [{ date: 2026-11-01, value: 4.4 }] }
  - { id: audits, title: Audits, milestones: [{ title: a, done: true }, { title: b, done: true }, { title: c, weight: 2 }] }
---
`,
  },
  {
    path: 'kpis/eco-revenue.yaml',
    text: 'title: Eco revenue\nowner: dana\nteam: sales\nunit: EUR\ntarget: 1300000\ncritical: 900000\nfrequency: monthly\n',
  },
  { path: 'kpis/eco-revenue.csv', text: 'date,value\n2026-09-30,1000000\n2026-10-31,1150000\n2026-11-30,1200000\n' },
  {
    path: 'kpis/customer-satisfaction.yaml',
    text: [
      'title: Customer satisfaction',
      'owner: sam',
      'team: sales',
      'unit: "%"',
      'target: 90',
      'critical: 80',
      'key: true',
      'frequency: monthly',
      'drives: [eco-revenue]',
      'measurements:',
      '  - { date: 2026-06-30, value: 86 }',
      '  - { date: 2026-07-31, value: 87 }',
      '  - { date: 2026-08-31, value: 89 }',
      '  - { date: 2026-09-30, value: 91 }',
    ].join('\n'),
  },
];

const repo = loadRepository(files);
const snapshot = buildSnapshot(repo, '2026-11-15');
const objective = (id: string) => snapshot.objectives.find((o) => o.id === id);

describe('buildSnapshot', () => {
  it('starts from a repository without errors', () => {
    expect(checkRepository(repo).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('matches its own JSON Schema (the published contract)', () => {
    expect(SnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot.version).toBe(1);
    expect(snapshot.asOf).toBe('2026-11-15');
    expect(snapshot.organisation).toBe('Acme Inc.');
  });

  it('reproduces the worked example: score 0.6667, grade 0.7, green, on track', () => {
    const eco = objective('eco-leader');
    expect(eco?.score).toBeCloseTo(0.6667, 4);
    expect(eco?.grade).toBe(0.7);
    expect(eco?.colour).toBe('green');
    expect(eco?.status).toBe('on-track');
    expect(eco?.expected).toBeCloseTo(0.4945, 4);
    expect(eco?.keyResults.map((kr) => kr.progress)).toEqual([0.5, 0.5, 1]);
    expect(eco?.keyResults[1]?.current).toBe(1150000);
  });

  it('reads a KPI key result no later than the as-of date', () => {
    const later = buildSnapshot(repo, '2026-12-05').objectives.find((o) => o.id === 'eco-leader');
    expect(later?.keyResults[1]?.current).toBe(1200000);
  });

  it('scores lower-is-better metrics and weighted milestones', () => {
    const defects = objective('defects');
    expect(defects?.keyResults[0]?.progress).toBeCloseTo(0.6, 10);
    expect(defects?.keyResults[1]?.progress).toBe(0.5);
    expect(defects?.kind).toBe('committed');
  });

  it('links contributors, children and KPI relations both ways', () => {
    expect(objective('eco-leader')?.children).toEqual(['eco-deals']);
    expect(objective('eco-leader')?.keyResults[1]?.contributors).toEqual(['eco-deals']);
    const revenue = snapshot.kpis.find((k) => k.id === 'eco-revenue');
    expect(revenue?.keyResults).toEqual(['eco-leader#eco-sales']);
    expect(revenue?.drivenBy).toEqual(['customer-satisfaction']);
    expect(snapshot.kpis.find((k) => k.id === 'customer-satisfaction')?.guards).toEqual(['eco-leader']);
  });

  it('keeps KPI series up to the as-of date only', () => {
    const revenue = snapshot.kpis.find((k) => k.id === 'eco-revenue');
    expect(revenue?.series.map((m) => m.date)).toEqual(['2026-09-30', '2026-10-31']);
    expect(revenue?.latest).toEqual({ date: '2026-10-31', value: 1150000 });
    expect(revenue?.health).toBe('warning');
  });

  it('flags a monthly KPI as stale 51 days after its latest measurement', () => {
    const csat = buildSnapshot(repo, '2026-11-20').kpis.find((k) => k.id === 'customer-satisfaction');
    expect(csat?.stale).toBe(true);
    expect(csat?.daysSinceLatest).toBe(51);
    expect(csat?.health).toBe('healthy');
    expect(csat?.trend).toBe('improving');
  });

  it('rolls objective scores up into periods and teams with weights', () => {
    const q4 = snapshot.periods.find((p) => p.id === '2026-q4');
    const scores = snapshot.objectives.filter((o) => o.period === '2026-q4');
    const weighted = scores.reduce((sum, o) => sum + o.score * o.weight, 0) / scores.reduce((sum, o) => sum + o.weight, 0);
    expect(q4?.score).toBeCloseTo(weighted, 5);
    expect(q4?.objectives).toBe(3);
    expect(snapshot.periods.find((p) => p.id === '2027-q1')).toMatchObject({ phase: 'before', score: null, objectives: 0 });
    expect(snapshot.teams.find((t) => t.id === 'sales')?.score).toBeCloseTo(0.7, 10);
  });

  it('defaults to the shortest period running at the as-of date', () => {
    expect(snapshot.defaultPeriod).toBe('2026-q4');
    expect(buildSnapshot(repo, '2027-02-01').defaultPeriod).toBe('2027-q1');
    expect(buildSnapshot(repo, '2027-06-01').defaultPeriod).toBe('2027-q1');
  });

  it('is deterministic: same input, same bytes, whatever the file order', () => {
    const again = buildSnapshot(loadRepository([...files].reverse()), '2026-11-15');
    expect(JSON.stringify(again)).toBe(JSON.stringify(snapshot));
  });
});
