// Serves the intranet example: the page, the elements bundle, and the demo company's snapshot
// as the small JSON API the Cairn site publishes (/api/v1/snapshot.json and per-KPI slices).
// Usage: npm run intranet (from the repository root), or: node serve.mjs [--port 8080]
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { buildSnapshot, checkRepository, hasErrors, loadGoalsFolder } from '@cairn/core/node';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const bundle = fileURLToPath(import.meta.resolve('@cairn/elements/cairn-elements.js'));

/** The strict policy the page also carries as a meta tag: nothing inline, everything from this origin. */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

/** The page's own files besides index.html, with their types. */
const PAGE_FILES = new Map([
  ['/intranet.css', 'text/css; charset=utf-8'],
  ['/intranet.js', 'text/javascript; charset=utf-8'],
  ['/favicon.svg', 'image/svg+xml'],
]);

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
      if (PAGE_FILES.has(path)) return send(response, 200, PAGE_FILES.get(path), await readFile(here(`.${path}`)));
      if (api.has(path)) return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(api.get(path)));
      return send(response, 404, 'text/plain; charset=utf-8', `not found: ${path}`);
    } catch (error) {
      return send(response, 500, 'text/plain; charset=utf-8', String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', (error) => reject(listenError(error, port)));
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}

/** A port that cannot be had is the user's to change: say which and how, not a stack trace. */
function listenError(error, port) {
  const how = `choose another with PORT, e.g. PORT=${port === 8080 ? 8081 : 8080} npm run intranet (or node serve.mjs --port <port>)`;
  const words = {
    EADDRINUSE: `port ${port} is taken: another program is listening on it; ${how}`,
    EACCES: `port ${port} needs privileges this user does not have; ${how}`,
  };
  const message = words[error.code];
  return message ? Object.assign(new Error(message), { code: error.code }) : error;
}

function send(response, status, type, body) {
  // CORS open, as for the site's static API: any intranet page may read the JSON.
  response.writeHead(status, {
    'content-type': type,
    'access-control-allow-origin': '*',
    'cache-control': 'no-store',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  });
  response.end(body);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--port');
  const given = flag > 0 ? process.argv[flag + 1] : (process.env.PORT ?? '8080');
  const port = Number(given);
  if (!/^\d+$/.test(given ?? '') || port > 65535) {
    console.error(`error: the port must be a number from 0 to 65535, not "${given}"; e.g. PORT=8081 npm run intranet`);
    process.exit(2);
  }
  try {
    const server = await startServer(port);
    const address = server.address();
    console.log(`Cairn intranet example: http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/  (Ctrl+C to stop)`);
  } catch (error) {
    console.error(`error: ${error.code === 'EADDRINUSE' || error.code === 'EACCES' ? error.message : String(error)}`);
    process.exit(1);
  }
}
