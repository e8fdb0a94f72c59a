import { readFileSync } from 'node:fs';
import { run } from '../../lib/site-data.js';
import { elementsBundleSource } from '../../node/elements-bundle.js';

/**
 * The elements' one-file bundle under the dev server, where the API page's snippet points. A build
 * copies the same file beside the pages (buildSite's writeHostFiles), so here it lists none.
 */
export function getStaticPaths() {
  return run.dev ? [{ params: { file: 'cairn-elements.js' } }] : [];
}

export const GET = (): Response =>
  new Response(readFileSync(elementsBundleSource()), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Access-Control-Allow-Origin': '*' },
  });
