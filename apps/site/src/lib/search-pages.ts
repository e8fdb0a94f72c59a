/** The page kinds the search finds: an objective, a KPI or a team page (not indexes, filters or the API). */
const SEARCHABLE = /^(objectives\/[^/]+\/[^/]+|kpis\/[^/]+|teams\/[^/]+)\/?$/;

/** True when the page at this path (under the base path) is one the search index holds. */
export function searchable(pathname: string, base: string): boolean {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  return SEARCHABLE.test(path);
}
