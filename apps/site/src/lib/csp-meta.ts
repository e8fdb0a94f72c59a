import { contentSecurityPolicy, elementStyleHashes } from '../node/csp.js';

const styleHashes = await elementStyleHashes();

/** The policy for the pages' meta tag, computed once per run. */
export const cspMeta: string = contentSecurityPolicy(styleHashes, false);

/** The search page's policy: the same, and WebAssembly for the search. */
export const searchCspMeta: string = contentSecurityPolicy(styleHashes, false, true);
