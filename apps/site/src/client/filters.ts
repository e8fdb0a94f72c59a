import { formatScore } from '../lib/format.js';

/**
 * On a period page, the filter links filter the rows in place instead of loading the filtered
 * page, and filters of different kinds combine (team Sales and status At risk): a link adds its
 * filter, replacing one of the same kind, and the chosen link clears it. The address follows,
 * so a reload or a shared link shows the same: one filter is its own page's address, several
 * are the period's address with a query (`?team=sales&status=at-risk`).
 */
const nav = document.querySelector<HTMLElement>('[data-period-filters="in-place"]');

/** The chosen filters, kind → value slug, in the order the page lists the kinds. */
type Selection = Map<string, string>;

const links = (): HTMLAnchorElement[] => (nav ? [...nav.querySelectorAll<HTMLAnchorElement>('a[data-filter]')] : []);
const linkOf = (dimension: string, slug: string): HTMLAnchorElement | undefined => links().find((a) => a.dataset.filter === `${dimension}:${slug}`);
const dimensions = (): string[] => [...new Set(links().flatMap((a) => (a.dataset.filter === 'all' ? [] : [a.dataset.filter?.split(':')[0] ?? ''])))];

function apply(selection: Selection): void {
  if (!nav) return;
  const rows = document.querySelectorAll<HTMLTableRowElement>('tr[data-objective]');
  let shown = 0;
  let weights = 0;
  let weighted = 0;
  for (const row of rows) {
    // A row's keys are slugs, space-separated where there are several (its team and those above it, its tags).
    const visible = [...selection].every(([dimension, slug]) => (row.dataset[dimension === 'tag' ? 'tags' : dimension] ?? '').split(' ').includes(slug));
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
  for (const link of links()) {
    const [dimension = '', slug = ''] = (link.dataset.filter ?? '').split(':');
    const current = link.dataset.filter === 'all' ? selection.size === 0 : selection.get(dimension) === slug;
    if (current) link.setAttribute('aria-current', selection.size > 1 ? 'true' : 'page');
    else link.removeAttribute('aria-current');
  }
  const all = selection.size === 0;
  const chosen = [...selection].map(([dimension, slug]) => linkOf(dimension, slug)?.dataset.label ?? `${dimension} ${slug}`);
  const count = document.querySelector('[data-filter-count]');
  if (count) count.textContent = `${shown} of ${rows.length} objectives shown${all ? '' : ` (${chosen.join(' and ')})`}`;
  // The page then reads as the filtered page would after a reload: its title, heading and facts describe what is shown.
  const allLink = links().find((a) => a.dataset.filter === 'all');
  const periodName = nav.dataset.periodName ?? '';
  const title = all ? (allLink?.dataset.title ?? periodName) : `${periodName}: ${chosen.join(', ')}`;
  const h1 = document.querySelector('main h1');
  if (title && h1) {
    h1.textContent = title;
    document.title = nav.dataset.siteTitle ? `${title} · ${nav.dataset.siteTitle}` : title;
  }
  const heading = document.querySelector('[data-results]');
  if (heading) heading.textContent = all ? (allLink?.dataset.heading ?? heading.textContent) : `Objectives of ${chosen.join(' and ')}`;
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

/** The filters an address names: a filtered page's one, or the period page's query (values the page does not offer are left out). */
function selectionAt(location: Location): Selection {
  const selection: Selection = new Map();
  const page = links().find((a) => a.dataset.filter !== 'all' && new URL(a.href).pathname === location.pathname);
  const [dimension, slug] = page?.dataset.filter?.split(':') ?? [];
  if (dimension && slug) selection.set(dimension, slug);
  const query = new URLSearchParams(location.search);
  for (const kind of dimensions()) {
    const value = query.get(kind);
    if (value && linkOf(kind, value)) selection.set(kind, value);
  }
  return selection;
}

/** The address of a selection: the period page, the one filter's page, or the period page with a query. */
function addressOf(selection: Selection): string {
  const period = links().find((a) => a.dataset.filter === 'all')?.href ?? location.href;
  if (selection.size === 0) return period;
  const [only] = [...selection];
  if (selection.size === 1 && only) return linkOf(only[0], only[1])?.href ?? period;
  const query = new URLSearchParams(dimensions().flatMap((kind) => (selection.has(kind) ? [[kind, selection.get(kind) ?? '']] : [])));
  return `${new URL(period).pathname}?${query}`;
}

if (nav) {
  let selection = selectionAt(location);
  if (selection.size > 0) apply(selection);
  // Only with this script do filters combine: the page says so where the links are.
  for (const hint of nav.querySelectorAll<HTMLElement>('[data-combine-hint]')) hint.hidden = false;
  nav.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const [dimension = '', slug = ''] = (link.dataset.filter ?? '').split(':');
    const next: Selection = link.dataset.filter === 'all' ? new Map() : new Map(selection);
    if (link.dataset.filter !== 'all') {
      if (next.get(dimension) === slug) next.delete(dimension);
      else next.set(dimension, slug);
    }
    // Kept in the order the page lists the kinds, so the heading and the address read the same whichever was chosen first.
    selection = new Map(dimensions().flatMap((kind) => (next.has(kind) ? [[kind, next.get(kind) ?? '']] : [])));
    apply(selection);
    history.pushState({ filters: [...selection] }, '', addressOf(selection));
    // Focus moves to the results' heading, as a page load would start there: the next Tab reaches the first objective, not a link off-screen.
    const heading = document.querySelector<HTMLElement>('[data-results]');
    if (heading) {
      heading.focus({ preventScroll: true });
      if (heading.getBoundingClientRect().top > window.innerHeight || heading.getBoundingClientRect().top < 0) heading.scrollIntoView({ block: 'start' });
    }
  });
  window.addEventListener('popstate', () => {
    selection = selectionAt(location);
    apply(selection);
  });
}
