import { join, resolve } from 'node:path';
import { jsonSchemas } from '@cairn/core';
import type { Output } from '../output.js';
import { ensureFolder, writeFileSafely } from '../write/safe-write.js';

/** JSON Schemas for editors: one file per kind with --out, else all of them as one JSON object. */
export async function schemaCommand(options: { out?: string | undefined }, output: Output): Promise<number> {
  const schemas = jsonSchemas();
  if (!options.out) {
    output.out(JSON.stringify(schemas, null, 2));
    return 0;
  }
  const dir = resolve(options.out);
  await ensureFolder(dir, options.out);
  for (const [name, schema] of Object.entries(schemas)) {
    await writeFileSafely(join(dir, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`, { shown: join(options.out, `${name}.schema.json`) });
  }
  output.err(`Wrote ${Object.keys(schemas).length} schemas to ${options.out}: ${Object.keys(schemas).map((n) => `${n}.schema.json`).join(', ')}`);
  return 0;
}
