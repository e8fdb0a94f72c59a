import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { basename, extname, join, resolve, sep } from 'node:path';
import { normaliseBase } from './settings.js';
import { closeServer, listen } from './listen.js';
import type { RunningServer, ServeOptions } from './options.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** The site's feeds are Atom and JSON Feed, whatever their extension says to a generic server (as the pages announce them). */
const FEED_TYPES: Record<string, string> = {
  'feed.xml': 'application/atom+xml; charset=utf-8',
  'feed.json': 'application/feed+json; charset=utf-8',
};

/** The content type of a file of the built site. */
export function contentType(path: string): string {
  return FEED_TYPES[basename(path)] ?? TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface PreviewOptions extends ServeOptions {
  outDir: string;
  base?: string;
}

/**
 * Serves a built site as a static host would: files under the base path, folders by their
 * index.html, the site's 404 page for anything else, and the `_headers` rules (the CSP, and
 * CORS on the API) as real headers.
 */
export async function previewSite(options: PreviewOptions): Promise<RunningServer> {
  const root = resolve(options.outDir);
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory() || !(await stat(join(root, 'index.html')).catch(() => null))?.isFile()) {
    throw new Error(`no built site in ${options.outDir}; build it first (cairn build), or give the folder a build wrote with --out`);
  }
  const base = normaliseBase(options.base);
  const rules = parseHeaders(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const server = createServer((request, response) => {
    serve(root, base, rules, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  const url = await listen(server, options.port ?? 4321, host);
  return { url: `${url}${base}`, close: () => closeServer(server) };
}

type HeaderRule = { pattern: string; headers: [string, string][] };

/** The Netlify/Cloudflare `_headers` format: a path pattern, then indented `Name: value` lines. */
function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      if (at > 0) rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** A rule's path: exact, or with one splat (`*`) anywhere that matches any run of characters, as Netlify and Cloudflare read it. */
function matchesRule(pattern: string, path: string): boolean {
  const star = pattern.indexOf('*');
  if (star < 0) return path === pattern;
  const head = pattern.slice(0, star);
  const tail = pattern.slice(star + 1);
  return path.length >= head.length + tail.length && path.startsWith(head) && path.endsWith(tail);
}

async function serve(root: string, base: string, rules: HeaderRule[], request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  for (const rule of rules) if (matchesRule(rule.pattern, path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(request.method === 'OPTIONS' ? 204 : 405, { allow: 'GET, HEAD, OPTIONS' });
    response.end();
    return;
  }
  if (path === base.slice(0, -1)) {
    response.writeHead(301, { location: base });
    response.end();
    return;
  }
  const file = path.startsWith(base) ? await findFile(root, path.slice(base.length)) : null;
  if (!file) {
    const notFound = join(root, '404.html');
    const exists = await stat(notFound).catch(() => null);
    response.writeHead(404, { 'content-type': TYPES['.html'] as string });
    if (exists && request.method === 'GET') createReadStream(notFound).pipe(response);
    else response.end(exists ? undefined : 'Not found');
    return;
  }
  if (file.redirect) {
    response.writeHead(301, { location: `${path}/` });
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': contentType(file.path), 'content-length': file.size });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file.path).pipe(response);
}

/** The file a path names, never outside the site's folder; a folder without its slash redirects. */
async function findFile(root: string, relative: string): Promise<{ path: string; size: number; redirect: boolean } | null> {
  const full = resolve(root, `.${sep}${relative}`);
  if (full !== root && !full.startsWith(`${root}${sep}`)) return null;
  const info = await stat(full).catch(() => null);
  if (info?.isFile()) return { path: full, size: info.size, redirect: false };
  if (info?.isDirectory()) {
    const index = join(full, 'index.html');
    const indexInfo = await stat(index).catch(() => null);
    if (!indexInfo?.isFile()) return null;
    return { path: index, size: indexInfo.size, redirect: relative !== '' && !relative.endsWith('/') };
  }
  return null;
}
