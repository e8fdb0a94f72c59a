import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { CachedKind, CheckedCache } from '../../load/checked-cache.js';
import { decodeColumns, encodeColumns } from './columns.js';

const FORMAT = 'cairn-checked-cache 4';

export interface DiskCacheStats {
  /** Files whose checked value came from the cache. */
  hits: number;
  /** Files parsed and checked afresh (new, changed, or not cacheable). */
  misses: number;
  /**
   * Entries found for a file but not used: damaged, sealed with another key, or refused by the
   * schema when read. Each file was read afresh instead; a caller may say so.
   */
  ignored: number;
}

export interface DiskCacheOptions {
  /** The folder the cache file is in (default: `defaultCacheDir`). */
  dir?: string | undefined;
  /**
   * The secret entries are sealed with. Default: CAIRN_CACHE_KEY, else the key in
   * `$XDG_CONFIG_HOME/cairn/cache-key` (or `~/.config/cairn/cache-key`), made on first use and
   * readable only by its owner. A cache sealed with another key is not used.
   */
  key?: string | undefined;
}

/** A `CheckedCache` kept in one file per goals folder. */
export interface DiskCache extends CheckedCache {
  /** Where the cache lives. */
  readonly file: string;
  readonly stats: DiskCacheStats;
  /**
   * Writes the entries this run read or stored, and only those, so deleted and changed files
   * drop out. Atomic (a temporary file, then a rename). Never throws: a cache that cannot be
   * written only makes the next run slower, so it answers false instead.
   */
  save(): boolean;
}

/**
 * The folder Cairn keeps caches in: `node_modules/.cache/cairn` of the nearest folder at or
 * above the goals folder that has `node_modules` (where build tools keep theirs, and already
 * ignored by git), else `$XDG_CACHE_HOME/cairn` or `~/.cache/cairn`.
 */
export function defaultCacheDir(goalsDir: string): string {
  let folder = resolve(goalsDir);
  for (;;) {
    if (isFolder(join(folder, 'node_modules'))) return join(folder, 'node_modules', '.cache', 'cairn');
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'cairn');
}

/**
 * Opens the cache of one goals folder. A missing, unreadable or foreign cache file, or one
 * written by another version of Cairn, is simply empty: the cache can only make loading
 * faster, never different.
 *
 * What it trusts: an entry is used only for the very text (by its hash), the path and the
 * version of Cairn (and of its schemas and readers) it was written for, and only when its seal,
 * an HMAC made with a key kept outside the cache folder, is right, so a line written into the
 * cache file by anyone without the key is ignored. What it gives back still goes through the
 * schema (see the loader). It never stores a file that had a problem.
 */
export function openDiskCache(goalsDir: string, options: DiskCacheOptions = {}): DiskCache {
  const dir = resolve(options.dir ?? defaultCacheDir(goalsDir));
  const file = join(dir, `checked-${digest(resolve(goalsDir)).slice(0, 16)}.txt`);
  const header = `${FORMAT} ${schemaFingerprint()}`;
  const secret = options.key ?? (process.env.CAIRN_CACHE_KEY || undefined) ?? keyFromFile();
  const seal = (entry: string, json: string): string => createHmac('sha256', secret).update(header).update('\n').update(entry).update('\t').update(json).digest('base64url').slice(0, 32);
  const stored = readEntries(file, header);
  // What this run read (as stored) and what it checked afresh (written out only by `save`, so
  // a first run pays for encoding after its work is done, not during it).
  const used = new Map<string, string | { kind: CachedKind; value: unknown }>();
  const stats: DiskCacheStats = { hits: 0, misses: 0, ignored: 0 };
  let changed = false;
  // `set` follows a `get` for the same text on every miss: hash it once.
  let lastText: string | null = null;
  let lastKey = '';
  // An entry is named by the kind, the text's hash and the path it was read from.
  const keyOf = (kind: CachedKind, text: string, path: string): string => {
    if (text !== lastText) {
      lastText = text;
      lastKey = createHash('sha256').update(text).digest('base64url');
    }
    return `${kind}:${lastKey}\t${path}`;
  };

  return {
    file,
    stats,
    get(kind, text, path) {
      const key = keyOf(kind, text, path);
      const entry = stored.get(key);
      if (entry !== undefined) {
        const tab = entry.indexOf('\t');
        const json = entry.slice(tab + 1);
        const expected = Buffer.from(seal(key, json));
        const found = Buffer.from(entry.slice(0, tab));
        if (tab > 0 && found.length === expected.length && timingSafeEqual(found, expected)) {
          try {
            const value = decodeColumns(kind, JSON.parse(json));
            used.set(key, entry);
            stats.hits += 1;
            return value;
          } catch {
            // A damaged line is read afresh below, and the line rewritten.
          }
        }
        stats.ignored += 1;
      }
      stats.misses += 1;
      return undefined;
    },
    set(kind, text, path, value) {
      used.set(keyOf(kind, text, path), { kind, value });
      changed = true;
    },
    reject(kind, text, path) {
      // Given back, then refused by the schema: not kept, and the file is read afresh.
      used.delete(keyOf(kind, text, path));
      stats.hits -= 1;
      stats.misses += 1;
      stats.ignored += 1;
      changed = true;
    },
    save() {
      if (!changed && used.size === stored.size) return true;
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        const lines = [header];
        for (const [key, entry] of used) {
          if (typeof entry === 'string') {
            lines.push(`${key}\t${entry}`);
            continue;
          }
          const json = JSON.stringify(encodeColumns(entry.kind, entry.value));
          lines.push(`${key}\t${seal(key, json)}\t${json}`);
        }
        writeFileSync(temporary, `${lines.join('\n')}\n`, 'utf8');
        renameSync(temporary, file);
        forgetOldCaches(dir, file);
        return true;
      } catch {
        try {
          rmSync(temporary, { force: true });
        } catch {
          // Nothing was written where nothing can be written.
        }
        return false;
      }
    },
  };
}

