import { describe, expect, it } from 'vitest';
import { kpiValuesLeftOut } from './audience.js';

describe('kpiValuesLeftOut', () => {
  const measured = { latest: { date: '2026-10-31', value: 5 }, series: [{ date: '2026-10-31', value: 5 }] };

  it('is true for a hidden KPI whose values a snapshot for the public removed', () => {
    expect(kpiValuesLeftOut({ valuesHidden: true, latest: null, series: [] })).toBe(true);
  });

  it('is false where the values are there: the company’s own snapshot keeps them', () => {
    expect(kpiValuesLeftOut({ valuesHidden: true, ...measured })).toBe(false);
    expect(kpiValuesLeftOut({ valuesHidden: true, latest: null, series: measured.series })).toBe(false);
  });

  it('is false for a KPI not marked hidden, even one never measured', () => {
    expect(kpiValuesLeftOut({ valuesHidden: false, latest: null, series: [] })).toBe(false);
    expect(kpiValuesLeftOut({ latest: null, series: [] })).toBe(false);
  });
});
