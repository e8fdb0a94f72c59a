import type { z } from 'zod';
import { ConfigSchema, type Config } from '../schema/config.js';
import { KpiSchema, type KpiFields, type Measurement } from '../schema/kpi.js';
import { ObjectiveSchema, type KeyResultFields, type KeyResultType, type ObjectiveFields } from '../schema/objective.js';
import { PeriodSchema, type Period } from '../schema/period.js';
import { TeamSchema, type Team } from '../schema/team.js';
import { parseCsvSource } from '../source/csv-source.js';
import { lineAndColumn } from '../source/encoding.js';
import { splitFrontMatter } from '../source/front-matter.js';
import { scoped, type Locator, type Position, type SourceDoc } from '../source/position.js';
import { locateLater, parseYamlSource } from '../source/yaml-source.js';
import { isRecord } from '../is-record.js';
import { compareProblems, type Problem } from '../validate/problem.js';
import { didYouMean } from '../validate/suggest.js';
import { zodProblems } from '../validate/zod-problems.js';
import type { CachedKind, CheckedCache } from './checked-cache.js';
import { measurementsFromCsv, plainCsvMeasurements, type CsvMeasurements } from './csv-measurements.js';
import { baseName, classify } from './classify.js';
import { fileNameIdProblem } from './file-name-id.js';
import { setAsideCheckins, setAsideMeasurements, type SetAside } from './plain-lists.js';
import type { KeyResult, Kpi, Located, Objective, Repository, SourceFile } from './model.js';

export interface LoadOptions {
  /** Schema-checked values remembered from an earlier run (see `CheckedCache`). */
  cache?: CheckedCache | undefined;
}

/**
 * Reads a whole goals repository from in-memory files (the Node entry reads them from disk).
 * Never throws on bad data: every problem found in single files lands in `problems`.
 */
export function loadRepository(files: readonly SourceFile[], options: LoadOptions = {}): Repository {
  const { cache } = options;
  const repo: Repository = {
    config: {},
    configAt: null,
    periods: [],
    teams: [],
    objectives: [],
    kpis: [],
    problems: [],
    known: { period: new Set(), team: new Set(), objective: new Set(), kpi: new Set() },
    unreadable: new Set(),
    texts: new Map(),
  };
  const csvs = new Map<string, { file: string; read: CsvMeasurements | null }>();
  // CSVs join their KPI by file name, so the names of KPI files (read or not) decide orphans.
  const kpiFiles = new Set(files.filter((f) => classify(f.path) === 'kpi').map((f) => baseName(f.path)));
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  for (const file of sorted) {
    const { path, text, encoding } = file;
    const kind = classify(path);
    if (!kind) {
      // Only a reader of folders says this of a path that is not a file of Cairn's: say it on.
      if (file.unreadable !== undefined) repo.problems.push(problem('unreadable', file.unreadable, { file: path, line: 1, column: 1 }, file.hint));
      continue;
    }
    const refused = notReadableAsText(file);
    if (refused) {
      repo.problems.push(refused);
      if (kind === 'objective') repo.known.objective.add(baseName(path));
      if (kind === 'kpi' || kind === 'measurements') repo.known.kpi.add(baseName(path));
      if (kind === 'periods' || kind === 'teams') repo.unreadable.add(kind);
      continue;
    }
    if (encoding?.kind === 'not-utf8') {
      // Read on anyway, so that the file's other problems are found in the same run.
      repo.problems.push(
        problem('encoding', 'this file is not saved as UTF-8; the character here could not be read', { file: path, ...lineAndColumn(text, encoding.offset) }, 'open the file in the encoding it was written in (often Windows-1252 or Latin-1) and save it as UTF-8'),
      );
    }
    repo.texts.set(path, text);
    if (kind === 'measurements') {
      csvs.set(baseName(path), { file: path, read: readMeasurements(repo, path, text) });
      continue;
    }
    const isMarkdown = path.endsWith('.md');
    const front = isMarkdown ? splitFrontMatter(text) : null;
    if (front && front.yaml === null) {
      repo.problems.push(problem('missing-front-matter', 'an objective file starts with YAML front matter between two "---" lines', { file: path, line: 1, column: 1 }, 'begin the file with ---, then title:, key_results:, and close with ---'));
      repo.known.objective.add(baseName(path));
      continue;
    }
    const yamlText = front ? (front.yaml ?? '') : text;
    const lineOffset = front?.yamlLine ?? 0;
    const remembered = kind === 'config' ? undefined : checkedAgain(cache, kind, yamlText, path);
    let doc: SourceDoc;
    if (remembered !== undefined) {
      // Read without a problem in an earlier run from this very text: not parsed again (and
      // objectives and KPIs not schema-checked again either); located only when needed.
      doc = { file: path, value: remembered, at: locateLater(path, yamlText, lineOffset) };
    } else {
      const parsed = parseYamlSource(path, yamlText, lineOffset);
      repo.problems.push(...parsed.problems);
      if (!parsed.doc) {
        if (kind === 'objective') repo.known.objective.add(baseName(path));
        if (kind === 'kpi') repo.known.kpi.add(baseName(path));
        // With periods.yaml or teams.yaml unreadable, every reference to them would look unknown.
        if (kind === 'periods' || kind === 'teams') repo.unreadable.add(kind);
        continue;
      }
      doc = parsed.doc;
    }
    // What is read afresh without a problem goes to the cache (the config, small, never does).
    const remember = remembered === undefined && kind !== 'config' ? (value: unknown) => cache?.set(kind, yamlText, path, value) : undefined;
    switch (kind) {
      case 'config':
        readConfig(repo, doc);
        break;
      case 'periods':
      case 'teams': {
        const before = repo.problems.length;
        if (kind === 'periods') readList(repo, doc, 'periods', PeriodSchema, repo.periods, repo.known.period);
        else readList(repo, doc, 'teams', TeamSchema, repo.teams, repo.known.team);
        // Lists are checked again on every read (they are short); what is kept is the parse.
        if (repo.problems.length === before) remember?.(doc.value);
        break;
      }
      case 'objective':
        readObjective(repo, doc, front?.body ?? '', titleLine(yamlText, path) + lineOffset, remembered as ObjectiveFields | undefined, remember);
        break;
      case 'kpi':
        readKpi(repo, doc, remembered as KpiFields | undefined, remember);
        break;
    }
  }
  attachCsvMeasurements(repo, csvs, kpiFiles);
  repo.problems.sort(compareProblems);
  return repo;
}

