import type { SnapshotPeriod } from '@cairn/core';

/** How a period reads beside an item of it, so a finished quarter's objective never reads as current. */
export function phaseWord(phase: SnapshotPeriod['phase']): string {
  return phase === 'after' ? 'ended' : phase === 'before' ? 'not started' : 'current';
}

/**
 * Items ordered by their period: the current period first, then the other running periods,
 * those not started, and the ended ones; the latest start first within each group; items of an
 * unknown period last. The sort is stable, so items of one period keep their order.
 */
export function currentPeriodFirst<T>(items: readonly T[], periodOf: (item: T) => SnapshotPeriod | undefined, currentId: string | undefined): T[] {
  const rank = (p: SnapshotPeriod | undefined): number => (!p ? 4 : p.id === currentId ? 0 : p.phase === 'during' ? 1 : p.phase === 'before' ? 2 : 3);
  return [...items].sort((a, b) => {
    const pa = periodOf(a);
    const pb = periodOf(b);
    const byRank = rank(pa) - rank(pb);
    if (byRank !== 0 || !pa || !pb) return byRank;
    return pa.start < pb.start ? 1 : pa.start > pb.start ? -1 : 0;
  });
}

/** A period and the longer periods that hold it (a quarter's year), whose objectives also run now. */
export function periodAndAbove(periodId: string, periods: ReadonlyMap<string, Pick<SnapshotPeriod, 'id' | 'parent'>>): Set<string> {
  const chain = new Set<string>();
  for (let p = periods.get(periodId); p && !chain.has(p.id); p = p.parent ? periods.get(p.parent) : undefined) chain.add(p.id);
  return chain;
}
