/**
 * The loader against thousands of broken files: valid goals files mutated at random (YAML and
 * JSON signs, control characters, lines cut, doubled or swapped), and texts of random
 * characters, as YAML, JSON, CSV and markdown front matter. For every case: nothing throws
 * (loading, checking, or building a snapshot of what loaded cleanly), and every problem is
 * located in a file that was given, at a line and column that exist. Seeded, so a failure
 * is the same failure on every machine; see docs/reliability.md for what it found.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, checkRepository, hasErrors, loadRepository, type SourceFile } from '../src/index.js';

const PERIODS = '- id: 2026-q4\n  name: Q4 2026\n  start: 2026-10-01\n  end: 2026-12-31\n';
const TEAMS = '- id: acme\n  name: Acme\n- { id: sales, name: Sales, parent: acme }\n';
const KPI = 'title: Revenue\nowner: dana\nunit: EUR\ndirection: increase\ntarget: 1300000\nfrequency: monthly\nmeasurements:\n  - { date: 2026-09-30, value: 1000000 }\n  - date: 2026-10-31\n    value: 1100000\n    note: "after the launch"\n';
const CSV = 'date,value,note\n2026-09-30,5,\n2026-10-31,6.5,"after, the move"\n';
const OBJECTIVE_YAML =
  "title: Grow revenue # the goal\nowner: dana\ntags: [web, 'trust']\nkey_results:\n  - title: Sign customers\n    start: 0\n    target: 10\n    checkins:\n      - { date: 2026-10-03, value: 2, confidence: 0.7 }\n  - { title: Raise revenue, kpi: revenue, target: 1300000 }\n  - title: Launch\n    milestones:\n      - { title: Beta, done: true }\n      - title: GA\n";
const OBJECTIVE_MD = `---\n${OBJECTIVE_YAML}---\nWhy this matters.\n`;
const OBJECTIVE_JSON = JSON.stringify(
  {
    title: 'Grow revenue',
    owner: 'dana',
    key_results: [
      { title: 'Sign customers', start: 0, target: 10, checkins: [{ date: '2026-10-03', value: 2 }] },
      { title: 'Raise revenue', kpi: 'revenue', target: 1300000 },
    ],
  },
  null,
  2,
);

/** The files a case starts from; one of them is replaced by the mutated text. */
const BASE: SourceFile[] = [
  { path: 'periods.yaml', text: PERIODS },
  { path: 'teams.yaml', text: TEAMS },
  { path: 'kpis/revenue.yaml', text: KPI },
  { path: 'kpis/revenue.csv', text: CSV },
  { path: 'objectives/2026-q4/acme/grow.md', text: OBJECTIVE_MD },
  { path: 'objectives/2026-q4/sales/deals.yaml', text: OBJECTIVE_YAML },
  { path: 'objectives/2026-q4/sales/more.json', text: OBJECTIVE_JSON },
];

const SIGNS = [
  ' ', '  ', '\n', '\n  ', '\n- ', '- ', ': ', ':', '#', ' #', "'", '"', '\\', '{', '}', '[', ']', ',', '&a ', '*a', '!', '!!binary ', '!foo ',
  '|', '>', '? ', '\t', '\r', '\r\n', '---\n', '...\n', '\0', '\u0085', '\uFEFF', '\uD800', '\u001b[2J', '%YAML 1.2\n', '<<: ', '~', 'null', '1e400', '-.inf',
  '0b101', '0x1F', '2026-02-30', '"', ',,', '""', '\u202E',
];

type Edit = { kind: 'insert'; at: number; piece: string } | { kind: 'delete'; at: number; length: number } | { kind: 'double'; at: number } | { kind: 'swap'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.oneof(fc.constantFrom(...SIGNS), fc.string({ maxLength: 4 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('double' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }) },
);

function apply(text: string, step: Edit): string {
  const at = step.at % (text.length + 1);
  if (step.kind === 'insert') return text.slice(0, at) + step.piece + text.slice(at);
  if (step.kind === 'delete') return text.slice(0, at) + text.slice(at + step.length);
  const lines = text.split('\n');
  const i = step.at % lines.length;
  if (step.kind === 'double') lines.splice(i, 0, lines[i] as string);
  else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1] as string, lines[i] as string];
  return lines.join('\n');
}

/** Loads, checks and (when clean) scores the files, and holds every problem to its promise. */
function holdsUp(files: SourceFile[]): void {
  const repo = loadRepository(files);
  const problems = checkRepository(repo);
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  for (const p of problems) {
    const where = `${p.file}:${p.line}:${p.column} ${p.message}`;
    expect(byPath.has(p.file), where).toBe(true);
    expect(typeof p.message === 'string' && p.message.length > 0, where).toBe(true);
    expect(Number.isInteger(p.line) && p.line >= 1 && Number.isInteger(p.column) && p.column >= 1, where).toBe(true);
    const lines = (byPath.get(p.file) ?? '').split('\n').length;
    expect(p.line <= lines + 1, `${where} (the file has ${lines} lines)`).toBe(true);
  }
  if (!hasErrors(problems)) {
    const snapshot = buildSnapshot(repo, '2026-11-15');
    expect(() => JSON.stringify(snapshot)).not.toThrow();
  }
}

const mutated = (index: number) =>
  fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) => {
    const base = BASE[index] as SourceFile;
    const files = [...BASE];
    files[index] = { path: base.path, text: edits.reduce(apply, base.text) };
    return files;
  });

describe('the loader against broken files (seeded fuzzing)', () => {
  it.each([
    ['periods.yaml', 0, 300],
    ['teams.yaml', 1, 300],
    ['a KPI in YAML', 2, 800],
    ['a measurements CSV', 3, 800],
    ['an objective in markdown front matter', 4, 800],
    ['an objective in YAML', 5, 500],
    ['an objective in JSON', 6, 800],
  ])('%s, mutated: no crash, every problem located', (_name, index, runs) => {
    fc.assert(
      fc.property(mutated(index), (files) => holdsUp(files)),
      { numRuns: runs, seed: 20261207 + index },
    );
  });

  it('texts of random characters in every kind of file: no crash, every problem located', () => {
    const characters = fc.string({ unit: fc.oneof(fc.constantFrom(...'-:#{}[],\'"!&*?|>%@` \n\t\r\\~.0123456789abcdefxyz'), fc.constantFrom(...SIGNS)), maxLength: 80 });
    fc.assert(
      fc.property(fc.nat({ max: BASE.length - 1 }), characters, (index, text) => {
        const files = [...BASE];
        files[index] = { path: (BASE[index] as SourceFile).path, text };
        holdsUp(files);
      }),
      { numRuns: 1200, seed: 20261214 },
    );
  });
});
