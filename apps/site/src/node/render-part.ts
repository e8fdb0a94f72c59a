/**
 * One part of a build split among processes: `node render-part.js <job as JSON>` renders the
 * pages of `job.run.part` into `job.outDir` (buildSite starts it; see render-parts.ts). It prints
 * Astro's warnings, and on failure the error, to stderr.
 */
import { access, constants } from 'node:fs/promises';
import { renderPages } from './build-site.js';
import type { PartJob } from './render-parts.js';

const job = JSON.parse(process.argv[2] ?? 'null') as PartJob | null;
if (!job) {
  process.stderr.write('usage: node render-part.js <job as JSON>\n');
  process.exit(2);
}
try {
  // The pages read the snapshot only after Astro has bundled them: a part that cannot read it fails before that, in milliseconds.
  await access(job.run.snapshotFile, constants.R_OK);
  await renderPages(job.run, job.outDir, job.cacheDir);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
