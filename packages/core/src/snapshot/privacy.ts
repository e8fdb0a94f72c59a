import type { KeyResult, Kpi, Objective } from '../load/model.js';
import type { Config } from '../schema/config.js';
import type { Visibility } from '../schema/visibility.js';

/** Who may see an item and whether its values are published, resolved from the item and its defaults. */
export interface Privacy {
  visibility: Visibility;
  valuesHidden: boolean;
}

/** An objective's own visibility, else the config's default, else public. */
export function objectiveVisibility(objective: Objective, config: Config): Visibility {
  return objective.visibility ?? config.visibility ?? 'public';
}

/**
 * A key result inherits its objective's visibility and values setting. Measured through a KPI
 * whose values are hidden or that is internal, its values are hidden too: its current value
 * is that KPI's latest measurement.
 */
export function keyResultPrivacy(kr: KeyResult, objective: Objective, config: Config, kpis: ReadonlyMap<string, Kpi>): Privacy {
  const kpi = kr.kpi === undefined ? undefined : kpis.get(kr.kpi);
  const viaKpi = kpi !== undefined && (kpi.values === 'hidden' || (kpi.visibility ?? config.visibility ?? 'public') === 'internal');
  return {
    visibility: kr.visibility ?? objectiveVisibility(objective, config),
    valuesHidden: (kr.values ?? objective.values) === 'hidden' || viaKpi,
  };
}

export function kpiPrivacy(kpi: Kpi, config: Config): Privacy {
  return { visibility: kpi.visibility ?? config.visibility ?? 'public', valuesHidden: kpi.values === 'hidden' };
}
