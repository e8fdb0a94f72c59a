/**
 * Limits on what one goals file may make the readers do. Goals files nest a handful of levels
 * and rarely use aliases; past these limits a file is refused with a located error instead of
 * exhausting the stack or the memory of whoever reads it.
 */

/** Collections inside collections: an objective file needs about six levels. */
export const MAX_DEPTH = 100;

/**
 * Values a file may stand for once its aliases (`*name`) are expanded, counted as scalars and
 * collections, beyond the values it writes itself. A 4 MB file of 49 aliases of one
 * 100,000-item list would otherwise stand for 5 million values.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** Aliases one file may hold at all. */
export const MAX_ALIASES = 100;
