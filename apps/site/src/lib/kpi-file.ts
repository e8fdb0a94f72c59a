import { existsSync } from 'node:fs';
import { join } from 'node:path';
import run from 'virtual:cairn/run';

/** The file a KPI is defined in, for edit links: the snapshot names KPIs by id only. */
export function kpiFile(id: string): string | null {
  for (const ext of ['yaml', 'yml', 'json']) {
    const file = `kpis/${id}.${ext}`;
    if (existsSync(join(run.goalsDir, file))) return file;
  }
  return null;
}
