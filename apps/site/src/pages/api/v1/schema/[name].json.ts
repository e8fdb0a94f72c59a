import { jsonSchemas } from '@cairn/core';
import type { APIContext } from 'astro';
import { json } from '../../../../lib/json-response.js';

const schemas = jsonSchemas();

/** The JSON Schemas core generates from its zod schemas: the snapshot (every API file) and each file kind. */
export function getStaticPaths() {
  return Object.keys(schemas).map((name) => ({ params: { name } }));
}

export const GET = ({ params }: APIContext): Response => json(schemas[params.name as string]);
