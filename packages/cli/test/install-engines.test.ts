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
    const unsupported = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.optional && !Array.isArray(entry.engines) && entry.engines?.node !== undefined)
      .filter(([, entry]) => !semver.satisfies(oldest, entry.engines?.node as string))
      .map(([path, entry]) => `${path}@${entry.version} needs node ${entry.engines?.node}`);
    expect(unsupported).toEqual([]);
  });

  it("holds undici (Astro's font downloads, unused by Cairn) to a release that runs on it", () => {
    expect(root.overrides?.undici).toBeDefined();
    const undici = Object.entries(lock.packages).filter(([path]) => path.endsWith('node_modules/undici'));
    expect(undici.length).toBeGreaterThan(0);
    for (const [, entry] of undici) expect(semver.satisfies(entry.version ?? '', root.overrides?.undici ?? '')).toBe(true);
  });
});
