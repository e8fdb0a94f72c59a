import { feedResponse, siteJson } from '../lib/feed-data.js';

/** The same feed as JSON Feed 1.1. */
export const GET = (): Response => feedResponse(siteJson(), 'application/feed+json');
