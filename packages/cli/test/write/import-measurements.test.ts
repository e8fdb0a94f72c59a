import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cairn } from './capture.js';
import { demoCopies } from './goals-folder.js';

const demo = demoCopies();

/** A copy of the demo and an export file beside it. */
async function withExport(name: string, text: string): Promise<{ dir: string; file: string }> {
  const { root, goals } = await demo('goals');
  const file = join(root, name);
  await writeFile(file, text);
  return { dir: goals, file };
}

describe('cairn import measurements', () => {
  it('records a BI export of several KPIs where each keeps its measurements, as cairn measure writes them', async () => {
    const { dir, file } = await withExport('export.csv', 'KPI,Date,Value,Note\r\nrevenue,2026-11-15,"2,712,000",Mid-November estimate\r\nuptime,2026-11-15T00:00:00Z,99.98%,\r\nsite-visitors,2026-11-15,,\r\n');
    const result = await cairn(['import', 'measurements', file, '-g', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Imported ${file}: 2 measurements added, 0 already recorded, 1 row without a value left out (row 4)\n`);
    expect((await readFile(join(dir, 'kpis/revenue.csv'), 'utf8')).endsWith('2026-10-31,2653000,Bamboo range launch and two new retail partners\n2026-11-15,2712000,Mid-November estimate\n')).toBe(true);
    expect((await readFile(join(dir, 'kpis/uptime.yaml'), 'utf8')).endsWith('  - { date: 2026-11-08, value: 99.97 }\n  - { date: 2026-11-15, value: 99.98 }\n')).toBe(true);
    // The same export again changes nothing: a BI tool's file can be imported every week.
    const again = await cairn(['import', 'measurements', file, '-g', dir]);
    expect([again.code, again.stdout]).toEqual([0, 'Nothing to change: 0 measurements added, 2 already recorded, 1 row without a value left out (row 4).\n']);
  });

  it('reads a European export: semicolons, a decimal comma and dots between thousands', async () => {
    const { dir, file } = await withExport('eu.csv', 'Datum;Wert\n2026-11-15;127.450,5\n');
    const refused = await cairn(['import', 'measurements', file, '-g', dir, '--kpi', 'site-visitors']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('error: the first line must name a date and a value column (and kpi, or give --kpi); it reads "Datum;Wert"');
    await writeFile(file, 'Day;Amount\n2026-11-15;127.450,5\n2026-11-22;128.001\n');
    const result = await cairn(['import', 'measurements', file, '-g', dir, '--kpi', 'site-visitors', '--decimal', ',']);
    expect(result.code).toBe(0);
    expect((await readFile(join(dir, 'kpis/site-visitors.csv'), 'utf8')).endsWith('2026-11-08,127000,Holiday gift guide published\n2026-11-15,127450.5,\n2026-11-22,128001,\n')).toBe(true);
  });

  it('reports every row it cannot use with its row number, and writes nothing', async () => {
    const csv = [
      'kpi,date,value',
      'revenu,2026-11-30,1',
      'revenue,30/11/2026,1',
      'revenue,2026-02-30,1',
      'revenue,2026-11-30,"1,5"',
      'site-visitors,2026-11-15,95%',
      'uptime,2026-11-15,99.9',
      'uptime,2026-11-15,99.8',
      'uptime,2026-11-08,99.5',
      '',
    ].join('\n');
    const { dir, file } = await withExport('bad.csv', csv);
    const before = await readFile(join(dir, 'kpis/uptime.yaml'), 'utf8');
    const result = await cairn(['import', 'measurements', file, '-g', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        `${file}:2: no KPI "revenu"; did you mean revenue, eco-revenue?`,
        `${file}:3: "30/11/2026" is not a date written YYYY-MM-DD; write 2026-11-30`,
        `${file}:4: "2026-02-30" is not a day of the calendar: February 2026 has 28 days`,
        `${file}:5: "1,5" is not a number; if the comma is the decimal mark, give --decimal ,`,
        `${file}:6: "95%" is a percentage, but the KPI counts in "visitors"; write the number alone`,
        `${file}:8: uptime on 2026-11-15 is measured twice in the file: rows 7 and 8; keep one`,
        `${file}:9: uptime already has 99.97 on 2026-11-08 (${relative(process.cwd(), join(dir, 'kpis/uptime.yaml'))}); add --replace to record 99.5 instead`,
        '7 rows could not be used; nothing was written.',
        '',
      ].join('\n'),
    );
    expect(await readFile(join(dir, 'kpis/uptime.yaml'), 'utf8')).toBe(before);
  });

  it('--replace records the new value in place of the old, and --dry-run shows it without writing', async () => {
    const { dir, file } = await withExport('fix.csv', 'kpi,date,value\nuptime,2026-11-08,99.5\n');
    const before = await readFile(join(dir, 'kpis/uptime.yaml'), 'utf8');
    const dry = await cairn(['import', 'measurements', file, '-g', dir, '--replace', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`Would import ${file}: 0 measurements added, 1 replaced, 0 already recorded`);
    expect(await readFile(join(dir, 'kpis/uptime.yaml'), 'utf8')).toBe(before);
    const json = await cairn(['import', 'measurements', file, '-g', dir, '--replace', '--dry-run', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ action: 'import measurements', files: [expect.stringMatching(/kpis\/uptime\.yaml$/)], added: 0, replaced: 1, unchanged: 0, empty: 0 });
    expect((await cairn(['import', 'measurements', file, '-g', dir, '--replace'])).code).toBe(0);
    expect(await readFile(join(dir, 'kpis/uptime.yaml'), 'utf8')).toBe(before.replace('  - { date: 2026-11-08, value: 99.97 }', '  - { date: 2026-11-08, value: 99.5 }'));
  });
});
