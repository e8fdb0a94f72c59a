import { appendFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { contentSecurityPolicy, elementStyleHashes } from './csp.js';
import type { RunState } from './run-state.js';

/** Pagefind's ready-made interfaces, which the site does not use (its search page lists results itself). */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The pages the search finds (those Base.astro marks with data-pagefind-body); no other page is read. */
const SEARCHED = '{objectives/*/*,kpis/*,teams/*}/index.html';

/**
 * Writes the search index of a built site into its `pagefind/` folder with pagefind, from the
 * pages as written (so it holds only what the audience's pages show), and adds the search
 * page's policy to `_headers`. Returns the progress line: how many pages, how long. Where
 * pagefind's program cannot run (no binary for this system), the site is built without search
 * and the line says why; a failure while indexing fails the build.
 */
export async function writeSearchIndex(dir: string, run: RunState): Promise<string> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  const stopped: string[] = [];
  const created = await keepingServiceErrors(stopped, () =>
    pagefind
      .createIndex({
        // Breadcrumbs, the elements' shadow roots (the same figures as the page's text) and their JSON are not what a reader searches;
        // nor are the figure boxes (labels and numbers that pagefind would run together: "Score0.94") or the badges beside a title.
        excludeSelectors: ['nav', 'template', 'script', 'svg', 'thead', 'caption', '.figures', '.badge'],
      })
      .catch((error: unknown) => ({ index: undefined, errors: [error instanceof Error ? error.message : String(error)] })),
  );
  const index = created.index;
  if (!index) {
    // The first reason pagefind's service gave ("spawn … ENOENT") says more than "Pagefind backend closed".
    const reason = stopped[0] ?? created.errors.join('; ');
    return `Wrote no search index: pagefind could not run (${reason}); the search page will say search is not available`;
  }
  try {
    const added = await index.addDirectory({ path: dir, glob: SEARCHED });
    if (added.errors.length > 0) throw new Error(`the search index could not read the pages: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`the search index could not be written: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED.map((name) => rm(join(dir, 'pagefind', name), { force: true })));
    await appendFile(join(dir, '_headers'), searchHeaders(run, contentSecurityPolicy(await elementStyleHashes(), true, true)));
    return `Indexed ${added.page_count} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Runs `work` while pagefind's service reports into `stopped` instead of the terminal: when its
 * program cannot start, the service prints "Service stopped" and a stack for each failed write,
 * and the build says the same in one line. Anything else still reaches the console.
 */
async function keepingServiceErrors<T>(stopped: string[], work: () => Promise<T>): Promise<T> {
  const original = console.error;
  console.error = (...args: unknown[]): void => {
    if (args[0] === 'Service stopped') stopped.push(args[1] instanceof Error ? args[1].message : String(args[1]));
    else original(...args);
  };
  try {
    return await work();
  } finally {
    // The service reports each failed write as its stream errors, just after the failure itself.
    await new Promise((resolve) => setImmediate(resolve));
    console.error = original;
  }
}

/**
 * The search page's own rule: its policy also allows WebAssembly. Hosts that join two rules'
 * values of one header would enforce both policies, so the site-wide one is detached first
 * (Cloudflare Pages' `! Name` line; other hosts need the same in their settings).
 */
function searchHeaders(run: RunState, policy: string): string {
  return [`${run.base}search/`, '  ! Content-Security-Policy', `  Content-Security-Policy: ${policy}`, ''].join('\n');
}
