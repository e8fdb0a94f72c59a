/**
 * A small static server for the Content-Security-Policy tests: the built bundle, pages and data
 * held in memory, each page sent with or without a policy header. 127.0.0.1, a random port.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  body: string;
  type: string;
  /** The Content-Security-Policy header to send with it, if any. */
  csp?: string;
  /** The status to answer with; 200 by default. */
  status?: number;
  /** More response headers, such as Access-Control-Allow-Origin. */
  headers?: Record<string, string>;
}

export interface CspServer {
  origin: string;
  /** How many requests each path has had. */
  hits: Map<string, number>;
  put(path: string, served: Served): void;
  close(): Promise<void>;
}

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const here = (path: string): URL => new URL(`../${path}`, import.meta.url);

/** Serves `files` (URL path → package-relative file) and whatever is `put` later. */
export async function startCspServer(files: Record<string, string>): Promise<CspServer> {
  const memory = new Map<string, Served>();
  const hits = new Map<string, number>();
  for (const [path, file] of Object.entries(files)) {
    memory.set(path, { body: readFileSync(here(file), 'utf8'), type: file.endsWith('.js') ? 'text/javascript' : 'application/json' });
  }
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const served = memory.get(path);
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end(`not found: ${path}`);
      return;
    }
    const headers: Record<string, string> = { 'content-type': `${served.type}; charset=utf-8`, 'cache-control': 'no-cache' };
    if (served.csp) headers['content-security-policy'] = served.csp;
    Object.assign(headers, served.headers);
    response.writeHead(served.status ?? 200, headers);
    response.end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    put: (path, served) => void memory.set(path, served),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Flags the system Chromium needs on this kind of machine: headless, and no calls home. */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
