import { feedEvents, latestEntries } from './feed-entries.js';
import { atomFeed, type FeedHead, jsonFeed } from './feed-documents.js';
import { run, snapshot, teams } from './site-data.js';
import { href, kpiHref, objectiveHref, teamHref } from './urls.js';

/** The feeds' addresses, under the base path. */
export const feedHref = {
  atom: (): string => href('feed.xml'),
  json: (): string => href('feed.json'),
  team: (id: string): string => href(`teams/${encodeURIComponent(id)}/feed.xml`),
};

/** Every change of this run's snapshot, found once and shared by the site's and the teams' feeds. */
const events = feedEvents(snapshot, { objective: objectiveHref, kpi: kpiHref }, run.locale);

const publisher = snapshot.organisation ?? run.title;
const siteHead: FeedHead = {
  title: `${run.title}: check-ins and measurements`,
  description: `The latest check-ins on key results and KPI measurements of ${publisher}, newest first.`,
  page: href(),
  self: feedHref.atom(),
  publisher,
  locale: run.locale,
  asOf: snapshot.asOf,
  siteUrl: run.siteUrl,
};

export const siteAtom = (): string => atomFeed(siteHead, latestEntries(events.all));
export const siteJson = (): string => jsonFeed({ ...siteHead, self: feedHref.json() }, latestEntries(events.all));

export function teamAtom(id: string): string {
  const name = teams.get(id)?.name ?? id;
  const head: FeedHead = {
    ...siteHead,
    title: `${name} · ${run.title}: check-ins and measurements`,
    description: `The latest check-ins on the key results of ${name}'s objectives and the measurements of its KPIs, newest first.`,
    page: teamHref(id),
    self: feedHref.team(id),
  };
  return atomFeed(head, latestEntries(events.byTeam.get(id) ?? []));
}

/** A feed file; under `cairn dev` it carries the CORS header that `_headers` gives every feed of a built site. */
export const feedResponse = (body: string, type: string): Response =>
  new Response(body, { headers: { 'content-type': `${type}; charset=utf-8`, 'access-control-allow-origin': '*' } });
