// <okr-tree> with the synthetic snapshot set as .data (fetched and parsed before timing):
// time until the first render is done and painted. ?layout=chart, ?expandAll=1.
import { endProfile, startProfile, loadCairn, nextFrame, params, run } from './common.js';

const data = await (await fetch('/data/tree.json')).json();
await run(async () => {
  const t0 = performance.now();
  const source = await loadCairn('okr-tree');
  const t1 = performance.now();
  startProfile();
  const el = document.createElement('okr-tree');
  if (params.get('layout')) el.layout = params.get('layout');
  if (params.get('expandAll') === '1') el.expandAll = true;
  el.data = data;
  document.getElementById('root').append(el);
  await el.updateComplete;
  await nextFrame();
  // A size measured after layout may ask for one more update; wait for it too.
  await el.updateComplete;
  const t2 = performance.now();
  endProfile();
  const shadow = el.shadowRoot;
  const drawn = shadow ? shadow.querySelectorAll('[role="treeitem"]').length : 0;
  const error = shadow && shadow.querySelector('[part="error"]');
  if (error) throw new Error(`okr-tree shows an error: ${error.textContent}`);
  return { loadMs: t1 - t0, renderMs: t2 - t1, drawn, note: source };
});
