import { ObjectiveSchema, type KeyResultFields, type KeyResultType, type ObjectiveFields } from '../schema/objective.js';
import type { DayTexts } from '../source/day-text.js';
import type { SourceDoc } from '../source/position.js';
import { isRecord } from '../is-record.js';
import { problemAt } from '../validate/problem.js';
import { baseName } from './classify.js';
import { fileNameIdProblem } from './file-name-id.js';
import type { KeyResult, Objective, Repository } from './model.js';
import { setAsideCheckins } from './plain-lists.js';
import { schemaChecked } from './schema-checked.js';

/** Fields of an objective file that the model names differently or does not keep. */
const NOT_COPIED: ReadonlySet<string> = new Set(['id', 'period', 'team', 'key_results', 'description', '$schema']);

/**
 * Reads one objective file; `checked` is its value when it already passed the schema, and
 * `onChecked` hears the value that passes it now (for the cache, before anything completes it).
 * What comes after the schema (folders, defaults) runs on every read, so its problems are
 * found again too.
 */
export function readObjective(repo: Repository, days: DayTexts, doc: SourceDoc, body: string, line: number, checked?: ObjectiveFields, onChecked?: (data: ObjectiveFields) => void): void {
  const fileId = baseName(doc.file);
  const value = doc.value ?? {};
  const written = isRecord(value) && typeof value.id === 'string' ? value.id : fileId;
  repo.known.objective.add(written);
  if (!isRecord(value) || value.id === undefined) {
    const found = fileNameIdProblem(doc.file, 'objective');
    if (found !== null) repo.problems.push(found);
  }
  const data = checked ?? schemaChecked(repo, ObjectiveSchema, doc, onChecked, doc.file.endsWith('.md') ? 'the front matter' : 'the file', (value) => setAsideCheckins(value, days));
  if (!data) return;
  const { id, period, team, key_results: keyResults, description } = data;
  const folders = doc.file.split('/').slice(1, -1);
  const resolved = {
    period: fromPathOrFile(repo, doc, 'period', period, folders[0]),
    team: fromPathOrFile(repo, doc, 'team', team, folders[1]),
  };
  if (!resolved.period || !resolved.team) return;
  const objectiveId = id ?? fileId;
  // Field by field rather than `{ ...rest, id, … }`: V8 builds a spread followed by more
  // fields several times slower, and a large repository has ten thousand objectives.
  const objective = {} as Objective;
  for (const key in data) if (!NOT_COPIED.has(key)) (objective as Record<string, unknown>)[key] = (data as Record<string, unknown>)[key];
  objective.id = objectiveId;
  objective.period = resolved.period;
  objective.team = resolved.team;
  objective.narrative = body || description || '';
  objective.keyResults = keyResults.map((kr, index) => normaliseKeyResult(objectiveId, kr, index));
  repo.objectives.push({ data: objective, file: doc.file, at: doc.at, titleLine: line, fromFolder: { period: period === undefined, team: team === undefined } });
}

/** A value written in the file wins over the folder; a contradiction is worth a warning. */
function fromPathOrFile(repo: Repository, doc: SourceDoc, field: 'period' | 'team', written: string | undefined, folder: string | undefined): string | undefined {
  if (written !== undefined) {
    if (folder !== undefined && folder !== written) {
      repo.problems.push(problemAt('folder-mismatch', `${field} "${written}" differs from the folder "${folder}" this file is in; the value in the file wins`, doc.at([field]), `move the file to the "${written}" folder, or remove the ${field} line`, 'warning'));
    }
    return written;
  }
  if (folder !== undefined) return folder;
  repo.problems.push(problemAt('missing-field', `missing required field "${field}": write it in the file or put the file in objectives/<period>/<team>/`, doc.at()));
  return undefined;
}

export function keyResultType(kr: KeyResultFields): KeyResultType {
  if (kr.type) return kr.type;
  if (kr.kpi !== undefined) return 'kpi';
  if (kr.done !== undefined || kr.milestones !== undefined) return 'milestone';
  return 'metric';
}

/**
 * A key result with its id, type and reference. A copy, since the checked value may still go
 * to the cache; `Object.assign` and plain stores rather than `{ ...kr, id, type, ref }`, which
 * V8 builds several times slower, for forty thousand key results.
 */
function normaliseKeyResult(objectiveId: string, kr: KeyResultFields, index: number): KeyResult {
  const complete = Object.assign({}, kr) as KeyResult;
  complete.id = kr.id ?? `kr${index + 1}`;
  complete.type = keyResultType(kr);
  complete.ref = `${objectiveId}#${complete.id}`;
  return complete;
}

/** The line of the title field, by a light scan of the text (1 when it cannot be told). */
export function titleLine(text: string, path: string): number {
  const pattern = path.endsWith('.json') ? /"title"\s*:/ : /^title\s*:/m;
  const match = pattern.exec(text);
  return match ? text.slice(0, match.index).split('\n').length : 1;
}