function pushIfAny(repo: Repository, found: Problem | null): void {
  if (found !== null) repo.problems.push(found);
}

function problem(code: string, message: string, where: Position, suggestion?: string, severity: 'error' | 'warning' = 'error'): Problem {
  return { code, severity, message, suggestion, ...where };
}

/** Why a file cannot be read as text at all, or null when it can. */
function notReadableAsText({ path, text, encoding, unreadable, hint }: SourceFile): Problem | null {
  const start = { file: path, line: 1, column: 1 };
  if (unreadable !== undefined) return problem('unreadable', `this file cannot be read: ${unreadable}`, start, hint ?? 'fix the file or its permissions, or remove it from the goals folder');
  if (encoding?.kind === 'utf-16') return problem('encoding', 'this file is saved as UTF-16; Cairn reads UTF-8', start, 'save it as UTF-8 (a spreadsheet calls it "CSV UTF-8"; an editor, "Save with Encoding: UTF-8")');
  // A picture or a spreadsheet saved under a data name: say so instead of quoting bytes.
  if (text.includes('\u0000')) return problem('not-text', 'this file is not text; Cairn reads YAML, JSON, markdown and CSV files', start);
  return null;
}

function readConfig(repo: Repository, doc: SourceDoc): void {
  const value = doc.value ?? {};
  const result = ConfigSchema.safeParse(value);
  if (!result.success) {
    repo.problems.push(...zodProblems(result.error.issues, ConfigSchema, value, doc.at, undefined, repo.texts.get(doc.file)));
    return;
  }
  repo.config = result.data satisfies Config;
  repo.configAt = doc.at;
}

