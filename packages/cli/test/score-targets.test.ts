import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from './run-cairn.js';
import { runMain } from './run-main.js';

const ACME = fileURLToPath(new URL('../../../examples/acme/', import.meta.url));

describe('cairn score and a time-bound target that moved after the latest measurement', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await makeTempDir('cairn-score-targets-');
    await cp(ACME, dir, { recursive: true });
    await writeFile(
      join(dir, 'kpis/orders-per-day.yaml'),
      'title: Orders a day\nowner: felix\nunit: orders\nfrequency: weekly\ntarget:\n  - { from: 2026-01-01, value: 70 }\n  - { from: 2026-11-01, value: 90 }\ncritical: 50\nmeasurements:\n  - { date: 2026-10-18, value: 78 }\n  - { date: 2026-10-25, value: 80 }\n',
    );
  });
  afterAll(() => removeTempDir(dir));

  const score = async (asOf: string): Promise<string> => {
    const run = await runMain(['score', dir, '--as-of', asOf, '--no-cache'], { env: { COLUMNS: '200' } });
    expect(run.code).toBe(0);
    return run.stdout;
  };

  it('says that the bar has moved and which target the latest measurement is judged against', async () => {
    expect(await score('2026-11-02')).toContain('Orders a day: the target is 90 orders from 2026-11-01; its latest measurement (2026-10-25) is judged against 70 orders, the target that day');
  });

  it('says nothing before the new target comes into force', async () => {
    expect(await score('2026-10-31')).not.toContain('the target is 90 orders');
  });
});
