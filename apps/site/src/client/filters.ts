/**
 * On a period page, the filter links filter the rows in place instead of loading the filtered
 * page; the address still changes to that page, so a reload or a shared link shows the same.
 */
const nav = document.querySelector<HTMLElement>('[data-period-filters="in-place"]');

function apply(filter: string): void {
  if (!nav) return;
  const [dimension = 'all', slug = ''] = filter.split(':');
  const rows = document.querySelectorAll<HTMLTableRowElement>('tr[data-objective]');
  let shown = 0;
  for (const row of rows) {
    // A row's keys are slugs, space-separated where there are several (its team and those above it, its tags).
    const value = (row.dataset[dimension === 'tag' ? 'tags' : dimension] ?? '').split(' ');
    const visible = dimension === 'all' || value.includes(slug);
    row.hidden = !visible;
    if (visible) shown += 1;
  }
  for (const group of document.querySelectorAll<HTMLElement>('section[data-group]')) {
    group.hidden = group.querySelector('tr[data-objective]:not([hidden])') === null;
  }
  for (const link of nav.querySelectorAll<HTMLAnchorElement>('a[data-filter]')) {
    if (link.dataset.filter === filter) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const count = document.querySelector('[data-filter-count]');
  if (count) count.textContent = `${shown} of ${rows.length} objectives shown`;
}

function filterAt(pathname: string): string {
  const link = nav ? [...nav.querySelectorAll<HTMLAnchorElement>('a[data-filter]')].find((a) => new URL(a.href).pathname === pathname) : undefined;
  return link?.dataset.filter ?? 'all';
}

if (nav) {
  nav.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    apply(link.dataset.filter ?? 'all');
    history.pushState({ filter: link.dataset.filter }, '', link.href);
    // Chosen from a long list, the objectives may be screens below the link: bring their count into view.
    const count = document.querySelector('[data-filter-count]');
    if (count && count.getBoundingClientRect().top > window.innerHeight) count.scrollIntoView({ block: 'start' });
  });
  window.addEventListener('popstate', () => apply(filterAt(location.pathname)));
}
