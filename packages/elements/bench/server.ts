/**
 * A tiny static server for the render benchmark, on 127.0.0.1 and a random port: files from a
 * few mounted folders, plus generated pages and data held in memory.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  /** Serves `body` at `path` (e.g. "/data/tree.json") from now on. */
  put(path: string, body: string | Buffer): void;
  close(): Promise<void>;
}

/** `mounts` maps a URL prefix such as "/dist/" to a folder. */
export async function startServer(mounts: Record<string, string>): Promise<StaticServer> {
  const memory = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    const body = memory.get(path);
    if (body) {
      response.writeHead(200, { ...headers, 'content-length': body.length });
      response.end(body);
      return;
    }
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(folder, path.slice(prefix.length)));
      if (!file.startsWith(normalize(folder) + sep)) break;
      try {
        const stat = statSync(file);
        if (!stat.isFile()) break;
        response.writeHead(200, { ...headers, 'content-length': stat.size });
        createReadStream(file).pipe(response);
        return;
      } catch {
        break;
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end(`not found: ${path}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    put(path, content) {
      memory.set(path, Buffer.isBuffer(content) ? content : Buffer.from(content));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
