/**
 * The tests run Lit's development build on purpose (it checks more); its one-time "Lit is in dev
 * mode" notice is marked as already given so it does not bury real warnings in the output.
 */
const lit = globalThis as typeof globalThis & { litIssuedWarnings?: Set<string> };
lit.litIssuedWarnings ??= new Set();
lit.litIssuedWarnings.add('dev-mode');
