import type { SnapshotKpi, SnapshotObjective } from '@cairn/core';

/** The objective id of a key result reference "objective#kr". */
const objectiveOf = (ref: string): string => ref.split('#')[0] ?? '';

/**
 * KPIs that call for an OKR: worsening, not healthy, and measured by no key result of an
 * objective in the given periods (the current one and those holding it).
 */
export function worseningUnworked(kpis: readonly SnapshotKpi[], periodOfObjective: ReadonlyMap<string, string>, periodIds: ReadonlySet<string>): SnapshotKpi[] {
  return kpis.filter((k) => k.trend === 'worsening' && k.health !== 'healthy' && !k.keyResults.some((ref) => periodIds.has(periodOfObjective.get(objectiveOf(ref)) ?? '')));
}

/** An objective with the guardrails (supporting KPIs) it watches that are in critical health. */
export interface GuardrailBreach {
  objective: SnapshotObjective;
  kpis: SnapshotKpi[];
}

/** The objectives whose supporting KPIs include one in critical health, in the order given. */
export function guardrailBreaches(objectives: readonly SnapshotObjective[], kpis: ReadonlyMap<string, SnapshotKpi>): GuardrailBreach[] {
  return objectives.flatMap((objective) => {
    const critical = objective.supportingKpis.map((id) => kpis.get(id)).filter((k): k is SnapshotKpi => k?.health === 'critical');
    return critical.length > 0 ? [{ objective, kpis: critical }] : [];
  });
}
