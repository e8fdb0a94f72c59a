import { cp } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiFigureTexts } from '../src/format/score-report.js';
import { makeTempDir, removeTempDir } from './run-cairn.js';
import { runMain } from './run-main.js';

const ACME = fileURLToPath(new URL('../../../examples/acme/', import.meta.url));

/** The cells of the table row whose first cell (after indent and ★) is `title`; columns are 2+ spaces apart. */
function row(output: string, title: string): string[] {
  const line = output.split('\n').find((l) => l.replace(/^[\s★]+/, '').startsWith(`${title}  `));
  if (line === undefined) throw new Error(`no row "${title}" in:\n${output}`);
  return line.trim().split(/ {2,}/);
}

describe('cairn score writes KPI values that never mislead', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await makeTempDir('cairn-score-figures-');
    await cp(ACME, dir, { recursive: true });
  });
  afterAll(() => removeTempDir(dir));

  const measureThenScore = async (kpi: string, value: string, date: string): Promise<string> => {
    const measured = await runMain(['measure', kpi, value, '--date', date, '--goals', dir, '--no-cache']);
    expect(measured.code).toBe(0);
    const scored = await runMain(['score', dir, '--as-of', date, '--no-cache'], { env: { COLUMNS: '200' } });
    expect(scored.code).toBe(0);
    return scored.stdout;
  };

  it('an uptime of 99.899 beside its target 99.9 reads 99.899 %, not the target', async () => {
    const out = await measureThenScore('uptime', '99.899', '2026-11-12');
    expect(row(out, 'Web shop uptime').slice(0, 4)).toEqual(['★ Web shop uptime', '99.899 %', '99.9 %', 'warning']);
  });

  it('an uptime of 99.996 reads 99.996 %, never 100 %', async () => {
    const out = await measureThenScore('uptime', '99.996', '2026-11-13');
    expect(row(out, 'Web shop uptime').slice(0, 4)).toEqual(['★ Web shop uptime', '99.996 %', '99.9 %', 'healthy']);
  });

  it('a defect rate of 0.004 % stays visible, never 0 %', async () => {
    const out = await measureThenScore('product-defect-rate', '0.004', '2026-11-14');
    expect(row(out, 'Product defect rate').slice(0, 4)).toEqual(['★ Product defect rate', '0.004 %', '1 %', 'healthy']);
  });
});

describe('kpiFigureTexts', () => {
  it('writes a band target with its unit once, digits enough beside the latest value, money as the site does', () => {
    expect(kpiFigureTexts({ latest: { date: '2026-11-01', value: 45.02 }, target: { min: 30, max: 45 }, critical: null, targetNote: null, unit: 'days' })).toEqual({
      latest: '45.02 days',
      target: '30–45 days',
    });
    expect(kpiFigureTexts({ latest: { date: '2026-11-01', value: 1_150_000 }, target: 1_300_000, critical: null, targetNote: null, unit: 'EUR' })).toEqual({
      latest: '€1,150,000',
      target: '€1,300,000',
    });
  });

  it('writes no value as a dash and a missing numeric target as its note, escaped', () => {
    expect(kpiFigureTexts({ latest: null, target: null, critical: null, targetNote: 'Set\u001b[2J in Q1', unit: '%' })).toEqual({
      latest: '–',
      target: 'Set\\x1b[2J in Q1',
    });
  });
});

describe('cairn score forecasts', () => {
  const demo = (args: string[]) => runMain(['score', '../../examples/acme', ...args], { cwd: fileURLToPath(new URL('..', import.meta.url)), env: { COLUMNS: '200' } });

  it("in a quarter's first days, before any check-in, nothing is projected to miss", async () => {
    const result = await demo(['--period', '2027-q1', '--as-of', '2027-01-05']);
    expect(result.code).toBe(0);
    expect(row(result.stdout, 'Take Acme to its first two new countries')).toEqual(['Take Acme to its first two new countries', 'acme', '0.00', '0.0', 'on-track', '–']);
    expect(result.stdout).not.toContain('!');
    expect(result.stdout).not.toContain('projected to miss');
  });

  it('after a period has ended there is no FORECAST column, only final scores', async () => {
    const running = await demo(['--period', '2026-q4', '--as-of', '2026-12-31']);
    expect(running.stdout).toMatch(/^OBJECTIVE +TEAM +KIND +SCORE +GRADE +STATUS +FORECAST$/m);
    const ended = await demo(['--period', '2026-q4', '--as-of', '2027-01-05']);
    expect(ended.code).toBe(0);
    expect(ended.stdout).toMatch(/^OBJECTIVE +TEAM +KIND +SCORE +GRADE +STATUS$/m);
    expect(ended.stdout).not.toContain('FORECAST');
  });
});
