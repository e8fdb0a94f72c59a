import { resolve } from 'node:path';
import type { CacheOptions } from '../goals.js';
import type { Output } from '../output.js';
import { writeFileSafely } from '../write/safe-write.js';
import { checkedAudienceSnapshot } from './checked-snapshot.js';
import type { Audience } from './site-flags.js';
import { counted } from '../format/counted.js';

export interface ExportOptions extends CacheOptions {
  asOf?: string | undefined;
  out?: string | undefined;
  audience?: Audience | undefined;
}

/** The snapshot for one audience (public unless told otherwise) as JSON: to a file with --out, else to standard output. */
export async function exportCommand(dir: string | undefined, options: ExportOptions, output: Output): Promise<number> {
  const snapshot = await checkedAudienceSnapshot(dir, options.asOf, options.audience, output, { ...options, command: 'export' });
  if (!snapshot) return 1;
  const json = `${JSON.stringify(snapshot, null, 2)}\n`;
  // `--out -` is standard output, as for most Unix tools.
  if (options.out && options.out !== '-') {
    await writeFileSafely(resolve(options.out), json, { shown: options.out });
    output.err(`Wrote the ${snapshot.audience ?? 'internal'} snapshot as of ${snapshot.asOf} (${counted(snapshot.objectives.length, 'objective')}, ${counted(snapshot.kpis.length, 'KPI')}) to ${options.out}`);
  } else {
    output.out(json);
  }
  return 0;
}