function readList<T extends Period | Team>(
  repo: Repository,
  doc: SourceDoc,
  name: 'periods' | 'teams',
  schema: z.ZodType<T>,
  into: Located<T>[],
  known: Set<string>,
): void {
  let items: unknown = doc.value;
  let at: Locator = doc.at;
  if (isRecord(items) && Array.isArray(items[name])) {
    for (const key of Object.keys(items)) {
      if (key !== name && key !== '$schema') {
        repo.problems.push(problem('unknown-field', `unknown field "${key}" beside ${name}`, doc.at([key], { key: true }), didYouMean(key, [name]) ?? `only ${name}: and $schema: belong here`));
      }
    }
    items = items[name];
    at = scoped(doc.at, [name]);
  }
  if (!Array.isArray(items)) {
    repo.problems.push(problem('not-a-list', `${doc.file} must be a list of ${name}, one "- id: …" entry each`, doc.at()));
    repo.unreadable.add(name);
    return;
  }
  items.forEach((item, index) => {
    const itemAt = scoped(at, [index]);
    if (isRecord(item) && typeof item.id === 'string') known.add(item.id);
    const result = schema.safeParse(item);
    if (result.success) into.push({ data: result.data, file: doc.file, at: itemAt });
    else repo.problems.push(...zodProblems(result.error.issues, schema, item, itemAt, undefined, repo.texts.get(doc.file)));
  });
}

/** The line of the title field, by a light scan of the text (1 when it cannot be told). */
function titleLine(text: string, path: string): number {
  const pattern = path.endsWith('.json') ? /"title"\s*:/ : /^title\s*:/m;
  const match = pattern.exec(text);
  return match ? text.slice(0, match.index).split('\n').length : 1;
}

/** A file's value as its schema outputs it, or undefined once its problems are reported. */
function schemaChecked<T>(
  repo: Repository,
  schema: z.ZodType<T>,
  doc: SourceDoc,
  onChecked?: (data: T) => void,
  whole?: string,
  setAside?: (value: unknown) => SetAside<T> | null,
): T | undefined {
  const value = doc.value ?? {};
  const aside = setAside?.(value) ?? null;
  const result = schema.safeParse(aside ? aside.value : value);
  if (!result.success) {
    // Set-aside lists pass the schema by construction, so the problems are the same either way.
    repo.problems.push(...zodProblems(result.error.issues, schema, value, doc.at, whole, repo.texts.get(doc.file)));
    return undefined;
  }
  const data = aside ? aside.restore(result.data) : result.data;
  onChecked?.(data);
  return data;
}

/** Fields of an objective file that the model names differently or does not keep. */
const NOT_COPIED = new Set(['id', 'period', 'team', 'key_results', 'description', '$schema']);

/**
 * Reads one objective file; `checked` is its value when it already passed the schema, and
 * `onChecked` hears the value that passes it now (for the cache, before anything completes it).
 * What comes after the schema (folders, defaults) runs on every read, so its problems are
 * found again too.
 */
function readObjective(repo: Repository, doc: SourceDoc, body: string, line: number, checked?: ObjectiveFields, onChecked?: (data: ObjectiveFields) => void): void {
  const fileId = baseName(doc.file);
  const value = doc.value ?? {};
  const written = isRecord(value) && typeof value.id === 'string' ? value.id : fileId;
  repo.known.objective.add(written);
  if (!isRecord(value) || value.id === undefined) pushIfAny(repo, fileNameIdProblem(doc.file, 'objective'));
  const data = checked ?? schemaChecked(repo, ObjectiveSchema, doc, onChecked, doc.file.endsWith('.md') ? 'the front matter' : 'the file', setAsideCheckins);
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
      repo.problems.push(problem('folder-mismatch', `${field} "${written}" differs from the folder "${folder}" this file is in; the value in the file wins`, doc.at([field]), `move the file to the "${written}" folder, or remove the ${field} line`, 'warning'));
    }
    return written;
  }
  if (folder !== undefined) return folder;
  repo.problems.push(problem('missing-field', `missing required field "${field}": write it in the file or put the file in objectives/<period>/<team>/`, doc.at()));
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

/** Reads one KPI file; `checked` and `onChecked` as for `readObjective`. */
function readKpi(repo: Repository, doc: SourceDoc, checked?: KpiFields, onChecked?: (data: KpiFields) => void): void {
  const value = doc.value ?? {};
  const fileId = baseName(doc.file);
  repo.known.kpi.add(isRecord(value) && typeof value.id === 'string' ? value.id : fileId);
  if (!isRecord(value) || value.id === undefined) pushIfAny(repo, fileNameIdProblem(doc.file, 'KPI'));
  const data = checked ?? schemaChecked(repo, KpiSchema, doc, onChecked, undefined, setAsideMeasurements);
  if (!data) return;
  const { id, $schema: _schema, ...fields } = data;
  const kpi: Kpi = { ...fields, id: id ?? fileId };
  repo.kpis.push({ data: kpi, file: doc.file, at: doc.at });
}

