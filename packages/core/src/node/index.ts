/** @cairn/core/node — everything of `@cairn/core`, and reading a goals folder from disk. Node only. */
export { readGoalsFolder, loadGoalsFolder, GoalsFolderError } from './goals-folder.js';
export { openDiskCache, defaultCacheDir, type DiskCache, type DiskCacheStats } from './cache/disk-cache.js';

export * from '../index.js';
