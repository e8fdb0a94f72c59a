/**
 * The snapshot is a published contract: what the site, the elements and anyone's scripts read.
 * For the demo and for generated repositories of every shape (several seeds, several as-of
 * dates before, during and after the periods), it must match its own JSON Schema and survive
 * JSON unchanged: no NaN or Infinity turned into null, no undefined field dropped on the way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRepository, sizeSpec } from '../bench/generate.js';
import { buildSnapshot, checkRepository, loadGoalsFolder, SnapshotSchema, type Repository } from '../src/node/index.js';

const ACME = fileURLToPath(new URL('../../../examples/acme/', import.meta.url));
const AS_OF = ['2025-12-31', '2026-02-15', '2026-08-20', '2026-11-15', '2027-04-01'];
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Values JSON cannot carry as they are. */
function unsafeValues(value: unknown, path = '$', found: string[] = []): string[] {
  if (typeof value === 'number' && !Number.isFinite(value)) found.push(`${path} = ${value}`);
  else if (value === undefined) found.push(`${path} is undefined`);
  else if (Array.isArray(value)) value.forEach((item, i) => unsafeValues(item, `${path}[${i}]`, found));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) unsafeValues(item, `${path}.${key}`, found);
  return found;
}

function expectContract(repo: Repository, asOf: string): void {
  const snapshot = buildSnapshot(repo, asOf);
  const parsed = SnapshotSchema.safeParse(snapshot);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  expect(unsafeValues(snapshot).slice(0, 5)).toEqual([]);
  expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
}

describe('the snapshot contract', () => {
  it('holds for the demo at every as-of date', async () => {
    const repo = await loadGoalsFolder(ACME);
    expect(checkRepository(repo).filter((p) => p.severity === 'error')).toEqual([]);
    for (const asOf of AS_OF) expectContract(repo, asOf);
  });

  it.each([1, 2, 3])('holds for a generated repository (seed %i) at every as-of date', async (seed) => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-contract-'));
    made.push(dir);
    generateRepository(dir, sizeSpec('T', 40), seed);
    const repo = await loadGoalsFolder(dir);
    expect(checkRepository(repo).filter((p) => p.severity === 'error')).toEqual([]);
    for (const asOf of AS_OF) expectContract(repo, asOf);
  });
});
