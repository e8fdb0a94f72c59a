import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { jsonSchemas, kpiListSlice, snapshotSlicer, type Snapshot } from '@cairn/core';

/** One file of the JSON API: its path under the site's root and how to make its content. */
export interface ApiFile {
  path: string;
  data: () => unknown;
}

/**
 * Every file of the JSON API (`/api/v1/…`), each made from the snapshot only when asked for. The
 * dev server's endpoints serve these; a build writes them straight to disk.
 */
export function apiFiles(snapshot: Snapshot): ApiFile[] {
  const schemas = jsonSchemas();
  const slicer = snapshotSlicer(snapshot);
  return [
    { path: 'api/v1/snapshot.json', data: () => snapshot },
    { path: 'api/v1/kpis.json', data: () => kpiListSlice(snapshot) },
    ...snapshot.periods.map((p) => ({ path: `api/v1/periods/${p.id}.json`, data: () => slicer.period(p.id) })),
    ...snapshot.teams.map((t) => ({ path: `api/v1/teams/${t.id}.json`, data: () => slicer.team(t.id) })),
    ...snapshot.objectives.map((o) => ({ path: `api/v1/objectives/${o.id}.json`, data: () => slicer.objective(o.id) })),
    ...snapshot.kpis.map((k) => ({ path: `api/v1/kpis/${k.id}.json`, data: () => slicer.kpi(k.id) })),
    ...Object.keys(schemas).map((name) => ({ path: `api/v1/schema/${name}.json`, data: () => schemas[name] })),
  ];
}

/** How many files are written at once: enough to keep the disk busy, few enough to bound memory. */
const IN_FLIGHT = 16;

/**
 * Writes the JSON API into a built site, compact and UTF-8. Astro's endpoints would do the same
 * through a Response per file, which costs a build of thousands of files seconds for nothing.
 */
export async function writeApiFiles(outDir: string, snapshot: Snapshot): Promise<number> {
  const files = apiFiles(snapshot);
  await Promise.all([...new Set(files.map((file) => dirname(join(outDir, file.path))))].map((dir) => mkdir(dir, { recursive: true })));
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let file = files[next++]; file; file = files[next++]) await writeFile(join(outDir, file.path), JSON.stringify(file.data()));
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return files.length;
}
