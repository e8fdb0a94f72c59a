// Posts the markdown that `cairn diff --format markdown` wrote as a merge-request comment in
// GitLab CI, updating the comment it posted before (found by its first line) rather than adding one.
// Needs GOALS_BOT_TOKEN (a project access token with api scope); GitLab CI sets the rest.
import { readFile } from 'node:fs/promises';

const MARKER = '<!-- cairn-diff -->';
const body = await readFile(process.argv[2] ?? 'cairn-diff.md', 'utf8');
const { CI_API_V4_URL: api, CI_PROJECT_ID: project, CI_MERGE_REQUEST_IID: mr, GOALS_BOT_TOKEN: token } = process.env;
if (!api || !project || !mr || !token) {
  console.log('not posted: run in a merge-request pipeline with GOALS_BOT_TOKEN set');
  process.exit(0);
}
const notes = `${api}/projects/${encodeURIComponent(project)}/merge_requests/${mr}/notes`;
const headers = { 'PRIVATE-TOKEN': token, 'Content-Type': 'application/json' };
const call = async (url, init = {}) => {
  const response = await fetch(url, { ...init, headers });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}`);
  return response.json();
};
let mine;
for (let page = 1; !mine; page += 1) {
  const list = await call(`${notes}?per_page=100&page=${page}`);
  if (list.length === 0) break;
  mine = list.find((note) => typeof note.body === 'string' && note.body.startsWith(MARKER));
}
if (mine) await call(`${notes}/${mine.id}`, { method: 'PUT', body: JSON.stringify({ body }) });
else await call(notes, { method: 'POST', body: JSON.stringify({ body }) });
console.log(mine ? 'comment updated' : 'comment posted');
