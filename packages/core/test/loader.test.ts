/**
 * The loader: defaults taken from paths and positions, key-result normalisation, file variants
 * (.yml, .json, CRLF, the `{ periods: [...] }` form, "$schema"), CSV measurements, files that
 * are not Cairn's, and determinism.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepository, keyResultType, loadGoalsFolder, loadRepository, readGoalsFolder, type Repository, type SourceFile } from '../src/node/index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

const PERIODS = ['- id: 2026-q4', '  name: Q4 2026', '  start: 2026-10-01', '  end: 2026-12-31', ''].join('\n');
const TEAMS = ['- id: acme', '  name: Acme Inc.', '- id: sales', '  name: Sales', '  parent: acme', ''].join('\n');
const KPI = ['title: Revenue', 'owner: dana', 'frequency: monthly', 'target: 1300000', 'measurements:', '  - { date: 2026-09-30, value: 1000000 }', ''].join('\n');

/** A valid objective file with the given front-matter lines and body. */
function objective(lines: string[], body = 'Why this matters.'): string {
  return ['---', ...lines, '---', body, ''].join('\n');
}

const TWO_KRS = ['key_results:', '  - { title: Sign ten customers, start: 0, target: 10 }', '  - { title: Raise revenue, kpi: revenue, target: 1300000 }'];

