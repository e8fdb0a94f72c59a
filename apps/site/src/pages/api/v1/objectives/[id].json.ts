import { objectiveSlice } from '@cairn/core';
import type { APIContext } from 'astro';
import { json } from '../../../../lib/json-response.js';
import { snapshot } from '../../../../lib/site-data.js';

export function getStaticPaths() {
  return snapshot.objectives.map((item) => ({ params: { id: item.id } }));
}

export const GET = ({ params }: APIContext): Response => json(objectiveSlice(snapshot, params.id as string));
