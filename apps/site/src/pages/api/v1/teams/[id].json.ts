import { teamSlice } from '@cairn/core';
import type { APIContext } from 'astro';
import { json } from '../../../../lib/json-response.js';
import { snapshot } from '../../../../lib/site-data.js';

export function getStaticPaths() {
  return snapshot.teams.map((item) => ({ params: { id: item.id } }));
}

export const GET = ({ params }: APIContext): Response => json(teamSlice(snapshot, params.id as string));
