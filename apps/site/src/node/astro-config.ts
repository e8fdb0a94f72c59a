import { fileURLToPath } from 'node:url';
import type { AstroInlineConfig } from 'astro';
import type { RunState } from './run-state.js';
import { themeCssPlugin } from './theme-css.js';

/** The site package's own folder (two up from src/node or dist/node): the Astro project that renders every goals folder. */
export const siteRoot = fileURLToPath(new URL('../../', import.meta.url));

export const RUN_MODULE = 'virtual:cairn/run';
const RESOLVED_RUN_MODULE = `\0${RUN_MODULE}`;

/** A Vite plugin that hands this run's state to the pages; one per run, nothing shared. */
export function runModulePlugin(getRun: () => RunState) {
  return {
    name: 'cairn-run',
    resolveId(id: string): string | undefined {
      return id === RUN_MODULE ? RESOLVED_RUN_MODULE : undefined;
    },
    load(id: string): string | undefined {
      return id === RESOLVED_RUN_MODULE ? `export default ${JSON.stringify(getRun())};` : undefined;
    },
  };
}

interface BundleWarning {
  code?: string;
  id?: string;
}

/**
 * Drops Rollup's INVALID_ANNOTATION warnings about dependencies (zod's comments that mention
 * `@__PURE__`): Rollup only removes the comment, and a reader of `cairn build` can do nothing about it.
 */
export function quietWarnings<W extends BundleWarning>(warning: W, warn: (warning: W) => void): void {
  if (warning.code === 'INVALID_ANNOTATION' && /[\\/]node_modules[\\/]/.test(warning.id ?? '')) return;
  warn(warning);
}

/**
 * The Astro configuration of one run, given inline: the site needs no config file, so it
 * builds any goals folder from wherever the package is installed.
 */
export function astroConfig(getRun: () => RunState, outDir: string, cacheDir: string, extraPlugins: unknown[] = []): AstroInlineConfig {
  const run = getRun();
  return {
    configFile: false,
    root: siteRoot,
    srcDir: `${siteRoot}src`,
    publicDir: `${siteRoot}public`,
    outDir,
    cacheDir,
    base: run.base,
    ...(run.siteUrl ? { site: run.siteUrl } : {}),
    trailingSlash: 'ignore',
    logLevel: 'warn',
    devToolbar: { enabled: false },
    // Four pages at a time: one page's file is written while the next renders (same output as one at a time).
    build: { format: 'directory', inlineStylesheets: 'never', assets: '_astro', concurrency: 4 },
    vite: {
      plugins: [runModulePlugin(getRun), themeCssPlugin(), ...extraPlugins] as never[],
      cacheDir: `${cacheDir}/vite`,
      // Scripts stay files, so the Content-Security-Policy needs no script hashes.
      build: { assetsInlineLimit: 0, rollupOptions: { onwarn: quietWarnings } },
      ssr: { external: ['@lit-labs/ssr', '@lit-labs/ssr-dom-shim', 'lit', '@cairn/elements', '@cairn/core'] },
      logLevel: 'warn',
    },
  };
}
