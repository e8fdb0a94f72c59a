import { copyFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { writeApiFiles } from './api-files.js';
import { astroConfig, siteRoot } from './astro-config.js';
import { countFiles } from './count-files.js';
import { hostLimitNotes } from './host-limits.js';
import { checkOutDir } from './out-dir.js';
import { ELEMENTS_BUNDLE, elementsBundleSource } from './elements-bundle.js';
import { contentSecurityPolicy, elementStyleHashes } from './csp.js';
import type { BuildResult, SiteOptions } from './options.js';
import { prepareRun } from './prepare-run.js';
import { quietAstro } from './quiet-astro.js';
import { renderInParts, renderProcesses } from './render-parts.js';
import { writeSearchIndex } from './search-index.js';
import type { RunState } from './run-state.js';

/** Where a site goes when no outDir is given: `dist` inside the goals folder, which the reader skips. */
export const defaultOutDir = (goalsDir: string): string => join(resolve(goalsDir), 'dist');

/**
 * Builds the goals site. An `outDir` whose replacement would lose anything but a site throws
 * OutDirError, and invalid data SiteDataError, both before anything is written; the site is
 * built into a sibling temporary folder and only then swapped into `outDir`, so on any failure
 * the old output stays as it was.
 */
export async function buildSite(options: SiteOptions): Promise<BuildResult> {
  const started = performance.now();
  const log = options.log ?? ((): void => {});
  const outDir = resolve(options.outDir ?? defaultOutDir(options.goalsDir));
  await checkOutDir(outDir, options.goalsDir, options.outDir ?? outDir);
  const runDir = await mkdtemp(join(tmpdir(), 'cairn-site-'));
  try {
    const { run, snapshot } = await prepareRun(options, runDir);
    const kpis = `${snapshot.kpis.length} KPI${snapshot.kpis.length === 1 ? '' : 's'}`;
    log(`Scored ${snapshot.objectives.length} objective${snapshot.objectives.length === 1 ? '' : 's'} and ${kpis} as of ${snapshot.asOf} (${run.audience} audience)`);
    await mkdir(dirname(outDir), { recursive: true });
    // A dot name: the goals reader and most static hosts skip it while it is being written.
    const building = join(dirname(outDir), `.${basename(outDir)}.building-${process.pid}-${Date.now()}`);
    try {
      const processes = renderProcesses(snapshot, options.processes);
      if (processes > 1) {
        log(`Rendering pages in ${processes} processes`);
        await renderInParts(run, building, runDir, processes);
      } else {
        await renderPages(run, building, join(runDir, 'astro-cache'));
      }
      await writeHostFiles(building, run);
      // pagefind indexes in a process of its own; the API is written meanwhile. Both end before a
      // failure of either removes the folder, so nothing is still writing into it then.
      const [api, search] = await Promise.allSettled([writeApiFiles(building, snapshot), writeSearchIndex(building, run)]);
      if (api.status === 'rejected') throw api.reason;
      if (search.status === 'rejected') throw search.reason;
      log(search.value);
      const count = await countFiles(building);
      const { pages, files } = count;
      await swapInto(building, outDir);
      const ms = Math.round(performance.now() - started);
      log(`Wrote ${pages} pages (${files} files) to ${outDir} in ${(ms / 1000).toFixed(1)} s`);
      for (const note of hostLimitNotes(count)) log(note);
      return { outDir, pages, files, ms, base: run.base };
    } catch (error) {
      await rm(building, { recursive: true, force: true });
      throw error;
    }
  } finally {
    await rm(runDir, { recursive: true, force: true });
  }
}

/** Renders the site's pages with Astro in this process: all of them, or the part `run.part` names. */
export async function renderPages(run: RunState, outDir: string, cacheDir: string): Promise<void> {
  const { build } = await import('astro');
  await inBuildFolder(() => quietAstro(() => build(astroConfig(() => run, outDir, cacheDir))));
}

/**
 * Runs the Astro build from a working folder of its own inside the site package. Astro writes
 * the pages' server code to `.astro/` under the working folder when the output lies outside it,
 * and that code imports the site's dependencies: from a folder inside the package they resolve
 * wherever the package is installed, and two builds at once (two terminals, parallel tests)
 * never share the folder.
 */
export async function inBuildFolder<T>(work: () => Promise<T>): Promise<T> {
  const modules = join(siteRoot, 'node_modules');
  // A read-only install falls back to the package's own folder: shared, but still resolvable.
  const folder = await mkdir(modules, { recursive: true })
    .then(() => mkdtemp(join(modules, '.cairn-build-')))
    .catch(() => siteRoot);
  const cwd = process.cwd();
  process.chdir(folder);
  try {
    return await work();
  } finally {
    process.chdir(cwd);
    if (folder !== siteRoot) await rm(folder, { recursive: true, force: true });
  }
}

/** `_headers` (the policy as a header, CORS for the API, the elements' bundle and every feed), the bundle itself and the logo. */
async function writeHostFiles(dir: string, run: RunState): Promise<void> {
  const policy = contentSecurityPolicy(await elementStyleHashes(), true);
  const headers = [
    `${run.base}*`,
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    `${run.base}api/*`,
    '  Access-Control-Allow-Origin: *',
    '  Access-Control-Allow-Methods: GET, HEAD, OPTIONS',
    // A module script from another origin is fetched with CORS: an intranet page loads the bundle only with this.
    `${run.base}${dirname(ELEMENTS_BUNDLE)}/*`,
    '  Access-Control-Allow-Origin: *',
    // The site's feeds and each team's, for a dashboard on another origin that reads what changed.
    ...['feed.json', 'feed.xml', 'teams/*/feed.xml'].flatMap((feed) => [`${run.base}${feed}`, '  Access-Control-Allow-Origin: *']),
    '',
  ].join('\n');
  await writeFile(join(dir, '_headers'), headers);
  await mkdir(join(dir, dirname(ELEMENTS_BUNDLE)), { recursive: true });
  await copyFile(elementsBundleSource(), join(dir, ELEMENTS_BUNDLE));
  // Astro leaves its (empty) content-layer modules at the top of the output; a site does not need them.
  await Promise.all(['content-assets.mjs', 'content-modules.mjs'].map((name) => rm(join(dir, name), { force: true })));
  if (run.logo) {
    const logo = resolve(run.goalsDir, run.logo);
    if (!logo.startsWith(`${run.goalsDir}${sep}`)) throw new Error(`site.logo must be a file inside the goals folder, not "${run.logo}"`);
    await copyFile(logo, join(dir, `logo${extname(run.logo).toLowerCase()}`));
  }
}

/** Puts the new site in place of the old one with renames; the old one is removed only after. */
async function swapInto(building: string, outDir: string): Promise<void> {
  const old = join(dirname(outDir), `.${basename(outDir)}.old-${process.pid}-${Date.now()}`);
  const hadOld = await rename(outDir, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(building, outDir);
  } catch (error) {
    if (hadOld) await rename(old, outDir);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}
