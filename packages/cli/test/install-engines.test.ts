import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const root = read('../../../package.json') as { engines: { node: string }; overrides?: Record<string, string> };
const lock = read('../../../package-lock.json') as { packages: Record<string, { version?: string; engines?: { node?: string } | string[]; optional?: boolean }> };

describe('the locked dependencies on the oldest Node.js the README names', () => {
  const oldest = semver.minVersion(root.engines.node)?.version ?? '';

  it('every package npm installs supports it, so a first `npm install` or `npm ci` prints no engine warning', () => {
    expect(oldest).toBe('20.19.0');
    // Old packages give engines as a list of words, which npm does not check.
    const nodeRange = (entry: { engines?: { node?: string } | string[] }): string | undefined => (Array.isArray(entry.engines) ? undefined : entry.engines?.node);
    const unsupported = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.optional && nodeRange(entry) !== undefined)
      .filter(([, entry]) => !semver.satisfies(oldest, nodeRange(entry) as string))
      .map(([path, entry]) => `${path}@${entry.version} needs node ${nodeRange(entry)}`);
    expect(unsupported).toEqual([]);
  });

  it("holds undici (Astro's font downloads, unused by Cairn) to a release that runs on it", () => {
    expect(root.overrides?.undici).toBeDefined();
    const undici = Object.entries(lock.packages).filter(([path]) => path.endsWith('node_modules/undici'));
    expect(undici.length).toBeGreaterThan(0);
    for (const [, entry] of undici) expect(semver.satisfies(entry.version ?? '', root.overrides?.undici ?? '')).toBe(true);
  });
});