/**
 * The value a cache remembers for this text at this path, once it has passed the schema again
 * (a cache never decides alone that a file is valid); undefined for none, or for one the schema
 * refuses, which is handed back so the file is read afresh. Check-ins and measurements go
 * through the same quick predicates as a fresh read (see plain-lists.ts).
 */
function checkedAgain(cache: CheckedCache | undefined, kind: CachedKind, text: string, path: string): unknown {
  const value = cache?.get(kind, text, path);
  if (value === undefined || kind === 'periods' || kind === 'teams') return value;
  const aside = kind === 'objective' ? setAsideCheckins(value) : setAsideMeasurements(value);
  const result = (kind === 'objective' ? ObjectiveSchema : KpiSchema).safeParse(aside ? aside.value : value);
  if (result.success) return aside ? (aside.restore as (data: unknown) => unknown)(result.data) : result.data;
  cache?.reject?.(kind, text, path);
  return undefined;
}

/**
 * The rows of a measurements CSV, or null when the file itself did not parse (said already:
 * reading its rows would only add noise). Not cached: reading a plain CSV is as fast as reading
 * its cache entry would be.
 */
function readMeasurements(repo: Repository, file: string, text: string): CsvMeasurements | null {
  const plain = plainCsvMeasurements(file, text);
  if (plain) return plain;
  const csv = parseCsvSource(file, text);
  repo.problems.push(...csv.problems);
  if (csv.problems.length > 0) return null;
  return measurementsFromCsv(file, csv);
}

/** CSV measurements join the KPI of the same file name; their rows keep their own positions. */
function attachCsvMeasurements(repo: Repository, csvs: Map<string, { file: string; read: CsvMeasurements | null }>, kpiFiles: Set<string>): void {
  const kpiByFile = new Map(repo.kpis.map((kpi) => [baseName(kpi.file), kpi]));
  for (const [slug, { file, read }] of csvs) {
    const owner = kpiByFile.get(slug);
    // Bad rows are reported even when the KPI's own file has errors: all problems at once.
    if (read && kpiFiles.has(slug)) repo.problems.push(...read.problems);
    if (!owner) {
      if (!kpiFiles.has(slug)) {
        repo.problems.push(problem('orphan-csv', `measurements for a KPI "${slug}" that has no definition`, { file, line: 1, column: 1 }, `add kpis/${slug}.yaml with at least a title, or rename the CSV to match a KPI`));
      }
      continue;
    }
    if (!read) continue;
    const inline = owner.data.measurements.length;
    if (inline > 0 && read.measurements.length > 0) {
      repo.problems.push(problem('measurements-twice', `this KPI has measurements both inline and in ${file}; both are used`, owner.at(['measurements'], { key: true }), 'keep them in one place', 'warning'));
    }
    const inlineAt = owner.at;
    owner.data.measurements = [...owner.data.measurements, ...read.measurements];
    owner.at = (path = [], options) => {
      const index = path[0] === 'measurements' && typeof path[1] === 'number' ? path[1] - inline : -1;
      const row = index >= 0 ? read.rowAt(index) : undefined;
      return row ?? inlineAt(path, options);
    };
  }
  for (const kpi of repo.kpis) sortMeasurements(kpi);
}

/** Measurements are kept in date order; the locator follows the reordering. */
function sortMeasurements(kpi: Located<Kpi>): void {
  const order = kpi.data.measurements.map((m: Measurement, index) => ({ m, index }));
  if (order.every((entry, i) => i === 0 || (order[i - 1]?.m.date ?? '') <= entry.m.date)) return;
  order.sort((a, b) => (a.m.date < b.m.date ? -1 : a.m.date > b.m.date ? 1 : a.index - b.index));
  kpi.data.measurements = order.map((entry) => entry.m);
  const original = kpi.at;
  kpi.at = (path = [], options) =>
    path[0] === 'measurements' && typeof path[1] === 'number'
      ? original(['measurements', order[path[1]]?.index ?? path[1], ...path.slice(2)], options)
      : original(path, options);
}
