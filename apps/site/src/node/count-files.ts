import { readdir } from 'node:fs/promises';

/** How many files, and how many of them HTML pages, a built site holds. */
export async function countFiles(dir: string): Promise<{ pages: number; files: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let pages = 0;
  let files = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    files += 1;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { pages, files };
}
