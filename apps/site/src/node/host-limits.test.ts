import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countFiles } from './count-files.js';
import { hostLimitNotes } from './host-limits.js';

describe('hostLimitNotes', () => {
  it('says nothing for a site every host takes', () => {
    expect(hostLimitNotes({ pages: 192, files: 395, bytes: 12_000_000, largest: { path: 'api/v1/snapshot.json', bytes: 900_000 } })).toEqual([]);
  });

  it('names each limit of GitHub Pages and Cloudflare Pages a large site crosses, and where it can go', () => {
    expect(hostLimitNotes({ pages: 13_473, files: 27_657, bytes: 1_312_000_000, largest: { path: 'api/v1/snapshot.json', bytes: 56_400_000 } })).toEqual([
      'Note: the site is 1,312 MB, more than GitHub Pages publishes (1 GB).',
      'Note: the site has 27,657 files, more than Cloudflare Pages takes (20,000).',
      'Note: api/v1/snapshot.json is 56 MB, more than Cloudflare Pages takes in one file (25 MiB).',
      'Hosts without these limits (Netlify, any web server or object store) take it as it is; see "Hosting" in docs/site.md.',
    ]);
    // Just over one limit: that one alone.
    expect(hostLimitNotes({ pages: 10, files: 20_001, bytes: 5_000_000, largest: { path: 'a.html', bytes: 1 } })[0]).toBe('Note: the site has 20,001 files, more than Cloudflare Pages takes (20,000).');
  });
});

describe('countFiles', () => {
  it('counts the files, the HTML pages, their bytes and the biggest file, in folders too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cairn-count-'));
    try {
      await mkdir(join(dir, 'api', 'v1'), { recursive: true });
      await writeFile(join(dir, 'index.html'), '<p>12345</p>');
      await writeFile(join(dir, 'api', 'v1', 'snapshot.json'), 'x'.repeat(100));
      await writeFile(join(dir, 'api', 'v1', 'kpis.json'), '{}');
      expect(await countFiles(dir)).toEqual({ pages: 1, files: 3, bytes: 114, largest: { path: join('api', 'v1', 'snapshot.json'), bytes: 100 } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
