/** The HTML an intranet page needs to show this site's data; kept out of .astro so no tool mistakes it for a script of the page. */
export function embedSnippet(origin: string, bundleFile: string, kpiFile: string, periodFile: string): string {
  return [
    `<script type="module" src="${origin}${bundleFile}"></script>`,
    `<kpi-gauge src="${origin}${kpiFile}"></kpi-gauge>`,
    `<okr-tree src="${origin}${periodFile}"></okr-tree>`,
  ].join('\n');
}
