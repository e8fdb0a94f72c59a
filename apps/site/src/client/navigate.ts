/**
 * Choosing a row of <okr-tree> or a tile of <kpi-board> opens its page. The base path comes
 * from the page (data-base on <body>), so the script stays the same for every site.
 */
const base = document.body.dataset.base ?? '/';
const segment = encodeURIComponent;

document.addEventListener('okr-select', (event) => {
  const source = event.target as Element | null;
  if (source?.localName !== 'okr-tree') return;
  const objective = (event as CustomEvent<{ objective?: { id: string; period: string } }>).detail.objective;
  if (objective) location.assign(`${base}objectives/${segment(objective.period)}/${segment(objective.id)}/`);
});

document.addEventListener('kpi-select', (event) => {
  // A board with href has real links in its tiles: the browser follows them.
  if ((event.target as Element | null)?.hasAttribute('href')) return;
  const id = (event as CustomEvent<{ id?: string }>).detail.id;
  if (id) location.assign(`${base}kpis/${segment(id)}/`);
});
