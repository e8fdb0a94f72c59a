import { editList, EditError, listItems, mappingLines, type Entry, type Repository, type Snapshot } from '@cairn/core';
import { parse } from 'csv-parse/sync';
import { columnOf, type CsvColumn } from './okr-csv.js';
import { freeId, slugFrom } from './slug.js';

/** A row the import could not use, by its line in the spreadsheet (the header is row 1). */
export interface RowProblem {
  row: number;
  message: string;
}

export interface ImportPlan {
  /** New text of each file to write, by path; `before` null for a new file. */
  files: Map<string, { before: string | null; after: string }>;
  problems: RowProblem[];
  counts: { objectives: number; keyResults: number; checkins: number; unchanged: number };
}

interface PlannedObjective {
  id: string;
  title: string;
  period: string;
  team: string;
  path: string;
  /** Key results in file order: those in the file, then those this import adds. */
  keyResults: { id: string; title: string; type: string; kpi: string | null; start: number | null; target: number | null; unit: string | null; current: number | null }[];
}

type Row = Partial<Record<CsvColumn, string>>;

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

export interface ImportOptions {
  /** Replace a check-in already recorded on the import's date; without it, such a row is a problem. */
  replace?: boolean | undefined;
}

/**
 * Works out what a spreadsheet of key results changes: new objectives (files), new key results,
 * and a check-in (dated `date`) for each key result whose current value differs from the one the
 * goals give. A row that cannot be used is a problem with its row number; a row that matches the
 * goals changes nothing, so a round trip through a spreadsheet writes nothing.
 */
