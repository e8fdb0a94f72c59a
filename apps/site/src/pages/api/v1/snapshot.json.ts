import { json } from '../../../lib/json-response.js';
import { snapshot } from '../../../lib/site-data.js';

/** The whole snapshot, for scripts; pages and elements read the slices. */
export const GET = (): Response => json(snapshot);
