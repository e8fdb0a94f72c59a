// 100 <kpi-gauge> from attributes: time until every one has rendered and the frame is painted.
import { endProfile, startProfile, gaugeReadings, loadCairn, nextFrame, params, report, run } from './common.js';

const count = Number(params.get('count') || 100);
await run(async () => {
  const t0 = performance.now();
  const source = await loadCairn('kpi-gauge');
  const t1 = performance.now();
  startProfile();
  const root = document.getElementById('root');
  const gauges = gaugeReadings(count).map((r) => {
    const el = document.createElement('kpi-gauge');
    el.setAttribute('label', r.label);
    el.setAttribute('value', String(r.value));
    el.setAttribute('target', String(r.target));
    el.setAttribute('critical', String(r.critical));
    el.setAttribute('unit', r.unit);
    return el;
  });
  root.append(...gauges);
  await Promise.all(gauges.map((g) => g.updateComplete));
  await nextFrame();
  const t2 = performance.now();
  endProfile();
  const drawn = gauges.filter((g) => g.shadowRoot && g.shadowRoot.querySelector('svg .value-arc, svg .track')).length;
  return { loadMs: t1 - t0, renderMs: t2 - t1, drawn, note: source };
});
