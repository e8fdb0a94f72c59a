import { contentSecurityPolicy, elementStyleHashes } from '../node/csp.js';

/** The policy for the pages' meta tag, computed once per run. */
export const cspMeta: string = contentSecurityPolicy(await elementStyleHashes(), false);