export function planImport(csv: string, repo: Repository, snapshot: Snapshot, date: string, options: ImportOptions = {}): ImportPlan {
  const plan: ImportPlan = { files: new Map(), problems: [], counts: { objectives: 0, keyResults: 0, checkins: 0, unchanged: 0 } };
  let records: string[][];
  try {
    records = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    plan.problems.push({ row: 0, message: `the file cannot be read as CSV: ${(error as Error).message}` });
    return plan;
  }
  const header = (records[0] ?? []).map(columnOf);
  for (const needed of ['period', 'team', 'objective', 'key result'] as const) {
    if (!header.includes(needed) && !(needed === 'objective' && header.includes('objective id'))) {
      plan.problems.push({
        row: 1,
        message: `the header row has no "${needed}" column (it needs period, team, objective and key result; start, target, current, unit and owner are read when there)`,
      });
    }
  }
  if (plan.problems.length > 0) return plan;

  const objectives = new Map<string, PlannedObjective>();
  // Values as the export writes them (a KPI key result's start read from its KPI, say), so that
  // an exported sheet read back matches row for row.
  const files = new Map(repo.objectives.map((o) => [o.data.id, o.file]));
  for (const o of snapshot.objectives) {
    objectives.set(o.id, {
      id: o.id,
      title: o.title,
      period: o.period,
      team: o.team,
      path: files.get(o.id) ?? `objectives/${o.period}/${o.team}/${o.id}.md`,
      keyResults: o.keyResults.map((kr) => ({ id: kr.id, title: kr.title, type: kr.type, kpi: kr.kpi, start: kr.start, target: kr.target, unit: kr.unit, current: kr.current })),
    });
  }
  const takenIds = new Set([...objectives.keys(), ...repo.known.objective]);
  const text = (path: string): string | null => plan.files.get(path)?.after ?? repo.texts.get(path) ?? null;
  const write = (path: string, after: string, isNew: boolean): void => {
    const before = plan.files.get(path)?.before ?? (isNew ? null : (repo.texts.get(path) ?? null));
    plan.files.set(path, { before, after });
  };

  records.slice(1).forEach((cells, index) => {
    try {
      planRow(cells, index + 2);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      plan.problems.push({ row: index + 2, message: error.message });
    }
  });
  return plan;

  function planRow(cells: string[], rowNumber: number): void {
    if (cells.every((c) => c.trim() === '')) return;
    const row: Row = {};
    header.forEach((column, i) => {
      if (column && row[column] === undefined) row[column] = (cells[i] ?? '').trim();
    });
    const problem = (message: string): void => {
      plan.problems.push({ row: rowNumber, message });
    };
    const number = (column: 'start' | 'target' | 'current'): number | null | undefined => {
      const value = row[column] ?? '';
      if (value === '') return null;
      if (NUMBER.test(value)) return Number(value);
      problem(`${column} "${value}" is not a number${/^[-+]?[\d.,_ ]+$/.test(value) ? ` (write it without separators: ${value.replace(/[,_ ]/g, '')})` : ''}`);
      return undefined;
    };
    const period = row.period ?? '';
    const team = row.team ?? '';
    if (!period || !team || (!row.objective && !row['objective id'])) return problem('a row needs a period, a team and an objective');
    const start = number('start');
    const target = number('target');
    const now = number('current');
    if (start === undefined || target === undefined || now === undefined) return;

    let objective = row['objective id']
      ? objectives.get(row['objective id'])
      : [...objectives.values()].find((o) => o.period === period && o.team === team && o.title === row.objective);
    if (objective && (objective.period !== period || objective.team !== team)) {
      return problem(`objective ${objective.id} is in ${objective.period}/${objective.team}, not ${period}/${team}; moving objectives is done by moving their file`);
    }
    if (!objective) {
      const title = row.objective || (row['objective id'] as string);
      const id = row['objective id'] || freeId(slugFrom(title) || 'objective', (candidate) => takenIds.has(candidate));
      if (takenIds.has(id)) return problem(`objective id ${id} is taken by an objective in another period or team`);
      takenIds.add(id);
      objective = { id, title, period, team, path: `objectives/${period}/${team}/${id}.md`, keyResults: [] };
      objectives.set(id, objective);
      const front = mappingLines(entryOf({ title, owner: row.owner || undefined }));
      write(objective.path, ['---', ...front, '---', ''].join('\n'), true);
      plan.counts.objectives += 1;
    }
    const krTitle = row['key result'] ?? '';
    if (!krTitle && !row['key result id']) return;
    const krIndex = objective.keyResults.findIndex((kr) => (row['key result id'] ? kr.id === row['key result id'] : kr.title === krTitle));
    const path = objective.path;
    if (krIndex === -1) {
      if (start === null || target === null) return problem(`a new key result needs a start and a target ("${krTitle}")`);
      const taken = new Set(objective.keyResults.map((kr) => kr.id));
      const id = row['key result id'] || freeId(slugFrom(krTitle, 30) || 'kr', (candidate) => taken.has(candidate));
      const entry = entryOf({ id, title: krTitle || id, start, target, unit: row.unit || undefined });
      write(path, editList(text(path) ?? '', path, { list: ['key_results'], entry, layout: 'block' }), !repo.texts.has(path));
      objective.keyResults.push({ id, title: krTitle || id, type: 'metric', kpi: null, start, target, unit: row.unit || null, current: start });
      plan.counts.keyResults += 1;
      if (now !== null && now !== start) addCheckin(objective.keyResults.length - 1, now);
      return;
    }
    const kr = objective.keyResults[krIndex] as PlannedObjective['keyResults'][number];
    const differs = (column: 'start' | 'target', value: number | null, written: number | null): boolean => {
      if (value === null || value === written) return false;
      problem(`${objective.id}#${kr.id} has ${column} ${written ?? 'none'} in its file, ${value} in the sheet; change the ${column} in ${path}`);
      return true;
    };
    if (differs('start', start, kr.start) || differs('target', target, kr.target)) return;
    if (now === null || now === kr.current) {
      plan.counts.unchanged += 1;
      return;
    }
    if (kr.type !== 'metric' && kr.type !== 'maintain') {
      const ref = `${objective.id}#${kr.id}`;
      const how = kr.kpi !== null ? `record the value on its KPI: cairn measure ${kr.kpi} ${now} --date ${date}` : `check it in with cairn checkin ${ref}`;
      return problem(`${ref} is a ${kr.type} key result; ${how}`);
    }
    addCheckin(krIndex, now);

    function addCheckin(index: number, value: number): void {
      const target = objective as PlannedObjective;
      const existing = text(target.path) ?? '';
      const list = ['key_results', index, 'checkins'];
      // A second entry on one date would silently win over the first (the later one counts): as `cairn checkin`, refuse unless told to replace.
      const sameDay = listItems(existing, target.path, list).findIndex((item) => String((item as { date?: unknown } | null)?.date) === date);
      if (sameDay >= 0 && !options.replace) {
        const ref = `${target.id}#${(target.keyResults[index] as PlannedObjective['keyResults'][number]).id}`;
        return problem(`${ref} already has a check-in on ${date}; add --replace to replace it, or give another --date`);
      }
      write(target.path, editList(existing, target.path, { list, entry: { date, value }, replace: sameDay >= 0 ? sameDay : undefined }), !repo.texts.has(target.path));
      (target.keyResults[index] as PlannedObjective['keyResults'][number]).current = value;
      plan.counts.checkins += 1;
    }
  }
}

function entryOf(fields: Record<string, string | number | undefined>): Entry {
  return Object.fromEntries(Object.entries(fields).filter((pair): pair is [string, string | number] => pair[1] !== undefined));
}