function repoOf(...extra: SourceFile[]): Repository {
  return loadRepository([{ path: 'periods.yaml', text: PERIODS }, { path: 'teams.yaml', text: TEAMS }, { path: 'kpis/revenue.yaml', text: KPI }, ...extra]);
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

describe('defaults from the path', () => {
  it('takes the id from the file name and period and team from the folders', () => {
    const repo = repoOf({ path: 'objectives/2026-q4/sales/win-deals.md', text: objective(['title: Win deals', 'owner: jonas', ...TWO_KRS]) });
    const { data, file } = only(repo.objectives);
    expect({ id: data.id, period: data.period, team: data.team, file }).toEqual({ id: 'win-deals', period: '2026-q4', team: 'sales', file: 'objectives/2026-q4/sales/win-deals.md' });
    expect(checkRepository(repo)).toEqual([]);
  });

  it('lets a value written in the file win over the file name and folders', () => {
    const repo = repoOf({ path: 'objectives/2026-q4/acme/x.md', text: objective(['id: close-deals', 'title: Close deals', 'owner: jonas', 'period: 2026-q4', 'team: sales', ...TWO_KRS]) });
    const { data } = only(repo.objectives);
    expect({ id: data.id, period: data.period, team: data.team }).toEqual({ id: 'close-deals', period: '2026-q4', team: 'sales' });
    expect(checkRepository(repo).map((p) => [p.code, p.line, p.column])).toEqual([['folder-mismatch', 6, 7]]);
  });

  it('reads period and team from the file when it sits outside the folder layout', () => {
    const repo = repoOf({ path: 'objectives/win-deals.md', text: objective(['title: Win deals', 'owner: jonas', 'period: 2026-q4', 'team: sales', ...TWO_KRS]) });
    const { data } = only(repo.objectives);
    expect({ id: data.id, period: data.period, team: data.team }).toEqual({ id: 'win-deals', period: '2026-q4', team: 'sales' });
    expect(checkRepository(repo)).toEqual([]);
  });

  it('takes a KPI id from its file name unless one is written', () => {
    const repo = repoOf({ path: 'kpis/nps.yaml', text: 'id: net-promoter\ntitle: NPS\nowner: sam\nfrequency: monthly\ntarget: 40\n' });
    expect(repo.kpis.map((k) => k.data.id)).toEqual(['net-promoter', 'revenue']);
  });

  it('applies the schema defaults to an objective', () => {
    const repo = repoOf({ path: 'objectives/2026-q4/acme/grow.md', text: objective(['title: Grow', 'owner: dana', ...TWO_KRS]) });
    const { data } = only(repo.objectives);
    expect({ kind: data.kind, weight: data.weight, tags: data.tags, supporting_kpis: data.supporting_kpis, parent: data.parent }).toEqual({
      kind: 'aspirational',
      weight: 1,
      tags: [],
      supporting_kpis: [],
      parent: undefined,
    });
  });
});

describe('key results', () => {
  const krs = [
    'key_results:',
    '  - { title: A metric, start: 0, target: 10 }',
    '  - { id: revenue-up, title: From a KPI, kpi: revenue, target: 1300000 }',
    '  - { title: A done flag, done: false }',
    '  - { title: Steps, milestones: [{ title: One, done: true }, { title: Two }] }',
    '  - { title: Stay above, type: maintain, kpi: revenue, target: 900000, direction: increase }',
  ];
  const repo = repoOf({ path: 'objectives/2026-q4/acme/grow.md', text: objective(['title: Grow', 'owner: dana', ...krs]) });
  const keyResults = only(repo.objectives).data.keyResults;

  it('infers the type: target → metric, kpi → kpi, done/milestones → milestone, explicit maintain', () => {
    expect(keyResults.map((kr) => kr.type)).toEqual(['metric', 'kpi', 'milestone', 'milestone', 'maintain']);
  });

  it('numbers unnamed key results kr1, kr2… by position and keeps written ids', () => {
    expect(keyResults.map((kr) => kr.id)).toEqual(['kr1', 'revenue-up', 'kr3', 'kr4', 'kr5']);
  });

  it('addresses each key result as objective#kr', () => {
    expect(keyResults.map((kr) => kr.ref)).toEqual(['grow#kr1', 'grow#revenue-up', 'grow#kr3', 'grow#kr4', 'grow#kr5']);
  });

  it('applies defaults inside key results and milestones', () => {
    expect(keyResults.map((kr) => [kr.weight, kr.checkins])).toEqual([
      [1, []],
      [1, []],
      [1, []],
      [1, []],
      [1, []],
    ]);
    expect(keyResults[3]?.milestones).toEqual([
      { title: 'One', done: true, weight: 1 },
      { title: 'Two', done: false, weight: 1 },
    ]);
  });

  it('lets an explicit type win over the inferred one', () => {
    expect(keyResultType({ title: 't', type: 'metric', kpi: 'revenue', target: 3, weight: 1, checkins: [] })).toBe('metric');
    expect(keyResultType({ title: 't', done: true, target: 3, weight: 1, checkins: [] })).toBe('milestone');
    expect(keyResultType({ title: 't', weight: 1, checkins: [] })).toBe('metric');
  });

  it('uses the id written in the file for refs, not the file name', () => {
    const written = repoOf({ path: 'objectives/2026-q4/acme/file-name.md', text: objective(['id: real-id', 'title: Grow', 'owner: dana', ...TWO_KRS]) });
    expect(only(written.objectives).data.keyResults.map((kr) => kr.ref)).toEqual(['real-id#kr1', 'real-id#kr2']);
  });
});

describe('narrative', () => {
  it('is the markdown body after the front matter, without leading blank lines or trailing space', () => {
    const repo = repoOf({ path: 'objectives/2026-q4/acme/grow.md', text: objective(['title: Grow', 'owner: dana', ...TWO_KRS], '\n\n# Why\n\nBecause **growth**.\n\n') });
    expect(only(repo.objectives).data.narrative).toBe('# Why\n\nBecause **growth**.');
  });

  it('is the description for an objective written as YAML, and empty without either', () => {
    const repo = repoOf(
      { path: 'objectives/2026-q4/acme/a.yaml', text: ['title: A', 'owner: dana', 'description: Told in YAML.', ...TWO_KRS, ''].join('\n') },
      { path: 'objectives/2026-q4/acme/b.md', text: objective(['title: B', 'owner: dana', ...TWO_KRS], '') },
    );
    expect(repo.objectives.map((o) => [o.data.id, o.data.narrative])).toEqual([
      ['a', 'Told in YAML.'],
      ['b', ''],
    ]);
  });
});

describe('file variants', () => {
  it('reads CRLF files with the same values and positions as LF files', () => {
    const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
    const text = objective(['title: Grow', 'owner: dana', 'kind: comitted', ...TWO_KRS], 'Body line one.\nBody line two.');
    const lf = loadRepository([{ path: 'periods.yaml', text: PERIODS }, { path: 'objectives/2026-q4/acme/grow.md', text: objective(['title: Grow', 'owner: dana', ...TWO_KRS], 'Body line one.\nBody line two.') }]);
    const windows = loadRepository([{ path: 'periods.yaml', text: crlf(PERIODS) }, { path: 'objectives/2026-q4/acme/grow.md', text: crlf(objective(['title: Grow', 'owner: dana', ...TWO_KRS], 'Body line one.\nBody line two.')) }]);
    expect(windows.periods.map((p) => p.data)).toEqual(lf.periods.map((p) => p.data));
    expect(windows.objectives.map((o) => o.data)).toEqual(lf.objectives.map((o) => o.data));
    expect(only(windows.objectives).data.narrative).toBe('Body line one.\nBody line two.');
    const broken = loadRepository([{ path: 'objectives/2026-q4/acme/grow.md', text: crlf(text) }]);
    expect(broken.problems.map((p) => [p.message, p.line, p.column])).toEqual([['"kind" must be one of aspirational, committed, not "comitted"', 4, 7]]);
  });

  it('accepts periods and teams as a list or as { periods: [...] } / { teams: [...] }', () => {
    const objectForm = loadRepository([
      { path: 'periods.yaml', text: 'periods:\n' + PERIODS.replace(/^/gm, '  ') },
      { path: 'teams.yaml', text: 'teams:\n' + TEAMS.replace(/^/gm, '  ') },
    ]);
    const listForm = loadRepository([
      { path: 'periods.yaml', text: PERIODS },
      { path: 'teams.yaml', text: TEAMS },
    ]);
    expect(objectForm.problems).toEqual([]);
    expect(objectForm.periods.map((p) => p.data)).toEqual(listForm.periods.map((p) => p.data));
    expect(objectForm.teams.map((t) => t.data)).toEqual([
      { id: 'acme', name: 'Acme Inc.', owners: [] },
      { id: 'sales', name: 'Sales', parent: 'acme', owners: [] },
    ]);
    // Positions in the object form point into the nested list.
    expect(only(objectForm.periods.filter((p) => p.data.id === '2026-q4')).at(['end'])).toEqual({ file: 'periods.yaml', line: 5, column: 10 });
  });

  it('reads .yml and .json variants of every file kind', () => {
    const repo = loadRepository([
      { path: 'periods.yml', text: PERIODS },
      { path: 'teams.json', text: JSON.stringify([{ id: 'acme', name: 'Acme Inc.' }], null, 2) },
      { path: 'cairn.config.json', text: '{ "organisation": "Acme Inc.", "as_of": "2026-11-15" }' },
      { path: 'kpis/revenue.yml', text: KPI },
      { path: 'kpis/nps.json', text: '{ "title": "NPS", "owner": "sam", "frequency": "monthly", "target": 40 }' },
      { path: 'objectives/2026-q4/acme/a.yml', text: ['title: A', 'owner: dana', ...TWO_KRS, ''].join('\n') },
      {
        path: 'objectives/2026-q4/acme/b.json',
        text: JSON.stringify({ title: 'B', owner: 'dana', key_results: [{ title: 'x', start: 0, target: 1 }, { title: 'y', done: false }] }, null, 2),
      },
    ]);
    expect(checkRepository(repo)).toEqual([]);
    expect(repo.periods.map((p) => [p.data.id, p.file])).toEqual([['2026-q4', 'periods.yml']]);
    expect(repo.teams.map((t) => [t.data.id, t.file])).toEqual([['acme', 'teams.json']]);
    expect(repo.config).toEqual({ organisation: 'Acme Inc.', as_of: '2026-11-15' });
    expect(repo.kpis.map((k) => [k.data.id, k.file])).toEqual([
      ['nps', 'kpis/nps.json'],
      ['revenue', 'kpis/revenue.yml'],
    ]);
    expect(repo.objectives.map((o) => [o.data.id, o.data.period, o.data.team, o.data.keyResults.map((kr) => kr.type)])).toEqual([
      ['a', '2026-q4', 'acme', ['metric', 'kpi']],
      ['b', '2026-q4', 'acme', ['metric', 'milestone']],
    ]);
  });

  it('locates values in a JSON file by line and column', () => {
    const text = '{\n  "title": "B",\n  "owner": "dana",\n  "key_results": [\n    { "title": "x", "start": 0, "target": 1 },\n    { "title": "y", "done": false }\n  ]\n}\n';
    const repo = repoOf({ path: 'objectives/2026-q4/acme/b.json', text });
    const { at } = only(repo.objectives);
    expect(at(['key_results', 0, 'target'])).toEqual({ file: 'objectives/2026-q4/acme/b.json', line: 5, column: 43 });
    expect(at(['owner'], { key: true })).toEqual({ file: 'objectives/2026-q4/acme/b.json', line: 3, column: 3 });
  });

  it('accepts a yaml-language-server comment and a "$schema" key, and keeps $schema out of the data', () => {
    const comment = '# yaml-language-server: $schema=https://cairn.example/schemas/kpi.json\n';
    const repo = repoOf(
      { path: 'kpis/nps.yaml', text: `${comment}$schema: https://cairn.example/schemas/kpi.json\ntitle: NPS\nowner: sam\nfrequency: monthly\ntarget: 40\n` },
      { path: 'objectives/2026-q4/acme/a.md', text: objective(['# yaml-language-server: $schema=https://cairn.example/schemas/objective.json', 'title: A', 'owner: dana', ...TWO_KRS]) },
      { path: 'objectives/2026-q4/acme/b.json', text: JSON.stringify({ $schema: 'https://cairn.example/schemas/objective.json', title: 'B', owner: 'dana', key_results: [{ title: 'x', start: 0, target: 1 }, { title: 'y', done: false }] }) },
      { path: 'cairn.config.yaml', text: `${comment}$schema: https://cairn.example/schemas/config.json\norganisation: Acme\n` },
    );
    expect(checkRepository(repo)).toEqual([]);
    expect(repo.objectives.map((o) => o.data.id)).toEqual(['a', 'b']);
    expect(repo.objectives.some((o) => '$schema' in o.data)).toBe(false);
    expect(repo.kpis.some((k) => '$schema' in k.data)).toBe(false);
    // A front-matter comment line still counts for positions.
    expect(only(repo.objectives.filter((o) => o.data.id === 'a')).at(['owner'])).toEqual({ file: 'objectives/2026-q4/acme/a.md', line: 4, column: 8 });
  });

  it('accepts "$schema" in the object form of periods and teams', () => {
    const repo = loadRepository([
      { path: 'periods.json', text: JSON.stringify({ $schema: 'https://cairn.example/schemas/periods.json', periods: [{ id: '2026-q4', start: '2026-10-01', end: '2026-12-31' }] }) },
      { path: 'teams.json', text: JSON.stringify({ $schema: 'https://cairn.example/schemas/teams.json', teams: [{ id: 'acme', name: 'Acme' }] }) },
    ]);
    expect(checkRepository(repo)).toEqual([]);
    expect(repo.periods.map((p) => p.data.id)).toEqual(['2026-q4']);
    expect(repo.teams.map((t) => t.data.id)).toEqual(['acme']);
  });
});

describe('CSV measurements', () => {
  const csv = 'date,value,note\n2026-11-30,1200000,November\n\n2026-08-31,950000\n2026-12-31,"1250000","year end, estimated"\n';
  const repo = repoOf({ path: 'kpis/revenue.csv', text: csv });
  const kpi = only(repo.kpis);

  it('merges CSV rows with inline measurements, sorted by date, keeping notes', () => {
    expect(kpi.data.measurements).toEqual([
      { date: '2026-08-31', value: 950000 },
      { date: '2026-09-30', value: 1000000 },
      { date: '2026-11-30', value: 1200000, note: 'November' },
      { date: '2026-12-31', value: 1250000, note: 'year end, estimated' },
    ]);
  });

  it('locates each measurement at its own row, in the CSV or the YAML, after sorting', () => {
    expect([0, 1, 2, 3].map((i) => kpi.at(['measurements', i]))).toEqual([
      { file: 'kpis/revenue.csv', line: 4, column: 1 },
      { file: 'kpis/revenue.yaml', line: 6, column: 5 },
      { file: 'kpis/revenue.csv', line: 2, column: 1 },
      { file: 'kpis/revenue.csv', line: 5, column: 1 },
    ]);
    expect(kpi.at(['title'])).toEqual({ file: 'kpis/revenue.yaml', line: 1, column: 8 });
  });

  it('warns once that measurements live in two places', () => {
    expect(checkRepository(repo).map((p) => [p.code, p.severity, p.file, p.line, p.column])).toEqual([['measurements-twice', 'warning', 'kpis/revenue.yaml', 5, 1]]);
  });

  it('reads a CSV with CRLF line endings, an upper-case header and a byte-order mark', () => {
    const windows = loadRepository([
      { path: 'kpis/revenue.yaml', text: 'title: Revenue\nowner: dana\nfrequency: monthly\ntarget: 1300000\n' },
      { path: 'kpis/revenue.csv', text: '\uFEFFDate,Value\r\n2026-10-31,1100000\r\n2026-09-30,1000000\r\n2026-11-30,12 000\r\n' },
    ]);
    const only_ = only(windows.kpis);
    expect(only_.data.measurements).toEqual([
      { date: '2026-09-30', value: 1000000 },
      { date: '2026-10-31', value: 1100000 },
    ]);
    expect(only_.at(['measurements', 0])).toEqual({ file: 'kpis/revenue.csv', line: 3, column: 1 });
    expect(checkRepository(windows).map((p) => [p.code, p.message, p.suggestion, p.file, p.line, p.column])).toEqual([
      ['number-format', '"value" must be a plain number, not "12 000"', 'write 12000 (no quotes, thousands separators or units)', 'kpis/revenue.csv', 4, 12],
    ]);
  });

  it('joins a CSV to the KPI of the same file name, also when the KPI is .json', () => {
    const json = loadRepository([
      { path: 'kpis/revenue.json', text: '{ "title": "Revenue", "owner": "dana", "frequency": "monthly", "target": 5 }' },
      { path: 'kpis/revenue.csv', text: 'date,value\n2026-10-31,3\n' },
    ]);
    expect(only(json.kpis).data.measurements).toEqual([{ date: '2026-10-31', value: 3 }]);
    expect(checkRepository(json)).toEqual([]);
  });
});

describe('files that are not Cairn’s', () => {
  it('ignores README.md, package.json, nested kpis folders and other files on disk', async () => {
    const dir = join(FIXTURES, 'layout');
    const read = await readGoalsFolder(dir);
    expect(read.map((f) => f.path).sort()).toEqual(['kpis/revenue.csv', 'kpis/revenue.yml', 'objectives/2026-q4/acme/grow-revenue.json', 'periods.yml', 'teams.json']);
    const repo = await loadGoalsFolder(dir);
    expect(checkRepository(repo)).toEqual([]);
    expect([...repo.texts.keys()].sort()).toEqual(['kpis/revenue.csv', 'kpis/revenue.yml', 'objectives/2026-q4/acme/grow-revenue.json', 'periods.yml', 'teams.json']);
    expect(repo.objectives.map((o) => [o.data.id, o.data.narrative])).toEqual([['grow-revenue', 'Why this matters.']]);
    expect(only(repo.kpis).data.measurements.map((m) => m.date)).toEqual(['2026-09-30', '2026-11-30']);
  });

  it('ignores them in memory too, even when they are not valid YAML', () => {
    const repo = repoOf(
      { path: 'README.md', text: '# Goals\n' },
      { path: 'package.json', text: '{ "name": "goals" ' },
      { path: 'objectives/README.md', text: 'not front matter' },
      { path: 'objectives/2026-q4/README.md', text: 'not front matter' },
      { path: 'kpis/old/revenue.yaml', text: 'title: [broken' },
      { path: 'docs/periods.yaml', text: 'title: [broken' },
      { path: 'objectives/2026-q4/acme/notes.txt', text: 'scratch' },
    );
    expect(checkRepository(repo)).toEqual([]);
    expect([...repo.texts.keys()].sort()).toEqual(['kpis/revenue.yaml', 'periods.yaml', 'teams.yaml']);
  });
});

describe('symbolic links', () => {
  it('follows links that stay inside the goals folder, walks a folder linked twice once, and names a broken link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-links-'));
    try {
      cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
      // A KPI kept in another folder of the goals folder and linked in; a folder of objectives
      // linked in; a link back up.
      mkdirSync(join(dir, 'shared'));
      cpSync(join(FIXTURES, 'valid/kpis/revenue.yaml'), join(dir, 'shared/cost.yaml'));
      symlinkSync(join(dir, 'shared/cost.yaml'), join(dir, 'kpis/cost.yaml'));
      mkdirSync(join(dir, 'shared/sales'));
      cpSync(join(FIXTURES, 'valid/objectives/2026-q4/acme/grow-revenue.md'), join(dir, 'shared/sales/grow-more.md'));
      symlinkSync(join(dir, 'shared/sales'), join(dir, 'objectives/2026-q4/sales'));
      symlinkSync('..', join(dir, 'objectives/2026-q4/loop'));
      symlinkSync('nowhere.yaml', join(dir, 'kpis/gone.yaml'));
      const read = await readGoalsFolder(dir);
      expect(read.map((f) => f.path).sort()).toEqual([
        'kpis/cost.yaml',
        'kpis/gone.yaml',
        'kpis/revenue.yaml',
        'objectives/2026-q4/acme/grow-revenue.md',
        'objectives/2026-q4/sales/grow-more.md',
        'periods.yaml',
        'teams.yaml',
      ]);
      expect(read.find((f) => f.path === 'kpis/gone.yaml')).toEqual({ path: 'kpis/gone.yaml', text: '', unreadable: 'it is a link to a file that does not exist' });
      const problems = checkRepository(loadRepository(read));
      expect(problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.line, p.column, p.code, p.message, p.suggestion])).toEqual([
        ['kpis/gone.yaml', 1, 1, 'unreadable', 'this file cannot be read: it is a link to a file that does not exist', 'fix the file or its permissions, or remove it from the goals folder'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('robustness', () => {
  it('keeps the id of an objective whose file has errors, so references to it are not reported again', () => {
    const repo = repoOf(
      { path: 'objectives/2026-q4/acme/grow.md', text: objective(['title: Grow', 'owner: dana', 'kind: comitted', ...TWO_KRS]) },
      { path: 'objectives/2026-q4/sales/deals.md', text: objective(['title: Deals', 'owner: jonas', 'parent: grow', ...TWO_KRS]) },
      { path: 'objectives/2026-q4/sales/broken.md', text: '---\ntitle: [\n---\n' },
      { path: 'objectives/2026-q4/sales/more.md', text: objective(['title: More', 'owner: jonas', 'parent: broken', ...TWO_KRS]) },
    );
    expect(checkRepository(repo).map((p) => [p.code, p.file])).toEqual([
      ['invalid-value', 'objectives/2026-q4/acme/grow.md'],
      ['syntax', 'objectives/2026-q4/sales/broken.md'],
    ]);
  });

  it('never throws on odd input', () => {
    const odd: SourceFile[] = [
      { path: 'periods.yaml', text: '' },
      { path: 'teams.yaml', text: 'just text' },
      { path: 'cairn.config.yaml', text: '- a list' },
      { path: 'kpis/a.yaml', text: '' },
      { path: 'kpis/b.yaml', text: '[1, 2]' },
      { path: 'kpis/b.csv', text: '' },
      { path: 'objectives/2026-q4/acme/a.md', text: '' },
      { path: 'objectives/2026-q4/acme/b.md', text: '---\n---\n' },
      { path: 'objectives/2026-q4/acme/c.json', text: 'null' },
      { path: 'objectives/2026-q4/acme/d.yaml', text: 'key_results:\n  - 5\n  - null\n' },
    ];
    expect(() => checkRepository(loadRepository(odd))).not.toThrow();
    expect(checkRepository(loadRepository(odd)).length).toBeGreaterThan(0);
  });
});

describe('determinism', () => {
  const files: SourceFile[] = [
    { path: 'periods.yaml', text: PERIODS },
    { path: 'teams.yaml', text: TEAMS },
    { path: 'kpis/revenue.yaml', text: KPI },
    { path: 'kpis/revenue.csv', text: 'date,value\n2026-11-30,1200000\n2026-10-31,"1,100,000"\n' },
    { path: 'kpis/signups.yaml', text: 'title: Signups\nfrequency: weekly\ntarget: 500\n' },
    { path: 'objectives/2026-q4/acme/grow.md', text: objective(['title: Grow', 'owner: dana', ...TWO_KRS]) },
    { path: 'objectives/2026-q4/sales/grow.md', text: objective(['title: Grow again', 'owner: jonas', 'parent: grow', ...TWO_KRS]) },
    { path: 'objectives/2026-q4/sales/deals.md', text: objective(['title: Deals', 'owner: jonas', 'parent: grwo', ...TWO_KRS]) },
    { path: 'objectives/2026-q4/sales/bad.md', text: objective(['title: Bad', 'targt: 3', ...TWO_KRS]) },
  ];

  /** What a repository holds, without the locator functions. */
  function snapshotOf(repo: Repository): unknown {
    const strip = <T>(items: { data: T; file: string }[]) => items.map(({ data, file }) => ({ data, file }));
    return {
      config: repo.config,
      periods: strip(repo.periods),
      teams: strip(repo.teams),
      objectives: strip(repo.objectives),
      kpis: strip(repo.kpis),
      known: Object.fromEntries(Object.entries(repo.known).map(([kind, ids]) => [kind, [...(ids as Set<string>)].sort()])),
      measurementAt: repo.kpis.map((k) => k.data.measurements.map((_, i) => k.at(['measurements', i]))),
      problems: checkRepository(repo),
    };
  }

  it('gives the same repository and problems whatever order the files come in', () => {
    const forward = snapshotOf(loadRepository(files));
    expect(snapshotOf(loadRepository([...files].reverse()))).toEqual(forward);
    const shuffled = [files[4], files[7], files[0], files[8], files[2], files[5], files[1], files[6], files[3]].filter((f): f is SourceFile => f !== undefined);
    expect(shuffled).toHaveLength(files.length);
    expect(snapshotOf(loadRepository(shuffled))).toEqual(forward);
  });

  it('gives the same problems when checked twice (checking does not change the repository)', () => {
    const repo = loadRepository(files);
    const first = checkRepository(repo);
    expect(first.length).toBeGreaterThan(3);
    expect(checkRepository(repo)).toEqual(first);
  });
});
