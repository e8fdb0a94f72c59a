import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteRoot } from '../src/node/astro-config.js';
import { inBuildFolder } from '../src/node/build-site.js';

describe('the working folder of a build', () => {
  it('is a fresh folder inside the site package for each build, removed after it, with the caller’s folder restored', async () => {
    const before = process.cwd();
    const seen: string[] = [];
    for (let i = 0; i < 2; i += 1) await inBuildFolder(async () => seen.push(process.cwd()));
    expect(process.cwd()).toBe(before);
    expect(seen[0]).not.toBe(seen[1]);
    for (const folder of seen) {
      // Inside the package, so the server code Astro writes there resolves the site's dependencies.
      expect(folder.startsWith(join(siteRoot, 'node_modules', '.cairn-build-'))).toBe(true);
      expect(existsSync(folder)).toBe(false);
    }
  });

  it('restores the caller’s folder and removes its own when the build fails', async () => {
    const before = process.cwd();
    let inside = '';
    await expect(
      inBuildFolder(async () => {
        inside = process.cwd();
        throw new Error('the build broke');
      }),
    ).rejects.toThrow('the build broke');
    expect(process.cwd()).toBe(before);
    expect(existsSync(inside)).toBe(false);
  });
});