/** How long the cache of a goals folder that is no longer checked stays on disk. */
const KEEP_UNUSED_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Removes the caches of other goals folders that no run has written for a month (temporary
 * checkouts, renamed folders), so the folder does not grow without end. Best effort.
 */
function forgetOldCaches(dir: string, keep: string): void {
  try {
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      if (!/^checked-[0-9a-f]{16}\.txt$/.test(name)) continue;
      const path = join(dir, name);
      if (path === keep) continue;
      if (now - statSync(path).mtimeMs > KEEP_UNUSED_MS) rmSync(path, { force: true });
    }
  } catch {
    // Another run may be tidying at the same time; what is left goes next time.
  }
}

function readEntries(file: string, header: string): Map<string, string> {
  const entries = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return entries;
  }
  const lines = text.split('\n');
  if (lines[0] !== header) return entries;
  // `kind:hash <tab> path <tab> seal <tab> json`, stored as `kind:hash <tab> path` → `seal <tab> json`.
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const first = line.indexOf('\t');
    const second = first > 0 ? line.indexOf('\t', first + 1) : -1;
    if (second > 0) entries.set(line.slice(0, second), line.slice(second + 1));
  }
  return entries;
}

/**
 * The key in the user's configuration folder, made on first use (32 random bytes, readable only
 * by their owner). Where none can be kept, a key of this process alone: the cache then works
 * within one run and is never trusted by another.
 */
function keyFromFile(): string {
  const path = join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'cairn', 'cache-key');
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    const key = randomBytes(32).toString('base64url');
    try {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      writeFileSync(path, `${key}\n`, { flag: 'wx', mode: 0o600 });
      return key;
    } catch {
      // Another run may have made it at the same moment: use that one.
      try {
        return readFileSync(path, 'utf8').trim() || key;
      } catch {
        return key;
      }
    }
  }
}

/**
 * What the cached values depend on: this package's version and the code that reads and checks
 * files (the schemas and calendar, the YAML, front-matter and CSV readers, this cache's own
 * format), read from the files next to this module, so a changed rule or default during
 * development empties the cache as surely as a new release does. Read once per opened cache
 * (a few dozen small files), not remembered between them.
 */
function schemaFingerprint(): string {
  const hash = createHash('sha1');
  // This module is in src/node/cache/ (dist/node/cache/ when built): top is src/ (dist/).
  const top = new URL('../../', import.meta.url);
  hash.update(readFileSync(new URL('../package.json', top), 'utf8'));
  for (const folder of ['schema/', 'source/', 'load/', 'node/cache/']) {
    const dir = new URL(folder, top);
    const sources = readdirSync(dir)
      .filter((name) => /\.(js|ts)$/.test(name) && !/\.(test|d)\.ts$/.test(name))
      .sort();
    for (const name of sources) hash.update(folder).update(name).update(readFileSync(new URL(name, dir)));
  }
  // The calendar rules the schemas check dates with (`.ts` under the tests, `.js` when built).
  hash.update(readFileSync(new URL(`calendar${import.meta.url.slice(import.meta.url.lastIndexOf('.'))}`, top)));
  return hash.digest('base64url');
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
