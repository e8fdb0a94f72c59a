import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface FileCount {
  /** HTML pages. */
  pages: number;
  files: number;
  /** All the files' bytes. */
  bytes: number;
  /** The biggest file, relative to the folder, with its bytes. */
  largest: { path: string; bytes: number } | null;
}

/** How many files a built site holds, how many are HTML pages, and how big it and its biggest file are. */
export async function countFiles(dir: string): Promise<FileCount> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let pages = 0;
  let files = 0;
  let bytes = 0;
  let largest: FileCount['largest'] = null;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    files += 1;
    if (entry.name.endsWith('.html')) pages += 1;
    const full = join(entry.parentPath, entry.name);
    const size = (await stat(full)).size;
    bytes += size;
    if (largest === null || size > largest.bytes) largest = { path: relative(dir, full), bytes: size };
  }
  return { pages, files, bytes, largest };
}
