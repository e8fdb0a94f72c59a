import { buildSnapshot, type Snapshot } from '@cairn/core';
import { prettyProblems } from '../format/problems.js';
import { loadGoals, resolveAsOf, type LoadOptions } from '../goals.js';
import type { Output } from '../output.js';

/** Scoring needs valid data: with errors, print them and give no snapshot (exit code 1). */
export async function checkedSnapshot(dir: string | undefined, asOfFlag: string | undefined, output: Output, cache: LoadOptions = {}): Promise<Snapshot | null> {
  const goals = await loadGoals(dir, cache);
  const asOf = resolveAsOf(asOfFlag, goals.repo);
  if (!goals.ok) {
    const errors = goals.problems.filter((p) => p.severity === 'error');
    output.err(prettyProblems(errors, goals.repo.texts, goals.dir, output));
    output.err('The goals cannot be scored until these errors are fixed (run cairn validate for warnings too).');
    return null;
  }
  return buildSnapshot(goals.repo, asOf);
}
