import type { Command } from 'commander';
import type { Snapshot } from '@cairn/core';
import { resolve } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { UsageError, type Output } from '../output.js';
import { parseDay } from '../write/command-input.js';
import { writeFileSafely } from '../write/safe-write.js';
import { checkedAudienceSnapshot } from './checked-snapshot.js';
import { snapshotAudience, type Audience } from './site-flags.js';

const HELP = `
Examples:
  $ cairn export measurements examples/acme > measurements.csv
  $ cairn export measurements examples/acme --kpi uptime --from 2026-01-01 --out uptime.csv

One row per measurement: kpi, date, value, unit, note, by KPI and then date, up to the as-of
date; the shape \`cairn import measurements\` reads back. For the public (the default audience)
internal KPIs and KPIs with hidden values have no rows.`;

interface ExportMeasurementsFlags {
  asOf?: string;
  kpi?: string;
  from?: string;
  out?: string;
  audience?: Audience;
  cache: boolean;
  cacheDir?: string;
}

/** `cairn export measurements [dir]` (beside `cairn export csv`): every KPI's series as CSV, for a spreadsheet or a BI tool. */
export function registerExportMeasurements(exporting: Command, output: Output, finish: (code: number) => void): void {
  exporting
    .command('measurements')
    .summary("write the KPIs' measurements as CSV")
    .description('Write every measurement of every KPI (or one, with --kpi) as CSV: the shape `cairn import measurements` reads back.')
    .argument('[dir]', 'the goals folder', '.')
    .option('--as-of <date>', 'measurements up to this date (YYYY-MM-DD)')
    .option('--kpi <id>', 'only this KPI')
    .option('--from <date>', 'only measurements on or after this date (YYYY-MM-DD)')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .addOption(snapshotAudience())
    .option('--no-cache', 'parse and check every file afresh, and write no cache')
    .option('--cache-dir <dir>', 'keep the cache here (default: $CAIRN_CACHE_DIR, else node_modules/.cache/cairn)')
    .addHelpText('after', HELP)
    .action(async (dir: string, _flags: unknown, command: Command) => {
      // `export` itself has --out, --as-of and the cache switches: they land on it, so read both.
      finish(await exportMeasurements(dir, command.optsWithGlobals(), output));
    });
}

async function exportMeasurements(dir: string, flags: ExportMeasurementsFlags, output: Output): Promise<number> {
  const from = flags.from === undefined ? undefined : parseDay(flags.from, '--from');
  const snapshot = await checkedAudienceSnapshot(dir, flags.asOf, flags.audience, output, flags);
  if (!snapshot) return 1;
  if (flags.kpi !== undefined && !snapshot.kpis.some((k) => k.id === flags.kpi)) {
    throw new UsageError(`no KPI "${flags.kpi}" for this audience; the KPIs are ${snapshot.kpis.map((k) => k.id).join(', ')}`);
  }
  const text = measurementsCsv(snapshot, { kpi: flags.kpi, from });
  if (flags.out && flags.out !== '-') {
    await writeFileSafely(resolve(flags.out), text, { shown: flags.out });
    output.err(`Wrote ${text.split('\n').length - 2} measurements as of ${snapshot.asOf} to ${flags.out}`);
  } else {
    output.out(text);
  }
  return 0;
}

/** The measurements of a snapshot's KPIs as CSV, KPI by KPI in the snapshot's order, each by date. */
export function measurementsCsv(snapshot: Snapshot, selection: { kpi?: string | undefined; from?: string | undefined } = {}): string {
  const rows: (string | number)[][] = [['kpi', 'date', 'value', 'unit', 'note']];
  for (const kpi of snapshot.kpis) {
    if (selection.kpi !== undefined && kpi.id !== selection.kpi) continue;
    for (const point of kpi.series) {
      if (selection.from !== undefined && point.date < selection.from) continue;
      rows.push([kpi.id, point.date, point.value, kpi.unit ?? '', point.note ?? '']);
    }
  }
  return stringify(rows, { cast: { number: (n) => String(n) } });
}
