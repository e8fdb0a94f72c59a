// Records KPI measurements from a CSV file or address with the columns kpi,date,value[,note],
// one `cairn measure` per row, so each lands where its KPI keeps its measurements.
// Usage: node scripts/record-measurements.mjs                     (reads measurements/incoming.csv)
//        node scripts/record-measurements.mjs measurements/incoming.csv
//        node scripts/record-measurements.mjs https://reports.example.com/kpis.csv
import { readFile } from 'node:fs/promises';
import { main } from '@cairn/cli';
import { parse } from 'csv-parse/sync';

const source = process.argv[2] || 'measurements/incoming.csv';
const goals = process.argv[3] ?? '.';

async function readSource(where) {
  if (!/^https?:\/\//.test(where)) return readFile(where, 'utf8');
  const response = await fetch(where);
  if (!response.ok) throw new Error(`${where} answered ${response.status} ${response.statusText}`);
  return response.text();
}

const rows = parse(await readSource(source), { columns: true, skip_empty_lines: true, trim: true, bom: true });
let failed = 0;
let recorded = 0;
for (const [index, row] of rows.entries()) {
  if (!row.kpi || !row.date || row.value === undefined || row.value === '') {
    console.error(`row ${index + 2}: needs kpi, date and value`);
    failed += 1;
    continue;
  }
  // A value already recorded on that day is replaced, so running the job twice changes nothing.
  const args = ['measure', row.kpi, row.value, '--date', row.date, '--replace', '--goals', goals, ...(row.note ? ['--note', row.note] : [])];
  const code = await main(args);
  if (code === 0) recorded += 1;
  else failed += 1;
}
console.log(`${recorded} measurement${recorded === 1 ? '' : 's'} recorded, ${failed} row${failed === 1 ? '' : 's'} not used`);
process.exitCode = failed > 0 ? 1 : 0;
