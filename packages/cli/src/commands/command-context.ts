import { Option } from 'commander';
import type { Output } from '../output.js';

/** What a command registered from its own file needs from `main`. */
export interface CommandContext {
  output: Output;
  /** Sets the exit code `main` returns. */
  finish: (code: number) => void;
}

/** The options every command that writes goals files shares. */
export function writingOptions(): Option[] {
  return [
    new Option('-g, --goals <dir>', 'the goals folder').default('.'),
    new Option('--dry-run', 'show the change as a diff and write nothing').default(false),
    new Option('--json', 'print the result as JSON, for scripts').default(false),
    new Option('--no-cache', 'parse and check every file afresh, and write no cache'),
    new Option('--cache-dir <dir>', 'keep the cache here (default: $CAIRN_CACHE_DIR, else node_modules/.cache/cairn)'),
  ];
}

export interface WritingFlags {
  goals: string;
  dryRun: boolean;
  json: boolean;
  cache: boolean;
  cacheDir?: string | undefined;
}
