import { describe, expect, it } from 'vitest';
import { checkRepository, loadRepository, type SourceFile } from '../index.js';

const base: SourceFile[] = [
  { path: 'periods.yaml', text: '- { id: 2026-q4, start: 2026-10-01, end: 2026-12-31 }\n' },
  { path: 'teams.yaml', text: '- { id: acme, name: Acme }\n' },
];
/** A KPI file with everything the lints ask for, plus `extra` lines. */
const kpiFile = (id: string, extra: string): SourceFile => ({ path: `kpis/${id}.yaml`, text: `title: ${id}\nowner: dana\nfrequency: weekly\n${extra}` });
const brief = (files: SourceFile[], code: string) =>
  checkRepository(loadRepository([...base, ...files]))
    .filter((p) => p.code === code)
    .map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.message}`);

describe('KPI drives cycles', () => {
  it('warns about two KPIs that drive each other, once, at the first one', () => {
    const files = [kpiFile('customer-satisfaction', 'target: 90\ndrives: [first-response-time]\n'), kpiFile('first-response-time', 'direction: decrease\ntarget: 4\ndrives: [customer-satisfaction]\n')];
    expect(brief(files, 'drives-cycle')).toEqual(['kpis/customer-satisfaction.yaml:5:10 warning drives cycle: customer-satisfaction → first-response-time → customer-satisfaction']);
  });

  it('names one loop per group of KPIs that reach each other, and none for a chain without a way back', () => {
    const files = [
      kpiFile('a', 'target: 1\ndrives: [b]\n'),
      kpiFile('b', 'target: 1\ndrives: [c, a]\n'),
      kpiFile('c', 'target: 1\ndrives: [a]\n'),
      kpiFile('x', 'target: 1\ndrives: [y, a]\n'),
      kpiFile('y', 'target: 1\ndrives:\n  - z\n  - x\n'),
      kpiFile('z', 'target: 1\n'),
    ];
    expect(brief(files, 'drives-cycle')).toEqual(['kpis/a.yaml:5:10 warning drives cycle: a → b → a', 'kpis/x.yaml:5:10 warning drives cycle: x → y → x']);
  });

  it('leaves a KPI driving itself and unknown KPIs to their own errors', () => {
    const files = [kpiFile('a', 'target: 1\ndrives: [a, nope]\n')];
    expect(brief(files, 'drives-cycle')).toEqual([]);
    expect(brief(files, 'drives-itself')).toHaveLength(1);
  });

  it('walks a loop of 5,000 KPIs without running out of stack', () => {
    const count = 5000;
    const name = (i: number) => `k${String(i).padStart(4, '0')}`;
    const files = Array.from({ length: count }, (_, i) => kpiFile(name(i), `target: 1\ndrives: [${name((i + 1) % count)}]\n`));
    const [only, ...rest] = brief(files, 'drives-cycle');
    expect(rest).toEqual([]);
    expect(only).toMatch(/^kpis\/k0000\.yaml:5:10 warning drives cycle: k0000 → k0001 → k0002 → .* → k4999 → k0000$/);
  });
});

describe('duplicate measurement dates', () => {
  it('find twins in a JSON file and in a CSV whose rows are out of order', () => {
    const json = { path: 'kpis/uptime.json', text: '{\n  "title": "Uptime", "owner": "dana", "frequency": "daily", "target": 99.9,\n  "measurements": [\n    { "date": "2026-11-02", "value": 99.95 },\n    { "date": "2026-11-01", "value": 99.9 },\n    { "date": "2026-11-02", "value": 99.99 }\n  ]\n}\n' };
    const csv = [kpiFile('orders', 'target: 5\n'), { path: 'kpis/orders.csv', text: 'date,value\r\n2026-11-08,950\r\n2026-11-01,900\r\n2026-11-08,10\r\n' }];
    expect(brief([json, ...csv], 'duplicate-measurement')).toEqual([
      'kpis/orders.csv:4:1 error 2026-11-08 is measured twice: line 2 and line 4',
      'kpis/uptime.json:6:15 error 2026-11-02 is measured twice: line 4 and line 6',
    ]);
  });

  it('leaves one measurement per date alone', () => {
    expect(brief([kpiFile('orders', 'target: 5\nmeasurements:\n  - { date: 2026-11-01, value: 1 }\n  - { date: 2026-11-02, value: 1 }\n')], 'duplicate-measurement')).toEqual([]);
  });
});

describe('critical lines and bands', () => {
  it('checks the critical line against every time-bound target of an increase KPI and a decrease KPI', () => {
    const up = kpiFile('up', 'target:\n  - { from: 2026-01-01, value: 70 }\n  - { from: 2026-11-01, value: 90 }\ncritical: 75\n');
    const down = kpiFile('down', 'direction: decrease\ntarget:\n  - { from: 2026-01-01, value: 4 }\n  - { from: 2026-06-01, value: 2 }\n  - { from: 2026-11-01, value: 3 }\ncritical: 2.5\n');
    expect(brief([up, down], 'critical-wrong-side')).toEqual([
      'kpis/down.yaml:9:11 error critical line 2.5 is below the target 3 from 2026-11-01; for a KPI that should decrease it belongs on the other side',
      'kpis/down.yaml:9:11 error critical line 2.5 is below the target 4 from 2026-01-01; for a KPI that should decrease it belongs on the other side',
      'kpis/up.yaml:7:11 error critical line 75 is above the target 70 from 2026-01-01; for a KPI that should increase it belongs on the other side',
    ]);
  });

  it("requires a range KPI's critical band to contain each target band, edges included", () => {
    const inside = kpiFile('humidity', 'direction: range\ntarget: { min: 40, max: 55 }\ncritical: { min: 45, max: 50 }\n');
    const oneSide = kpiFile('cover', 'direction: range\ntarget:\n  - { from: 2026-01-01, value: { min: 30, max: 45 } }\n  - { from: 2026-07-01, value: { min: 25, max: 40 } }\ncritical: { min: 28, max: 60 }\n');
    const fits = kpiFile('fits', 'direction: range\ntarget: { min: 40, max: 55 }\ncritical: { min: 40, max: 55 }\n');
    expect(brief([inside, oneSide, fits], 'critical-wrong-side')).toEqual([
      'kpis/cover.yaml:8:11 error critical band 28–60 does not contain the target band 25–40 from 2026-07-01; values outside the critical band are critical, so it must lie around the target band',
      'kpis/humidity.yaml:6:11 error critical band 45–50 does not contain the target band 40–55; values outside the critical band are critical, so it must lie around the target band',
    ]);
  });
});
