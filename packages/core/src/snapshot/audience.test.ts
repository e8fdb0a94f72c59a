import { describe, expect, it } from 'vitest';
import { buildSnapshot, checkRepository, chosenAudience, loadRepository, objectiveSlice, SnapshotSchema, snapshotForAudience, type SourceFile } from '../index.js';

const base: SourceFile[] = [
  { path: 'cairn.config.yaml', text: 'organisation: Acme Inc.\nas_of: 2026-11-15\n' },
  { path: 'periods.yaml', text: '- { id: 2026-q4, name: Q4 2026, start: 2026-10-01, end: 2026-12-31 }\n' },
  { path: 'teams.yaml', text: '- { id: acme, name: Acme Inc. }\n- { id: sales, name: Sales, parent: acme }\n' },
  {
    path: 'objectives/2026-q4/acme/grow.md',
    text: `---
title: Grow the business
key_results:
  - id: revenue
    title: Reach the revenue goal
    start: 3141592
    target: 4815162
    values: hidden
    checkins:
      - { date: 2026-11-01, value: 3979853, note: Black Friday ahead }
  - id: margin
    title: Secret margin programme Zephyr
    visibility: internal
    start: 10
    target: 20
    checkins:
      - { date: 2026-11-01, value: 15 }
  - id: nps
    title: Raise NPS
    start: 30
    target: 40
    checkins:
      - { date: 2026-11-01, value: 35 }
---
Why we grow.
`,
  },
  {
    path: 'objectives/2026-q4/acme/acquire.md',
    text: `---
title: Acquire Project Nightingale
visibility: internal
key_results:
  - { id: sign, title: Sign the term sheet, done: false }
---
`,
  },
  {
    path: 'objectives/2026-q4/sales/close.md',
    text: `---
title: Close the Nightingale deal
parent: acquire
visibility: internal
key_results:
  - { id: deal, title: Deal signed, done: false }
---
`,
  },
  {
    path: 'objectives/2026-q4/sales/pipeline.md',
    text: `---
title: Build the sales pipeline
parent: "grow#margin"
supporting_kpis: [cash, leads]
key_results:
  - { id: leads, title: More leads, kpi: leads, target: 5123 }
  - { id: burn, title: Keep cash healthy, kpi: cash, target: 7777777 }
---
`,
  },
  {
    path: 'kpis/leads.yaml',
    text: 'title: Qualified leads\nteam: sales\ntarget: 4321\nvalues: hidden\ntarget_note: At least 4321 leads a month\ndrives: [cash]\nmeasurements:\n  - { date: 2026-10-31, value: 4215.5 }\n  - { date: 2026-11-10, value: 4332.25 }\n',
  },
  { path: 'kpis/cash.yaml', text: 'title: Cash runway Orion\nvisibility: internal\ntarget: 7000000\nmeasurements:\n  - { date: 2026-11-01, value: 6543210 }\n' },
];

function snapshotOf(files: SourceFile[]) {
  const repo = loadRepository(files);
  expect(checkRepository(repo).filter((p) => p.severity === 'error')).toEqual([]);
  return buildSnapshot(repo, '2026-11-15');
}

describe('visibility and hidden values in the snapshot', () => {
  const full = snapshotOf(base);

  it('resolves each item: own setting, else its objective, else the config, else public', () => {
    const grow = full.objectives.find((o) => o.id === 'grow');
    expect(grow?.visibility).toBe('public');
    expect(grow?.keyResults.map((kr) => [kr.id, kr.visibility, kr.valuesHidden])).toEqual([
      ['revenue', 'public', true],
      ['margin', 'internal', false],
      ['nps', 'public', false],
    ]);
    expect(full.objectives.find((o) => o.id === 'acquire')?.visibility).toBe('internal');
    expect(full.kpis.map((k) => [k.id, k.visibility, k.valuesHidden])).toEqual([
      ['cash', 'internal', false],
      ['leads', 'public', true],
    ]);
    // Measured through a KPI with hidden values or an internal one: the key result's values are hidden too.
    expect(full.objectives.find((o) => o.id === 'pipeline')?.keyResults.map((kr) => kr.valuesHidden)).toEqual([true, true]);
  });

  it('a config default makes unmarked items internal', () => {
    const files = base.map((f) => (f.path === 'cairn.config.yaml' ? { ...f, text: `${f.text}visibility: internal\n` } : f));
    const s = snapshotOf(files);
    expect(s.objectives.find((o) => o.id === 'pipeline')?.visibility).toBe('internal');
    expect(s.kpis.find((k) => k.id === 'leads')?.visibility).toBe('internal');
    expect(snapshotForAudience(s, 'public').objectives).toEqual([]);
  });

  it('a team or period with no public objective keeps no score for the public: it would tell internal ones are there', () => {
    const files = base.map((f) => (f.path === 'periods.yaml' ? { ...f, text: `${f.text}- { id: 2027-q1, name: Q1 2027, start: 2027-01-01, end: 2027-03-31 }\n` } : f));
    files.push({ path: 'objectives/2027-q1/sales/secret.md', text: '---\ntitle: Next secret\nvisibility: internal\nkey_results:\n  - { id: a, title: A, start: 0, target: 4, checkins: [{ date: 2026-11-01, value: 1 }] }\n---\n' });
    const s = snapshotOf(files);
    expect(s.teams.find((t) => t.id === 'sales')?.scores['2027-q1']).toBe(0.25);
    expect(s.periods.find((p) => p.id === '2027-q1')?.score).toBe(0.25);
    const pub = snapshotForAudience(s, 'public');
    expect(Object.keys(pub.teams.find((t) => t.id === 'sales')?.scores ?? {})).toEqual(['2026-q4']);
    expect(pub.periods.find((p) => p.id === '2027-q1')).toMatchObject({ objectives: 0, score: null });
    // Where a public objective is, the score stays as scored, internal objectives counted.
    expect(pub.teams.find((t) => t.id === 'sales')?.scores['2026-q4']).toBe(s.teams.find((t) => t.id === 'sales')?.scores['2026-q4']);
    expect(pub.periods.find((p) => p.id === '2026-q4')?.score).toBe(s.periods.find((p) => p.id === '2026-q4')?.score);
    expect(SnapshotSchema.safeParse(pub).success).toBe(true);
  });

  it('the audience asked for wins, else the config names it, else the public', () => {
    expect(chosenAudience('internal', { site: { audience: 'public' } })).toBe('internal');
    expect(chosenAudience(undefined, { site: { audience: 'internal' } })).toBe('internal');
    expect(chosenAudience(undefined, {})).toBe('public');
  });

  it('the internal audience reads everything', () => {
    const internal = snapshotForAudience(full, 'internal');
    expect(internal).toEqual({ ...full, audience: 'internal' });
  });
});

