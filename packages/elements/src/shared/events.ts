import type { DataErrorDetail } from './cairn-element.js';
import type { SnapshotKpi } from './snapshot.js';

/**
 * Detail of `okr-select`, the same whichever OKR element sends it, so one listener on the page
 * serves a tree and a card alike. Elements may add fields (the tree adds the snapshot objects).
 */
export interface OkrSelectDetail {
  /** The objective's id; for a key result, the objective it belongs to. */
  id: string;
  /** `"<objective-id>#<kr-id>"` for a key result, null for an objective. */
  ref: string | null;
  kind: 'objective' | 'key-result';
}

/** Detail of `kpi-select`. */
export interface KpiSelectDetail {
  /** The KPI's id. */
  id: string;
  /** The KPI as the snapshot has it. */
  kpi: SnapshotKpi;
}

declare global {
  // On the global map, so listeners on an element, on `document` and on `window` are all typed.
  interface GlobalEventHandlersEventMap {
    'okr-select': CustomEvent<OkrSelectDetail>;
    'kpi-select': CustomEvent<KpiSelectDetail>;
    'okr-error': CustomEvent<DataErrorDetail>;
    'kpi-error': CustomEvent<DataErrorDetail>;
  }
}
