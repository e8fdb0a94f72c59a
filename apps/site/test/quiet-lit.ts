/**
 * The dev server serves the site with Lit's development build, as a dev server should; its one-time
 * "Lit is in dev mode" notice is marked as already given so test output shows only what matters.
 */
const lit = globalThis as typeof globalThis & { litIssuedWarnings?: Set<string> };
lit.litIssuedWarnings ??= new Set();
lit.litIssuedWarnings.add('dev-mode');
