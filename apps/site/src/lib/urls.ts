import run from 'virtual:cairn/run';

/** A path inside the site, under the base path: `href('kpis/uptime/')` → "/goals/kpis/uptime/". */
export function href(path = ''): string {
  return `${run.base}${path.replace(/^\/+/, '')}`;
}

const seg = encodeURIComponent;
export const periodHref = (id: string): string => href(`periods/${seg(id)}/`);
export const teamHref = (id: string): string => href(`teams/${seg(id)}/`);
export const objectiveHref = (period: string, id: string): string => href(`objectives/${seg(period)}/${seg(id)}/`);
export const kpiHref = (id: string): string => href(`kpis/${seg(id)}/`);
export const alignmentHref = (period: string): string => href(`alignment/${seg(period)}/`);

/** The JSON API files, relative to the base path. */
export const api = {
  snapshot: (): string => href('api/v1/snapshot.json'),
  kpiList: (): string => href('api/v1/kpis.json'),
  period: (id: string): string => href(`api/v1/periods/${seg(id)}.json`),
  team: (id: string): string => href(`api/v1/teams/${seg(id)}.json`),
  objective: (id: string): string => href(`api/v1/objectives/${seg(id)}.json`),
  kpi: (id: string): string => href(`api/v1/kpis/${seg(id)}.json`),
  schema: (name: string): string => href(`api/v1/schema/${seg(name)}.json`),
};

/** A filter value as a URL segment: lowercase letters, digits and dashes. */
export function slug(value: string): string {
  const cleaned = value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cleaned === '' ? 'x' : cleaned;
}

/** Slugs for a set of values, unique even when two values clean up to the same text. */
export function slugs(values: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const value of [...new Set(values)].sort()) {
    const base = slug(value);
    let candidate = base;
    for (let n = 2; used.has(candidate); n += 1) candidate = `${base}-${n}`;
    used.add(candidate);
    out.set(value, candidate);
  }
  return out;
}
