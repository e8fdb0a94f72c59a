import { KpiSchema, type KpiFields } from '../schema/kpi.js';
import type { DayTexts } from '../source/day-text.js';
import type { SourceDoc } from '../source/position.js';
import { isRecord } from '../is-record.js';
import { baseName } from './classify.js';
import { fileNameIdProblem } from './file-name-id.js';
import type { Kpi, Repository } from './model.js';
import { setAsideMeasurements } from './plain-lists.js';
import { schemaChecked } from './schema-checked.js';

/** Reads one KPI file; `checked` and `onChecked` as for `readObjective` (read-objective.ts). */
export function readKpi(repo: Repository, days: DayTexts, doc: SourceDoc, checked?: KpiFields, onChecked?: (data: KpiFields) => void): void {
  const value = doc.value ?? {};
  const fileId = baseName(doc.file);
  repo.known.kpi.add(isRecord(value) && typeof value.id === 'string' ? value.id : fileId);
  if (!isRecord(value) || value.id === undefined) {
    const found = fileNameIdProblem(doc.file, 'KPI');
    if (found !== null) repo.problems.push(found);
  }
  const data = checked ?? schemaChecked(repo, KpiSchema, doc, onChecked, undefined, (value) => setAsideMeasurements(value, days));
  if (!data) return;
  const { id, $schema: _schema, ...fields } = data;
  const kpi: Kpi = { ...fields, id: id ?? fileId };
  repo.kpis.push({ data: kpi, file: doc.file, at: doc.at });
}
