import { Option } from 'commander';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { checkDay } from '../goals.js';
import { UsageError } from '../output.js';

const BASE = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;
/** What marks a goals folder: any of these directly inside it. */
const MARKERS = ['periods.yaml', 'periods.yml', 'periods.json', 'teams.yaml', 'teams.yml', 'teams.json', 'cairn.config.yaml', 'cairn.config.yml', 'cairn.config.json', 'objectives', 'kpis'];

export type Audience = 'public' | 'internal';

/** `--audience` of the commands that write a snapshot (`cairn export`, `cairn export csv`): the same default as `cairn build`. */
export const snapshotAudience = (): Option =>
  new Option('--audience <audience>', 'who the snapshot is for: public leaves internal items and hidden values out, as the public site does (default: site.audience in cairn.config.yaml, else public)').choices(['public', 'internal']);

/** The goals folder a site is made from: a missing or empty one is a usage error, said before the site package loads. */
export async function siteGoalsFolder(dir: string): Promise<string> {
  const full = resolve(dir);
  const info = await stat(full).catch(() => null);
  if (!info) throw new UsageError(`no such folder: ${dir}`);
  if (!info.isDirectory()) throw new UsageError(`not a folder: ${dir} (give the goals folder, e.g. cairn build examples/acme)`);
  if (!MARKERS.some((name) => existsSync(join(full, name)))) {
    throw new UsageError(`${dir} holds no Cairn files (periods.yaml, teams.yaml, objectives/, kpis/); is it the goals folder?`);
  }
  return full;
}

export function checkAsOf(flag: string | undefined): string | undefined {
  if (flag === undefined) return undefined;
  // The same check and messages as score and export: a day that does not exist is named as such.
  checkDay(flag, '--as-of');
  return flag;
}

/** `goals`, `/goals` and `/goals/` all mean the same base path; anything else that is not a path is refused. */
export function checkBase(flag: string | undefined): string | undefined {
  if (flag === undefined) return undefined;
  const trimmed = flag.trim().replace(/^\/+|\/+$/g, '');
  const base = trimmed === '' ? '/' : `/${trimmed}/`;
  if (!BASE.test(base)) throw new UsageError(`--base must be a path such as /goals/, not "${flag}"`);
  return base;
}

export function checkSiteUrl(flag: string | undefined): string | undefined {
  if (flag === undefined) return undefined;
  let url: URL | null = null;
  try {
    url = new URL(flag);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    throw new UsageError(`--site-url must be an absolute http or https address, like https://goals.example.com, not "${flag}"`);
  }
  return flag;
}

/** How many processes render a build's pages: a whole number from 1 (at most 64, which no machine here needs). */
export function checkProcesses(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const processes = Number(flag);
  if (!/^\d+$/.test(flag) || processes < 1 || processes > 64) throw new UsageError(`--processes must be a whole number from 1 to 64, not "${flag}"`);
  return processes;
}

export function checkPort(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const port = Number(flag);
  if (!/^\d+$/.test(flag) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not "${flag}"`);
  return port;
}

/**
 * The site package says why a server could not start (a busy port, a missing build) in a
 * sentence meant for people: those are usage errors, not bugs in Cairn.
 */
export function serverStartError(error: unknown): UsageError | null {
  const message = error instanceof Error ? error.message : '';
  return /^port \d+ .*(already in use|needs more rights)|^no built site in /.test(message) ? new UsageError(message) : null;
}

/** A path as a person would type it from here: relative inside the working folder, absolute outside it. */
export function shownPath(path: string): string {
  const full = resolve(path);
  const rel = relative(process.cwd(), full);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? full : rel;
}
