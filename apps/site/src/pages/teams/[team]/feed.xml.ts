import type { APIContext } from 'astro';
import { feedResponse, teamAtom } from '../../../lib/feed-data.js';
import { ownPaths, snapshot } from '../../../lib/site-data.js';

export function getStaticPaths() {
  return ownPaths(snapshot.teams.map((team) => ({ params: { team: team.id } })));
}

/** A team's Atom feed: check-ins on its objectives' key results and its KPIs' measurements. */
export const GET = ({ params }: APIContext): Response => feedResponse(teamAtom(params.team as string), 'application/atom+xml');
