// Serves the intranet example: the page, the elements bundle, and the demo company's snapshot
// as the small JSON API the Cairn site publishes (/api/v1/snapshot.json and per-KPI slices).
// Usage: npm run intranet (from the repository root), or: node serve.mjs [--port 8080]
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { buildSnapshot, checkRepository, hasErrors, loadGoalsFolder } from '@cairn/core/node';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const bundle = fileURLToPath(import.meta.resolve('@cairn/elements/cairn-elements.js'));

/** The demo data, scored at its pinned as-of date, as the JSON files a static site would hold. */
export async function apiFiles(goals = here('../acme')) {
  const repo = await loadGoalsFolder(goals);
  const problems = checkRepository(repo);
  if (hasErrors(problems)) throw new Error(`${goals} has errors; run cairn validate ${goals}`);
  const snapshot = buildSnapshot(repo, repo.config.as_of ?? new Date().toISOString().slice(0, 10));
  const files = new Map([['/api/v1/snapshot.json', snapshot]]);
  for (const kpi of snapshot.kpis) files.set(`/api/v1/kpis/${kpi.id}.json`, { version: 1, asOf: snapshot.asOf, kpi });
  for (const objective of snapshot.objectives) files.set(`/api/v1/objectives/${objective.id}.json`, { version: 1, asOf: snapshot.asOf, objective });
  return files;
}

export async function startServer(port = 8080) {
  const api = await apiFiles();
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    try {
      if (path === '/' || path === '/index.html') return send(response, 200, 'text/html; charset=utf-8', await readFile(here('index.html')));
      if (path === '/cairn-elements.js') return send(response, 200, 'text/javascript; charset=utf-8', await readFile(bundle));
      if (api.has(path)) return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(api.get(path)));
      return send(response, 404, 'text/plain; charset=utf-8', `not found: ${path}`);
    } catch (error) {
      return send(response, 500, 'text/plain; charset=utf-8', String(error));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

function send(response, status, type, body) {
  // CORS open, as for the site's static API: any intranet page may read the JSON.
  response.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
  response.end(body);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--port');
  const port = flag > 0 ? Number(process.argv[flag + 1]) : Number(process.env.PORT ?? 8080);
  const server = await startServer(port);
  const address = server.address();
  console.log(`Cairn intranet example: http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/  (Ctrl+C to stop)`);
}
