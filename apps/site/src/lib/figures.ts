import { type SnapshotObjective, weightedMean } from '@cairn/core';
import { href } from './urls.js';

/** The average score of some objectives, weighted as core weights a period's or a team's: null when there are none. */
export function averageScore(objectives: readonly Pick<SnapshotObjective, 'score' | 'weight'>[]): number | null {
  return weightedMean(objectives.map((o) => ({ value: o.score, weight: o.weight })));
}

/** The address of one term of the glossary on the "How to read these figures" page. */
export type GlossaryTerm = 'figures' | 'status' | 'score' | 'grade' | 'expected' | 'forecast' | 'progress' | 'attainment' | 'committed' | 'missed' | 'supporting-kpi' | 'leading' | 'health';

/** Where a term is explained, for links from the figures that use it. */
export const glossaryHref = (term: GlossaryTerm): string => href(`about/#${term}`);
