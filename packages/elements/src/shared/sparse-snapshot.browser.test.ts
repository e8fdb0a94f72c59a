/**
 * A snapshot may leave out much of what the demo's has: a KPI without a unit, target, critical
 * line or any measurement, a key result without a start, current value, target or forecast.
 * The snapshot's schema allows all of it. Taking the demo and emptying such fields at random,
 * the data-driven elements must still draw without an exception, and never show a reader
 * "NaN", "Infinity", "undefined" or "null". fast-check, seeded: a failure is shrunk and printed.
 */
import { SnapshotSchema } from '@cairn/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { brokenShown, cleanup, pageErrorsDuring, settle, shadow, snapshot } from '../../test/browser-helpers.js';
import '../kpi-board/kpi-board.js';
import '../kpi-gauge/kpi-gauge.js';
import '../kpi-trend/kpi-trend.js';
import '../okr-card/okr-card.js';
import '../okr-progress/okr-progress.js';
import '../okr-tree/okr-tree.js';

afterEach(cleanup);

type Json = Record<string, unknown>;
const demo = snapshot as { kpis: Json[]; objectives: (Json & { keyResults: Json[] })[] };

const KPI_FIELDS = ['unit', 'target', 'targets', 'critical', 'latest', 'daysSinceLatest', 'trendChange', 'targetNote', 'description', 'owner', 'team'] as const;
const KR_FIELDS = ['start', 'target', 'stretch', 'current', 'unit', 'attainment', 'heldShare', 'forecast', 'confidence', 'owner', 'milestones'] as const;

/** Which KPIs and key results lose which fields; the series and history may go too. */
const emptied = fc.record({
  kpis: fc.array(fc.record({ index: fc.nat(demo.kpis.length - 1), fields: fc.subarray([...KPI_FIELDS]), noSeries: fc.boolean() }), { maxLength: 6 }),
  keyResults: fc.array(
    fc.record({ objective: fc.nat(demo.objectives.length - 1), index: fc.nat(4), fields: fc.subarray([...KR_FIELDS]), noHistory: fc.boolean() }),
    { maxLength: 8 },
  ),
});

type Plan = typeof emptied extends fc.Arbitrary<infer T> ? T : never;

function sparse(plan: Plan): Json {
  const copy = structuredClone(snapshot) as typeof demo;
  for (const { index, fields, noSeries } of plan.kpis) {
    const kpi = copy.kpis[index]!;
    for (const field of fields) kpi[field] = null;
    if (noSeries) kpi.series = [];
    if (kpi.latest === null || noSeries) Object.assign(kpi, { latest: null, series: [], daysSinceLatest: null, trend: 'unknown', trendChange: null, stale: false, health: 'unknown' });
  }
  for (const { objective, index, fields, noHistory } of plan.keyResults) {
    const kr = copy.objectives[objective]!.keyResults[index];
    if (!kr) continue;
    for (const field of fields) kr[field] = null;
    if (noHistory) Object.assign(kr, { history: [], checkins: [] });
  }
  return copy;
}

async function expectClean(markup: string, data: Json): Promise<void> {
  let bad: string[] = [];
  let alert: string | null = null;
  const errors = await pageErrorsDuring(async () => {
    const host = document.createElement('div');
    host.innerHTML = markup;
    document.body.append(host);
    const element = host.firstElementChild as HTMLElement & { data: unknown };
    element.data = data;
    await settle(element);
    bad = brokenShown(element).slice(0, 3);
    alert = shadow(element).querySelector('[role="alert"]')?.textContent ?? null;
  });
  expect({ markup, bad, errors, alert }).toEqual({ markup, bad: [], errors: [], alert: null });
}

describe('a sparse snapshot', () => {
  it('still matches the snapshot schema after the emptying (the test stays within the contract)', () => {
    fc.assert(
      fc.property(emptied, (plan) => {
        const parsed = SnapshotSchema.safeParse(sparse(plan));
        expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 2))).toBe(true);
      }),
      { numRuns: 100, seed: 1 },
    );
  });

  it('draws every data-driven element without NaN, Infinity, undefined, null or an exception', async () => {
    const kpiIds = demo.kpis.map((k) => k.id as string);
    const objectiveIds = demo.objectives.filter((o) => o.period === '2026-q4').map((o) => o.id as string);
    await fc.assert(
      fc.asyncProperty(emptied, fc.constantFrom(...kpiIds), fc.constantFrom(...objectiveIds), async (plan, kpi, objective) => {
        const data = sparse(plan);
        await expectClean('<kpi-board></kpi-board>', data);
        await expectClean(`<kpi-gauge kpi="${kpi}"></kpi-gauge>`, data);
        await expectClean(`<kpi-trend kpi="${kpi}"></kpi-trend>`, data);
        await expectClean(`<okr-card objective="${objective}"></okr-card>`, data);
        await expectClean(`<okr-progress objective="${objective}"></okr-progress>`, data);
        await expectClean('<okr-tree period="2026-q4"></okr-tree>', data);
      }),
      { numRuns: 25, seed: 20261123 },
    );
    // 150 renders: slow on a busy CI machine, and speed is the benchmark's job.
  }, 120_000);
});
