/**
 * One objective, three spellings: markdown front matter, a `.yaml` file and a `.json` file.
 * For any objective Cairn accepts, the three load to the same data and the same problems
 * (only the file name in them differs). The YAML is written by the `yaml` package, so this
 * also checks that Cairn reads what a YAML library writes. fast-check, seeded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkRepository, loadRepository, type SourceFile } from '../src/index.js';
import { isoDay } from './arbitraries.js';

const PERIODS = '- { id: 2026-q4, name: Q4 2026, start: 2026-10-01, end: 2026-12-31 }\n';
const TEAMS = '- { id: acme, name: Acme }\n';
const KPI = 'title: Revenue\nowner: dana\nfrequency: monthly\ntarget: 100\nmeasurements:\n  - { date: 2026-09-30, value: 80 }\n';

const text = fc.string({ unit: fc.constantFrom(...'abc xyz:#-"\'é€%,[]{}!&*?|>'), minLength: 1, maxLength: 24 }).filter((s) => s.trim() !== '');
// JSON has no negative zero (JSON.stringify writes 0), while YAML 1.2 reads `-0` as it is.
const number = fc.oneof(fc.integer({ min: -1000, max: 100_000 }), fc.double({ min: -1e4, max: 1e6, noNaN: true, noDefaultInfinity: true })).map((n) => (n === 0 ? 0 : n));
const day = isoDay('2026-09-01', 120);
const checkin = fc.record(
  { date: day, value: number, confidence: fc.double({ min: 0, max: 1, noNaN: true }), note: text, by: fc.constantFrom('dana', 'sam') },
  { requiredKeys: ['date', 'value'] },
);
const metric = fc.record(
  { title: text, start: number, target: number, unit: text, checkins: fc.array(checkin, { maxLength: 4 }) },
  { requiredKeys: ['title', 'target'] },
);
const kpiResult = fc.record({ title: text, kpi: fc.constant('revenue'), target: number }, { requiredKeys: ['title', 'kpi', 'target'] });
const milestones = fc.record({
  title: text,
  milestones: fc.array(fc.record({ title: text, done: fc.boolean(), weight: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: ['title'] }), { minLength: 1, maxLength: 4 }),
});
const objective = fc.record(
  {
    title: text,
    owner: fc.constantFrom('dana', 'sam'),
    kind: fc.constantFrom('aspirational', 'committed'),
    weight: fc.integer({ min: 0, max: 3 }),
    tags: fc.array(text, { maxLength: 3 }),
    key_results: fc.array(fc.oneof(metric, kpiResult, milestones), { minLength: 0, maxLength: 5 }),
  },
  { requiredKeys: ['title', 'key_results'] },
);

function load(file: SourceFile) {
  const repo = loadRepository([{ path: 'periods.yaml', text: PERIODS }, { path: 'teams.yaml', text: TEAMS }, { path: 'kpis/revenue.yaml', text: KPI }, file]);
  const problems = checkRepository(repo).map(({ code, severity, message }) => ({ code, severity, message }));
  // The narrative lives in the body for markdown and in `description` otherwise; both are empty here.
  return { data: repo.objectives.map((o) => ({ ...o.data, narrative: o.data.narrative ?? '' })), problems };
}

describe('an objective as markdown, YAML or JSON', () => {
  it('loads to the same data and problems in all three', () => {
    fc.assert(
      fc.property(objective, (fields) => {
        const yamlText = stringify(fields);
        const markdown = load({ path: 'objectives/2026-q4/acme/goal.md', text: `---\n${yamlText}---\n` });
        const yaml = load({ path: 'objectives/2026-q4/acme/goal.yaml', text: yamlText });
        const json = load({ path: 'objectives/2026-q4/acme/goal.json', text: JSON.stringify(fields, null, 2) });
        expect(yaml).toEqual(markdown);
        expect(json).toEqual(markdown);
        expect(markdown.data).toHaveLength(1);
      }),
      { numRuns: 400, seed: 20261123 },
    );
  });
});
