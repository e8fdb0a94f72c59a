/**
 * Cairn's side of the like-for-like size comparison: only the two elements a gauge + tree page
 * uses, bundled by bench/sizes.ts with the same settings as the ECharts gauge+tree bundle.
 */
export { KpiGauge } from '../src/kpi-gauge/kpi-gauge.js';
export { OkrTree } from '../src/okr-tree/okr-tree.js';
