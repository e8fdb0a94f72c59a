import { buildSnapshot, chosenAudience, snapshotForAudience, type Config, type Snapshot } from '@cairn/core';
import { prettyProblems } from '../format/problems.js';
import { loadGoals, resolveAsOf, type LoadOptions } from '../goals.js';
import type { Output } from '../output.js';
import type { Audience } from './site-flags.js';

/** Scoring needs valid data: with errors, print them and give no snapshot (exit code 1). */
export async function checkedSnapshot(dir: string | undefined, asOfFlag: string | undefined, output: Output, cache: LoadOptions = {}): Promise<Snapshot | null> {
  return (await checkedScoring(dir, asOfFlag, output, cache))?.snapshot ?? null;
}

/**
 * The snapshot for one audience, as `cairn build` would publish it: `audience` (a flag), else
 * site.audience in cairn.config.yaml, else public, which leaves internal items and hidden values out.
 */
export async function checkedAudienceSnapshot(dir: string | undefined, asOfFlag: string | undefined, audience: Audience | undefined, output: Output, cache: LoadOptions = {}): Promise<Snapshot | null> {
  const scored = await checkedScoring(dir, asOfFlag, output, cache);
  if (!scored) return null;
  return snapshotForAudience(scored.snapshot, chosenAudience(audience, scored.config));
}

async function checkedScoring(dir: string | undefined, asOfFlag: string | undefined, output: Output, cache: LoadOptions): Promise<{ snapshot: Snapshot; config: Config } | null> {
  const goals = await loadGoals(dir, cache);
  const asOf = resolveAsOf(asOfFlag, goals.repo);
  if (!goals.ok) {
    const errors = goals.problems.filter((p) => p.severity === 'error');
    output.err(prettyProblems(errors, goals.repo.texts, goals.dir, output));
    output.err('The goals cannot be scored until these errors are fixed (run cairn validate for warnings too).');
    return null;
  }
  return { snapshot: buildSnapshot(goals.repo, asOf), config: goals.repo.config };
}
