import { describe, expect, it } from 'vitest';
import { missingPackage } from '../src/missing-package.js';

describe('missingPackage', () => {
  it('names the package a dynamic import could not find', async () => {
    const error = await import('@cairn/no-such-package' as string).catch((e: unknown) => e);
    expect(missingPackage(error)).toBe('@cairn/no-such-package');
  });

  it('is null for a module that is there but fails, and for other errors', async () => {
    expect(missingPackage(new Error("Cannot find package '@cairn/site'"))).toBeNull();
    expect(missingPackage(Object.assign(new Error('Cannot find module /x/dist/a.js imported from /x/b.js'), { code: 'ERR_MODULE_NOT_FOUND' }))).toBeNull();
    expect(missingPackage(undefined)).toBeNull();
    expect(missingPackage('text')).toBeNull();
  });
});
