import type { CachedKind, CheckedCache } from '../src/node/index.js';

/**
 * An in-memory cache that stores what a disk cache would: the JSON of each value, so a hit
 * returns a fresh copy, as reading the disk cache does. Counts its hits.
 */
export function memoryCache(): CheckedCache & { hits: number; stored: Map<string, string> } {
  const stored = new Map<string, string>();
  return {
    hits: 0,
    stored,
    get(kind: CachedKind, text: string, path: string) {
      const json = stored.get(`${kind}\u0000${path}\u0000${text}`);
      if (json === undefined) return undefined;
      this.hits += 1;
      return JSON.parse(json) as unknown;
    },
    set(kind: CachedKind, text: string, path: string, value: unknown) {
      stored.set(`${kind}\u0000${path}\u0000${text}`, JSON.stringify(value));
    },
  };
}
