/** 1-based line and column, as editors and `path:line:col` links expect. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

export type PathKey = string | number;

export interface LocateOptions {
  /** Point at the key of the last step (for unknown fields) rather than its value. */
  key?: boolean;
}

/** Finds where a value sits in its file; a missing path falls back to its nearest existing parent. */
export type Locator = (path?: readonly PathKey[], options?: LocateOptions) => Position;

/** A parsed file: its plain value and a way back to the text. */
export interface SourceDoc {
  file: string;
  value: unknown;
  at: Locator;
}

/** Narrows a locator to a sub-tree, so an entity can locate its own fields with short paths. */
export function scoped(at: Locator, prefix: readonly PathKey[]): Locator {
  return (path = [], options) => at([...prefix, ...path], options);
}
