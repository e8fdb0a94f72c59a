/**
 * The search page: pagefind's own script and index (written by the build beside the pages)
 * find the words; this script only lists what it returns, as text and links.
 */

interface PagefindData {
  url: string;
  excerpt: string;
  /** What the pages mark with data-pagefind-meta: an objective page its period's name. */
  meta: { title?: string; period?: string };
}

interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindData> }[];
}

interface Pagefind {
  options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<PagefindSearch | null>;
}

/** How many results are listed at once. */
const SHOWN = 20;

const base = document.body.dataset.base ?? '/';
const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');

/** The kind of page a result is, from its address. */
function kindOf(url: string): string {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\/+/, '');
  if (path.startsWith('objectives/')) return 'Objective';
  if (path.startsWith('kpis/')) return 'KPI';
  if (path.startsWith('teams/')) return 'Team';
  return '';
}

/**
 * Pagefind's excerpt is HTML with the matched words in <mark>. It is parsed in an inert
 * document and copied as text, keeping only the marks, so nothing in it can run or load.
 */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const nodes: Node[] = [];
  for (const node of parsed.body.firstElementChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else nodes.push(document.createTextNode(node.textContent ?? ''));
  }
  return nodes;
}

function resultItem(data: PagefindData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  item.append(link);
  const kind = kindOf(data.url);
  if (kind) {
    const label = document.createElement('span');
    label.className = 'search-kind';
    // The same title can be an objective of two periods: its period tells the results apart.
    label.textContent = data.meta.period ? `${kind}, ${data.meta.period}` : kind;
    item.append(label);
  }
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

async function start(): Promise<void> {
  if (!form || !input || !status || !list) return;
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  // The index holds addresses without the base path; pagefind adds it. In a worker the WebAssembly
  // would run under the worker script's own policy (the site-wide one, which forbids it), not this page's.
  await pagefind.options({ baseUrl: base, noWorker: true });
  if (fallback) fallback.hidden = true;
  form.hidden = false;

  // The results of the search on screen, and how many of them are listed: "Show more" lists the next ones.
  let current: { term: string; search: PagefindSearch; listed: number } | null = null;

  const describe = (): void => {
    if (!current) return;
    const { term, search, listed } = current;
    const count = search.results.length;
    status.textContent =
      count === 0 ? `Nothing found for “${term}”.` : `${count} result${count === 1 ? '' : 's'} for “${term}”${count > listed ? `, the first ${listed} shown` : ''}.`;
    if (more) {
      more.hidden = count <= listed;
      more.textContent = `Show ${Math.min(SHOWN, count - listed)} more results`;
    }
  };

  const run = async (): Promise<void> => {
    const term = input.value.trim();
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!term) {
      current = null;
      list.replaceChildren();
      status.textContent = '';
      if (more) more.hidden = true;
      return;
    }
    const search = await pagefind.debouncedSearch(term, {}, 200);
    // A later keystroke started another search; that one reports.
    if (search === null) return;
    const shown = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
    if (input.value.trim() !== term) return;
    list.replaceChildren(...shown.map(resultItem));
    current = { term, search, listed: shown.length };
    describe();
  };

  more?.addEventListener('click', async () => {
    const at = current;
    if (!at) return;
    const next = await Promise.all(at.search.results.slice(at.listed, at.listed + SHOWN).map((result) => result.data()));
    if (current !== at || next.length === 0) return;
    const items = next.map(resultItem);
    list.append(...items);
    at.listed += items.length;
    describe();
    // The keyboard goes on from the first result just listed, not back at the top of the page.
    items[0]?.querySelector('a')?.focus();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  const asked = new URL(location.href).searchParams.get('q');
  if (asked) {
    input.value = asked;
    await run();
  }
}

start().catch((error: unknown) => {
  // Without its index (cairn dev writes none) the page keeps its links to browse instead.
  if (fallback) fallback.hidden = false;
  if (form) form.hidden = true;
  if (status) status.textContent = `Search is not available here (${error instanceof Error ? error.message : String(error)}); its index is written by cairn build.`;
});
