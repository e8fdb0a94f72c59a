import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cairn } from './capture.js';
import { ACME, demoCopies } from './goals-folder.js';

const demo = demoCopies();

describe('cairn export measurements', () => {
  it("writes one KPI's series from a date, as the snapshot has it", async () => {
    const result = await cairn(['export', 'measurements', ACME, '--kpi', 'uptime', '--from', '2026-10-25', '--no-cache']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('kpi,date,value,unit,note\nuptime,2026-10-25,99.97,%,\nuptime,2026-11-01,99.99,%,\nuptime,2026-11-08,99.97,%,\n');
  });

  it('leaves out internal KPIs and hidden values for the public, and keeps them for the company', async () => {
    const kpisOf = (csv: string) => new Set((parse(csv, { columns: true }) as { kpi: string }[]).map((r) => r.kpi));
    const snapshot = JSON.parse((await cairn(['export', ACME, '--no-cache', '--audience', 'internal'])).stdout) as { kpis: { id: string; visibility?: string; valuesHidden?: boolean; series: unknown[] }[] };
    const withheld = snapshot.kpis.filter((k) => k.visibility === 'internal' || k.valuesHidden).map((k) => k.id);
    expect(withheld.length).toBeGreaterThan(0);
    const publicKpis = kpisOf((await cairn(['export', 'measurements', ACME, '--no-cache'])).stdout);
    const internalKpis = kpisOf((await cairn(['export', 'measurements', ACME, '--no-cache', '--audience', 'internal'])).stdout);
    for (const id of withheld) {
      expect(publicKpis.has(id), id).toBe(false);
      expect(internalKpis.has(id), id).toBe(true);
    }
  });

  it('is what import measurements reads back: a round trip into a copy of the demo changes nothing', async () => {
    const { root: dir } = await demo('goals');
    const exported = await cairn(['export', 'measurements', join(dir, 'goals'), '--audience', 'internal', '--out', join(dir, 'all.csv'), '--no-cache']);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/^Wrote \d+ measurements as of 2026-11-15 to /);
    const before = await readFile(join(dir, 'goals/kpis/uptime.yaml'), 'utf8');
    const again = await cairn(['import', 'measurements', join(dir, 'all.csv'), '-g', join(dir, 'goals'), '--no-cache']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Nothing to change: 0 measurements added, \d+ already recorded\.\n$/);
    expect(await readFile(join(dir, 'goals/kpis/uptime.yaml'), 'utf8')).toBe(before);
  });

  it('an unknown KPI names the ones there are; a bad --from says how to write it', async () => {
    const unknown = await cairn(['export', 'measurements', ACME, '--kpi', 'uptim', '--no-cache']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: no KPI "uptim" for this audience; the KPIs are .*uptime/);
    const from = await cairn(['export', 'measurements', ACME, '--from', '31/12/2026']);
    expect(from.code).toBe(2);
    expect(from.stderr).toContain('write 2026-12-31');
  });
});
