import { feedResponse, siteAtom } from '../lib/feed-data.js';

/** The site's Atom feed: the latest check-ins and KPI measurements. */
export const GET = (): Response => feedResponse(siteAtom(), 'application/atom+xml');
