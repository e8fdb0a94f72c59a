/** The file kinds whose values are worth remembering: all but the small config file. */
export type CachedKind = 'objective' | 'kpi' | 'measurements' | 'periods' | 'teams';

/**
 * Values read from files, remembered by the exact text they were read from. For objectives,
 * KPIs and measurements the value is the schema's output, so a hit skips both the parse and
 * the schema check, the bulk of loading a large repository; for the period and team lists it
 * is the parse, checked again on each read. A value is only stored for a file that had no
 * problem, so a hit never hides one. Positions are not stored: the text is still read, and
 * located again only when a problem needs it. `@cairn/core/node` keeps one on disk
 * (`openDiskCache`).
 */
export interface CheckedCache {
  /** The value stored for this text, or undefined. */
  get(kind: CachedKind, text: string): unknown;
  /** `value` may be kept as it is and written out later: the loader never changes it afterwards. */
  set(kind: CachedKind, text: string, value: unknown): void;
}
