// <kpi-board> of the synthetic KPIs set as .data (fetched and parsed before timing): time until
// the first render is painted, and until every tile's gauge has drawn. ?tile=sparkline.
import { endProfile, startProfile, loadCairn, nextFrame, params, run } from './common.js';

const data = await (await fetch('/data/board.json')).json();
await run(async () => {
  const t0 = performance.now();
  const source = await loadCairn('kpi-board');
  const t1 = performance.now();
  startProfile();
  const el = document.createElement('kpi-board');
  if (params.get('tile')) el.tile = params.get('tile');
  el.data = data;
  document.getElementById('root').append(el);
  await el.updateComplete;
  await nextFrame();
  const t2 = performance.now();
  endProfile();
  const shadow = el.shadowRoot;
  const error = shadow && shadow.querySelector('[part="error"]');
  if (error) throw new Error(`kpi-board shows an error: ${error.textContent}`);
  const tiles = shadow ? shadow.querySelectorAll('[part="tile"]').length : 0;
  // Then every tile complete: gauges (or sparklines) drawn in all of them.
  const complete = () => [...shadow.querySelectorAll('[part="tile"]')].every((t) => t.querySelector('kpi-gauge, svg'));
  while (!complete()) await nextFrame();
  await Promise.all([...shadow.querySelectorAll('kpi-gauge')].map((g) => g.updateComplete));
  await nextFrame();
  const t3 = performance.now();
  return { loadMs: t1 - t0, renderMs: t2 - t1, drawn: tiles, note: `${source}; every tile complete after ${Math.round(t3 - t1)} ms` };
});
