/** The file kinds whose checked values are worth remembering: the many, large ones. */
export type CachedKind = 'objective' | 'kpi' | 'measurements';

/**
 * Values that passed their schema, remembered by the exact text they were read from.
 * A hit skips parsing and the schema check, the bulk of loading a large repository; a value
 * is only ever stored for a file that had no problem, so a hit never hides one. Positions are
 * not stored: the text is still read, and located again only when a problem needs it.
 * `@cairn/core/node` keeps one on disk (`openDiskCache`).
 */
export interface CheckedCache {
  /** The value stored for this text, or undefined. */
  get(kind: CachedKind, text: string): unknown;
  set(kind: CachedKind, text: string, value: unknown): void;
}
