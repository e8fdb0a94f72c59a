import { formatScore } from '../lib/format.js';

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
  let weights = 0;
  let weighted = 0;
  for (const row of rows) {
    // A row's keys are slugs, space-separated where there are several (its team and those above it, its tags).
    const value = (row.dataset[dimension === 'tag' ? 'tags' : dimension] ?? '').split(' ');
    const visible = dimension === 'all' || value.includes(slug);
    row.hidden = !visible;
    if (visible) {
      shown += 1;
      weights += Number(row.dataset.weight);
      weighted += Number(row.dataset.score) * Number(row.dataset.weight);
    }
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
  // The page then reads as the filtered page would after a reload: its title, heading and facts describe what is shown.
  const chosen = nav.querySelector<HTMLAnchorElement>(`a[data-filter="${CSS.escape(filter)}"]`);
  const title = chosen?.dataset.title;
  const h1 = document.querySelector('main h1');
  if (title && h1) {
    h1.textContent = title;
    document.title = nav.dataset.siteTitle ? `${title} · ${nav.dataset.siteTitle}` : title;
  }
  const heading = document.querySelector('[data-results]');
  if (heading && chosen?.dataset.heading) heading.textContent = chosen.dataset.heading;
  const all = dimension === 'all';
  setFact('objectives', all ? 'Objectives' : 'Objectives shown', String(shown));
  // Weighted as core weights a period's score; all weights zero counts each objective once.
  const mean = weights > 0 ? weighted / weights : shown > 0 ? [...rows].filter((r) => !r.hidden).reduce((sum, r) => sum + Number(r.dataset.score), 0) / shown : null;
  setFact('average', all ? 'Average score' : 'Average score of these objectives', formatScore(mean));
}

function setFact(fact: string, label: string, value: string): void {
  const dd = document.querySelector(`[data-fact="${fact}"]`);
  if (!dd) return;
  dd.textContent = value;
  if (dd.previousElementSibling) dd.previousElementSibling.textContent = label;
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
    // Focus moves to the results' heading, as a page load would start there: the next Tab reaches the first objective, not a link off-screen.
    const heading = document.querySelector<HTMLElement>('[data-results]');
    if (heading) {
      heading.focus({ preventScroll: true });
      if (heading.getBoundingClientRect().top > window.innerHeight || heading.getBoundingClientRect().top < 0) heading.scrollIntoView({ block: 'start' });
    }
  });
  window.addEventListener('popstate', () => apply(filterAt(location.pathname)));
}
