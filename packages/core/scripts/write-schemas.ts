/** Regenerates the JSON Schemas shipped in `schemas/` from the zod schemas (`npm run schemas`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/index.js';

const dir = new URL('../schemas/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`${name}.schema.json`, dir), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schemas/${name}.schema.json`);
}
