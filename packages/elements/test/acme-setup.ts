import { mkdirSync, writeFileSync } from 'node:fs';
import { buildSnapshot } from '@cairn/core';
import { loadGoalsFolder } from '@cairn/core/node';

/** Where the tests read the demo snapshot; written before every run, never committed. */
export const ACME_SNAPSHOT = new URL('./generated/acme-snapshot.json', import.meta.url);

/**
 * Scores examples/acme with core before the tests run, so the elements are tested on what
 * `cairn export` writes today, not on a copy that drifts as scoring changes.
 */
export default async function setup(): Promise<void> {
  const repo = await loadGoalsFolder(new URL('../../../examples/acme/', import.meta.url).pathname);
  const asOf = repo.config.as_of;
  if (!asOf) throw new Error('examples/acme/cairn.config.yaml must pin as_of, so the pictures do not change with the day');
  mkdirSync(new URL('.', ACME_SNAPSHOT), { recursive: true });
  writeFileSync(ACME_SNAPSHOT, `${JSON.stringify(buildSnapshot(repo, asOf), null, 2)}\n`);
}
