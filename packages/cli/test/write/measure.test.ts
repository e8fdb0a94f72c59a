import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cairn } from './capture.js';
import { GOALS, goalsFolders } from './goals-folder.js';

const folder = goalsFolders();

function read(dir: string, path: string): Promise<string> {
  return readFile(join(dir, path), 'utf8');
}

describe('cairn measure', () => {
  it('adds a flow row to a YAML KPI and prints its health before and after', async () => {
    const dir = await folder();
    const result = await cairn(['measure', 'nps', '41', '--note', 'Survey: November', '--goals', dir, '--no-cache']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await read(dir, 'kpis/nps.yaml')).toBe(`${GOALS['kpis/nps.yaml']}  - { date: 2026-11-15, value: 41, note: "Survey: November" }\n`);
    expect(result.stdout).toContain('  KPI         Net promoter score: latest 38 (2026-10-31) → 41 (2026-11-15)\n');
    expect(result.stdout).toContain('  health      warning → healthy');
  });

  it('names the key results measured through the KPI that the value moved, and their objectives', async () => {
    const reader = '---\ntitle: Delight customers\nkey_results:\n  - id: nps\n    title: NPS to 40\n    kpi: nps\n    start: 30\n    target: 40\n  - id: calls\n    title: Call 10 customers\n    start: 0\n    target: 10\n---\n';
    const dir = await folder({ 'objectives/2026-q4/acme/delight.md': reader });
    const json = JSON.parse((await cairn(['measure', 'nps', '39', '--dry-run', '--json', '--goals', dir, '--no-cache'])).stdout);
    expect(json.keyResults).toEqual([{ id: 'delight#nps', title: 'NPS to 40', before: { progress: 0.8, status: 'on-track' }, after: { progress: 0.9, status: 'on-track' } }]);
    expect(json.objectives).toMatchObject([{ id: 'delight', title: 'Delight customers', before: { score: 0.4 }, after: { score: 0.45 } }]);
    const result = await cairn(['measure', 'nps', '39', '--goals', dir, '--no-cache']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  key result  delight#nps NPS to 40: progress 0.8 → 0.9, on-track → on-track\n');
    expect(result.stdout).toContain('  objective   Delight customers: score 0.4 → 0.45, ');
    // An older date leaves the latest value, and so every key result, as it was: only the KPI's lines.
    const older = await cairn(['measure', 'nps', '10', '--date', '2026-10-01', '--goals', dir, '--no-cache']);
    expect(older.code).toBe(0);
    expect(older.stdout).not.toContain('key result');
    expect(older.stdout).not.toContain('objective');
  });

  it("appends to the KPI's CSV, keeping CRLF, quoting and the missing last newline", async () => {
    const dir = await folder();
    const result = await cairn(['measure', 'revenue', '101', '--note', 'November, early', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(0);
    expect(await read(dir, 'kpis/revenue.csv')).toBe(`${GOALS['kpis/revenue.csv']}\r\n2026-11-15,101,"November, early"`);
    expect(await read(dir, 'kpis/revenue.yaml')).toBe(GOALS['kpis/revenue.yaml']);
  });

  it('replaces a CSV row of the same date only with --replace', async () => {
    const dir = await folder();
    const refused = await cairn(['measure', 'revenue', '96', '--date', '2026-10-31', '--goals', dir, '--no-cache']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^error: .*kpis\/revenue\.csv already has a measurement on 2026-10-31; add --replace to replace it, or give another --date\n$/);
    const replaced = await cairn(['measure', 'revenue', '96', '--date', '2026-10-31', '--replace', '--goals', dir, '--no-cache']);
    expect(replaced.code).toBe(0);
    expect(await read(dir, 'kpis/revenue.csv')).toBe('date,value,note\r\n2026-09-30,90,\r\n2026-10-31,96,');
  });

  it('replaces a row of a CSV with LF endings in place: the last row keeps its newline, another row never joins the next', async () => {
    const csv = 'date,value,note\n2026-09-30,90,\n2026-10-31,95,October\n';
    const dir = await folder({ 'kpis/revenue.csv': csv });
    const last = await cairn(['measure', 'revenue', '95', '--date', '2026-10-31', '--note', 'October', '--replace', '--goals', dir, '--no-cache']);
    expect(last.code).toBe(0);
    // The same value and note again: the file is byte for byte what it was.
    expect(await read(dir, 'kpis/revenue.csv')).toBe(csv);
    const middle = await cairn(['measure', 'revenue', '91', '--date', '2026-09-30', '--replace', '--goals', dir, '--no-cache']);
    expect(middle.stderr).toBe('');
    expect(middle.code).toBe(0);
    expect(await read(dir, 'kpis/revenue.csv')).toBe('date,value,note\n2026-09-30,91,\n2026-10-31,95,October\n');
  });

  it('refuses --replace on a date measured twice, naming both rows, and writes nothing: it would replace only one of them', async () => {
    const twins = { csv: 'date,value\n2026-10-31,95\n2026-11-08,950\n2026-11-08,10\n', yaml: `${GOALS['kpis/nps.yaml']}  - { date: 2026-10-31, value: 40 }\n` };
    const dir = await folder({ 'kpis/revenue.csv': twins.csv });
    const csv = await cairn(['measure', 'revenue', '777', '--date', '2026-11-08', '--replace', '--goals', dir, '--no-cache']);
    expect(csv.code).toBe(1);
    // The writer replaced the last twin; 950 would have stayed beside it, and the check says so.
    expect(csv.stderr).toContain('kpis/revenue.csv:4:1 error 2026-11-08 is measured twice: line 3 and line 4\n    3 | 2026-11-08,950\n  > 4 | 2026-11-08,777\n');
    expect(csv.stderr).toContain('Nothing was written: with this change the goals would not be valid.');
    expect(await read(dir, 'kpis/revenue.csv')).toBe(twins.csv);
    const other = await folder({ 'kpis/nps.yaml': twins.yaml });
    const yaml = await cairn(['measure', 'nps', '41', '--date', '2026-10-31', '--replace', '--goals', other, '--no-cache']);
    expect(yaml.code).toBe(1);
    expect(yaml.stderr).toContain('kpis/nps.yaml:9:13 error 2026-10-31 is measured twice: line 8 and line 9');
    expect(await read(other, 'kpis/nps.yaml')).toBe(twins.yaml);
  });

  it('adds to a JSON KPI as JSON', async () => {
    const dir = await folder();
    const result = await cairn(['measure', 'uptime', '99.99', '--date', '2026-11-14', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(0);
    expect(await read(dir, 'kpis/uptime.json')).toBe(
      (GOALS['kpis/uptime.json'] as string).replace('"value": 99.95 }\n', '"value": 99.95 },\n    { "date": "2026-11-14", "value": 99.99 }\n'),
    );
  });

  it('--dry-run --json shows the diff and the health, and writes nothing', async () => {
    const dir = await folder();
    const result = await cairn(['measure', 'nps', '15', '--dry-run', '--json', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({
      written: false,
      kpi: 'nps',
      entry: { date: '2026-11-15', value: 15 },
      before: { health: 'warning' },
      after: { health: 'critical', latest: { date: '2026-11-15', value: 15 } },
    });
    expect(answer.diff).toContain('+  - { date: 2026-11-15, value: 15 }\n');
    expect(await read(dir, 'kpis/nps.yaml')).toBe(GOALS['kpis/nps.yaml']);
  });

  it('refuses to write while the goals have errors, and leaves the file untouched', async () => {
    const dir = await folder({ 'teams.yaml': '- id: acme\n  name: Acme\n  parent: nowhere\n' });
    const before = await stat(join(dir, 'kpis/nps.yaml'));
    const result = await cairn(['measure', 'nps', '41', '--goals', dir, '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/teams\.yaml:3:11 error /);
    expect(result.stderr).toContain('Nothing was written: with this change the goals would not be valid.');
    expect(await read(dir, 'kpis/nps.yaml')).toBe(GOALS['kpis/nps.yaml']);
    expect((await stat(join(dir, 'kpis/nps.yaml'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('names an unknown KPI and a value that is not a number', async () => {
    const dir = await folder();
    const unknown = await cairn(['measure', 'npss', '41', '--goals', dir, '--no-cache']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: no KPI "npss" in .*; did you mean nps\?\n$/);
    const words = await cairn(['measure', 'nps', 'forty', '--goals', dir, '--no-cache']);
    expect(words.code).toBe(2);
    expect(words.stderr).toBe('error: the value must be a number, not "forty"\n');
  });
});
