import { createServer } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devSite } from '../src/node/index.js';
import { closeServer, listen } from '../src/node/listen.js';

let root: string;
const objective = (title: string): string => `---\ntitle: ${title}\nkey_results:\n  - title: Ship it\n    start: 0\n    target: 2\n---\n`;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cairn-site-dev-'));
  await mkdir(join(root, 'objectives/2026-q4/acme'), { recursive: true });
  await writeFile(join(root, 'periods.yaml'), '- id: 2026-q4\n  start: 2026-10-01\n  end: 2026-12-31\n');
  await writeFile(join(root, 'teams.yaml'), '- id: acme\n  name: Acme\n');
  await writeFile(join(root, 'cairn.config.yaml'), 'as_of: 2026-11-15\n');
  await writeFile(join(root, 'objectives/2026-q4/acme/goal.md'), objective('First title'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const heading = async (url: string): Promise<string> => /<h1[^>]*>([^<]*)/.exec(await (await fetch(url)).text())?.[1] ?? '';

describe('devSite', () => {
  it('serves the goals and picks up an edited data file, showing a new problem on the page', { timeout: 300_000 }, async () => {
    const lines: string[] = [];
    const server = await devSite({ goalsDir: root, port: 4870 + Math.floor(Math.random() * 100), log: (line) => lines.push(line) });
    try {
      const page = `${server.url}objectives/2026-q4/goal/`;
      expect(await heading(page)).toBe('First title');
      // The JSON API is served by the dev server too (a build writes the same files to disk).
      const api = await fetch(`${server.url}api/v1/objectives/goal.json`);
      expect(api.headers.get('content-type')).toContain('application/json');
      expect(((await api.json()) as { objectives: { title: string }[] }).objectives.map((o) => o.title)).toEqual(['First title']);
      // And the elements' bundle the API page's snippet names, as a build publishes it.
      const bundle = await fetch(`${server.url}elements/cairn-elements.js`);
      expect(bundle.headers.get('content-type')).toContain('text/javascript');
      expect(bundle.headers.get('access-control-allow-origin')).toBe('*');
      expect(await bundle.text()).toContain('customElements');
      // And the feeds, open to other origins as a build's _headers opens them.
      const feed = await fetch(`${server.url}teams/acme/feed.xml`);
      expect(feed.headers.get('content-type')).toContain('application/atom+xml');
      expect(feed.headers.get('access-control-allow-origin')).toBe('*');
      await writeFile(join(root, 'objectives/2026-q4/acme/goal.md'), objective('Second title'));
      await expect.poll(() => heading(page), { timeout: 90_000, interval: 500 }).toBe('Second title');
      await writeFile(join(root, 'objectives/2026-q4/acme/goal.md'), objective('[unclosed'));
      await expect.poll(async () => (await (await fetch(server.url)).text()).includes('1 problem in the goals folder'), { timeout: 90_000, interval: 500 }).toBe(true);
      expect(lines).toContain('objectives/2026-q4/acme/goal.md:3:1  error  this is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]');
      // The last good scores stay on the pages while the data has errors.
      expect(await heading(page)).toBe('Second title');
    } finally {
      await server.close();
    }
  });

  it('names a busy port and how to choose another', async () => {
    const blocker = createServer();
    await listen(blocker, 0, '127.0.0.1');
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(devSite({ goalsDir: root, port })).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use; pick another with --port (e.g. --port ${port + 1})`);
    } finally {
      await closeServer(blocker);
    }
  });
});
