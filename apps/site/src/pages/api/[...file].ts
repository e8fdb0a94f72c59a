import type { APIContext } from 'astro';
import { json } from '../../lib/json-response.js';
import { run, snapshot } from '../../lib/site-data.js';
import { apiFiles } from '../../node/api-files.js';

/**
 * The JSON API under the dev server. A build writes the same files straight to disk after the
 * pages (buildSite's writeApiFiles), so here it lists none.
 */
export function getStaticPaths() {
  if (!run.dev) return [];
  return apiFiles(snapshot).map((file) => ({ params: { file: file.path.slice('api/'.length) }, props: { file } }));
}

export const GET = ({ props }: APIContext): Response => json((props as { file: ReturnType<typeof apiFiles>[number] }).file.data());