describe('the public audience', () => {
  const full = snapshotOf(base);
  const pub = snapshotForAudience(full, 'public');
  const text = JSON.stringify(pub);

  it('validates against the snapshot schema and says who it is for', () => {
    expect(SnapshotSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(pub.audience).toBe('public');
  });

  it('leaves internal objectives, key results and KPIs out entirely: no title, id or reference remains', () => {
    for (const secret of ['Project Nightingale', 'Nightingale deal', 'Zephyr', 'Orion', '"acquire"', '"close"', 'grow#margin', '"cash"', 'term sheet']) {
      expect(text).not.toContain(secret);
    }
    expect(pub.objectives.map((o) => o.id)).toEqual(['grow', 'pipeline']);
    expect(pub.kpis.map((k) => k.id)).toEqual(['leads']);
    expect(pub.periods[0]?.objectives).toBe(2);
  });

  it('an internal key result still counts in the score and is reported as a count', () => {
    const grow = pub.objectives.find((o) => o.id === 'grow');
    const before = full.objectives.find((o) => o.id === 'grow');
    expect(grow?.keyResults.map((kr) => kr.id)).toEqual(['revenue', 'nps']);
    expect(grow?.internalKeyResults).toBe(1);
    expect(grow?.score).toBe(before?.score);
    expect(grow?.status).toBe(before?.status);
    expect(pub.objectives.find((o) => o.id === 'pipeline')?.internalKeyResults).toBe(0);
  });

  it('an objective aligned to an internal key result points at its objective instead', () => {
    const pipeline = pub.objectives.find((o) => o.id === 'pipeline');
    expect(pipeline?.parent).toBe('grow');
    expect(pipeline?.supportingKpis).toEqual(['leads']);
    expect(pipeline?.keyResults.find((kr) => kr.id === 'burn')?.kpi).toBeNull();
  });

  it('hidden values appear nowhere, while progress, status and notes stay', () => {
    for (const value of ['3141592', '4815162', '3979853', '4215.5', '4332.25', '4321', '5123', '7777777', '6543210', '7000000']) {
      expect(text).not.toContain(value);
      expect(JSON.stringify(full)).toContain(value);
    }
    const revenue = pub.objectives.find((o) => o.id === 'grow')?.keyResults.find((kr) => kr.id === 'revenue');
    const scored = full.objectives.find((o) => o.id === 'grow')?.keyResults.find((kr) => kr.id === 'revenue');
    expect(revenue).toMatchObject({ start: null, target: null, current: null, attainment: null, history: [], progress: scored?.progress, status: scored?.status });
    expect(scored?.progress).toBeGreaterThan(0);
    expect(revenue?.checkins).toEqual([{ date: '2026-11-01', value: null, confidence: null, note: 'Black Friday ahead', by: null }]);
    const leads = pub.kpis[0];
    expect(leads).toMatchObject({ target: null, targetNote: null, latest: null, series: [], critical: null, trendChange: null, health: full.kpis.find((k) => k.id === 'leads')?.health });
    expect(leads?.drives).toEqual([]);
  });

  it('slices of the public snapshot stay public', () => {
    const s = objectiveSlice(pub, 'pipeline');
    expect(s.objectives.map((o) => o.id).sort()).toEqual(['grow', 'pipeline']);
    expect(JSON.stringify(s)).not.toContain('Zephyr');
  });
});
