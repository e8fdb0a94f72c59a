/** The file kinds whose values are worth remembering: all but the small config file. */
export type CachedKind = 'objective' | 'kpi' | 'measurements' | 'periods' | 'teams';

/**
 * Values read from files, remembered by the exact text and path they were read from. For
 * objectives and KPIs the value is the schema's output, so a hit skips the parse; for the
 * period and team lists it is the parse. Whatever a hit gives back goes through the schema
 * again, as a fresh read does, so a cache never decides alone that a file is valid: a value the
 * schema refuses is handed back (`reject`) and the file read afresh. A value is only stored for
 * a file that had no problem, so a hit never hides one. Positions are not stored: the text is
 * still kept, and located again only when a problem needs it. Measurement CSVs are not cached:
 * reading one is as fast as reading its cache entry. `@cairn/core/node` keeps a cache on disk
 * (`openDiskCache`).
 */
export interface CheckedCache {
  /** The value stored for this text at this path, or undefined. */
  get(kind: CachedKind, text: string, path: string): unknown;
  /** `value` may be kept as it is and written out later: the loader never changes it afterwards. */
  set(kind: CachedKind, text: string, path: string, value: unknown): void;
  /** The value `get` gave for this text did not pass the schema: not to be given again. */
  reject?(kind: CachedKind, text: string, path: string): void;
}
