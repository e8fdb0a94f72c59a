import { describe, expect, inject, it } from 'vitest';
import { quietWarnings } from '../src/node/astro-config.js';

const RollupAnnotation = 'contains an annotation that Rollup cannot interpret';

describe("the build's log", () => {
  it("holds no Rollup warning about comments in dependencies' code (zod's)", () => {
    const log = inject('buildLog');
    // The demo build logs its progress, so the capture works and an empty log proves nothing.
    expect(log).toContain('Wrote ');
    expect(log).not.toContain(RollupAnnotation);
  });

  it('drops only INVALID_ANNOTATION warnings about files under node_modules', () => {
    const passed: string[] = [];
    const warn = (warning: { code?: string; id?: string; message: string }): void => {
      passed.push(warning.message);
    };
    quietWarnings({ code: 'INVALID_ANNOTATION', id: '/repo/node_modules/zod/v4/core/util.js', message: 'zod' }, warn);
    quietWarnings({ code: 'INVALID_ANNOTATION', id: 'C:\\repo\\node_modules\\zod\\util.js', message: 'zod on Windows' }, warn);
    quietWarnings({ code: 'INVALID_ANNOTATION', id: '/repo/apps/site/src/lib/format.ts', message: 'our own code' }, warn);
    quietWarnings({ code: 'CIRCULAR_DEPENDENCY', id: '/repo/node_modules/d3/index.js', message: 'another warning' }, warn);
    quietWarnings({ code: 'INVALID_ANNOTATION', message: 'no file' }, warn);
    expect(passed).toEqual(['our own code', 'another warning', 'no file']);
  });
});
