import { ConfigSchema, type Config } from '../schema/config.js';
import { KpiSchema, type KpiFields } from '../schema/kpi.js';
import { ObjectiveSchema, type ObjectiveFields } from '../schema/objective.js';
import { PeriodSchema } from '../schema/period.js';
import { TeamSchema } from '../schema/team.js';
import { DayTexts } from '../source/day-text.js';
import { lineAndColumn } from '../source/encoding.js';
import { splitFrontMatter } from '../source/front-matter.js';
import type { SourceDoc } from '../source/position.js';
import { locateLater, parseYamlSource } from '../source/yaml-source.js';
import { compareProblems, problemAt, type Problem } from '../validate/problem.js';
import { zodProblems } from '../validate/zod-problems.js';
import { attachCsvMeasurements, readMeasurements, type CsvFiles } from './attach-csv-measurements.js';
import type { CachedKind, CheckedCache } from './checked-cache.js';
import { baseName, classify } from './classify.js';
import type { Repository, SourceFile } from './model.js';
import { setAsideCheckins, setAsideMeasurements } from './plain-lists.js';
import { readKpi } from './read-kpi.js';
import { readObjective, titleLine } from './read-objective.js';
import { readList } from './read-periods-and-teams.js';

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
  const csvs: CsvFiles = new Map();
  // What this load remembers as it reads: its own, passed down, gone when it returns.
  const days = new DayTexts();
  // CSVs join their KPI by file name, so the names of KPI files (read or not) decide orphans.
  const kpiFiles = new Set(files.filter((f) => classify(f.path) === 'kpi').map((f) => baseName(f.path)));
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  for (const file of sorted) {
    const { path, text, encoding } = file;
    const kind = classify(path);
    if (!kind) {
      // Only a reader of folders says this of a path that is not a file of Cairn's: say it on.
      if (file.unreadable !== undefined) repo.problems.push(problemAt('unreadable', file.unreadable, { file: path, line: 1, column: 1 }, file.hint));
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
        problemAt('encoding', 'this file is not saved as UTF-8; the character here could not be read', { file: path, ...lineAndColumn(text, encoding.offset) }, 'open the file in the encoding it was written in (often Windows-1252 or Latin-1) and save it as UTF-8'),
      );
    }
    repo.texts.set(path, text);
    if (kind === 'measurements') {
      csvs.set(baseName(path), { file: path, read: readMeasurements(repo, path, text, days) });
      continue;
    }
    const isMarkdown = path.endsWith('.md');
    const front = isMarkdown ? splitFrontMatter(text) : null;
    if (front && front.yaml === null) {
      repo.problems.push(problemAt('missing-front-matter', 'an objective file starts with YAML front matter between two "---" lines', { file: path, line: 1, column: 1 }, 'begin the file with ---, then title:, key_results:, and close with ---'));
      repo.known.objective.add(baseName(path));
      continue;
    }
    const yamlText = front ? (front.yaml ?? '') : text;
    const lineOffset = front?.yamlLine ?? 0;
    const remembered = kind === 'config' ? undefined : checkedAgain(cache, kind, yamlText, path, days);
    let doc: SourceDoc;
    if (remembered !== undefined) {
      // Read without a problem in an earlier run from this very text: not parsed again (and
      // objectives and KPIs not schema-checked again either); located only when needed.
      doc = { file: path, value: remembered, at: locateLater(path, yamlText, lineOffset) };
    } else {
      const parsed = parseYamlSource(path, yamlText, lineOffset, days);
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
        readObjective(repo, days, doc, front?.body ?? '', titleLine(yamlText, path) + lineOffset, remembered as ObjectiveFields | undefined, remember);
        break;
      case 'kpi':
        readKpi(repo, days, doc, remembered as KpiFields | undefined, remember);
        break;
    }
  }
  attachCsvMeasurements(repo, csvs, kpiFiles);
  repo.problems.sort(compareProblems);
  return repo;
}

/** Why a file cannot be read as text at all, or null when it can. */
function notReadableAsText({ path, text, encoding, unreadable, hint }: SourceFile): Problem | null {
  const start = { file: path, line: 1, column: 1 };
  if (unreadable !== undefined) return problemAt('unreadable', `this file cannot be read: ${unreadable}`, start, hint ?? 'fix the file or its permissions, or remove it from the goals folder');
  if (encoding?.kind === 'utf-16') return problemAt('encoding', 'this file is saved as UTF-16; Cairn reads UTF-8', start, 'save it as UTF-8 (a spreadsheet calls it "CSV UTF-8"; an editor, "Save with Encoding: UTF-8")');
  // A picture or a spreadsheet saved under a data name: say so instead of quoting bytes.
  if (text.includes('\u0000')) return problemAt('not-text', 'this file is not text; Cairn reads YAML, JSON, markdown and CSV files', start);
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

/**
 * The value a cache remembers for this text at this path, once it has passed the schema again
 * (a cache never decides alone that a file is valid); undefined for none, or for one the schema
 * refuses, which is handed back so the file is read afresh. Check-ins and measurements go
 * through the same quick predicates as a fresh read (see plain-lists.ts).
 */
function checkedAgain(cache: CheckedCache | undefined, kind: CachedKind, text: string, path: string, days: DayTexts): unknown {
  const value = cache?.get(kind, text, path);
  if (value === undefined || kind === 'periods' || kind === 'teams') return value;
  const aside = kind === 'objective' ? setAsideCheckins(value, days) : setAsideMeasurements(value, days);
  const result = (kind === 'objective' ? ObjectiveSchema : KpiSchema).safeParse(aside ? aside.value : value);
  if (result.success) return aside ? (aside.restore as (data: unknown) => unknown)(result.data) : result.data;
  cache?.reject?.(kind, text, path);
  return undefined;
}
