import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { run } from '../../lib/site-data.js';

/**
 * The elements' one-file bundle under the dev server, where the API page's snippet points. A build
 * copies the same file beside the pages (buildSite's writeHostFiles), so here it lists none.
 */
export function getStaticPaths() {
  return run.dev ? [{ params: { file: 'cairn-elements.js' } }] : [];
}

export const GET = (): Response =>
  new Response(readFileSync(createRequire(import.meta.url).resolve('@cairn/elements/cairn-elements.js')), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Access-Control-Allow-Origin': '*' },
  });
