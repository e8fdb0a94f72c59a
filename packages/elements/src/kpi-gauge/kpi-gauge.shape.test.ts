import { describe, expect, it } from 'vitest';
import { gaugeKpiProblem, pickGaugeKpi } from './kpi-gauge.shape.js';
import { normaliseData } from '../shared/snapshot.js';

const revenue = {
  id: 'revenue',
  title: 'Revenue',
  unit: 'EUR',
  team: 'sales',
  direction: 'increase',
  health: 'warning',
  trend: 'improving',
  target: 1_200_000,
  critical: 1_000_000,
  latest: { date: '2026-03-31', value: 1_150_000 },
  series: [{ date: '2026-03-31', value: 1_150_000 }],
  stale: false,
};

describe('gaugeKpiProblem', () => {
  it('accepts a KPI whose fields the gauge reads are well formed, whatever its series', () => {
    expect(gaugeKpiProblem(revenue)).toBeNull();
    expect(gaugeKpiProblem({ ...revenue, series: null, trend: 7 })).toBeNull();
  });

  it('names the field the gauge cannot read', () => {
    expect(gaugeKpiProblem({ ...revenue, latest: 12 })).toBe('KPI "revenue": latest is 12; a {date, value} or null was expected.');
    expect(gaugeKpiProblem({ ...revenue, latest: { date: '2026-13-45', value: 3 } })).toBe('KPI "revenue": latest is an object; a {date, value} or null was expected.');
    expect(gaugeKpiProblem({ ...revenue, target: 'lots' })).toBe('KPI "revenue": target is "lots"; a number, a {min, max} band or null was expected.');
    expect(gaugeKpiProblem({ ...revenue, health: null })).toBe('KPI "revenue": health is null; a text was expected.');
    expect(gaugeKpiProblem({ title: 'No id' })).toBe('KPI number 1: id is missing; a text was expected.');
  });
});

describe('pickGaugeKpi', () => {
  it('finds the KPI and throws the problem as a DataError', () => {
    const data = normaliseData({ kpis: [revenue, { ...revenue, id: 'churn', direction: 5 }] });
    expect(pickGaugeKpi(data, 'revenue').title).toBe('Revenue');
    expect(() => pickGaugeKpi(data, 'churn')).toThrow('KPI "churn": direction is 5; a text was expected.');
    expect(() => pickGaugeKpi(data, 'nope')).toThrow('There is no KPI "nope" in the data.');
    expect(() => pickGaugeKpi(data, undefined)).toThrow('The data holds several KPIs: name one with the kpi attribute.');
  });
});
