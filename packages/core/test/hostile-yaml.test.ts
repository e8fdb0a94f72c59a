/**
 * YAML written to hurt the reader: tags that would make objects, nesting thousands of levels
 * deep, aliases that stand for millions of values. Each is one located error, never a crash,
 * a hang or a flood of messages. Inputs are built here rather than kept as large fixtures.
 */
import { describe, expect, it } from 'vitest';
import { checkRepository, loadRepository, type Problem, type SourceFile } from '../src/index.js';

const PERIODS = '- { id: 2026-q4, name: Q4 2026, start: 2026-10-01, end: 2026-12-31 }\n';
const TEAMS = '- { id: acme, name: Acme }\n';
const KPI_HEAD = 'title: Revenue\nowner: dana\nfrequency: monthly\ntarget: 100\n';

/** The problems of a goals folder with one more file, as a user sees them: where and what. */
function problemsWith(file: SourceFile): Pick<Problem, 'file' | 'line' | 'column' | 'code' | 'message'>[] {
  const repo = loadRepository([{ path: 'periods.yaml', text: PERIODS }, { path: 'teams.yaml', text: TEAMS }, file]);
  return checkRepository(repo)
    .filter((p) => p.severity === 'error')
    .map(({ file: f, line, column, code, message }) => ({ file: f, line, column, code, message }));
}

const KPI = 'kpis/revenue.yaml';

describe('tags Cairn does not read', () => {
  it.each([
    ['!!js/function', 'notes: !!js/function "function () { return 1 }"', '!!js/function'],
    ['a custom tag', 'notes: !secret x', '!secret'],
    ['!!set', 'notes: !!set { a, b }', '!!set'],
    ['!!timestamp', 'notes: !!timestamp 2026-10-03', '!!timestamp'],
  ])('%s is an error at the tag, not text', (_, line, tag) => {
    expect(problemsWith({ path: KPI, text: `${KPI_HEAD}${line}\n` })).toEqual([
      {
        file: KPI,
        line: 5,
        column: 8,
        code: 'syntax',
        message: `the YAML tag ${tag} is not something Cairn reads; goals files hold text, numbers, true/false, lists and mappings`,
      },
    ]);
  });

  it('!!binary gives one clear error, not one per property of a buffer', () => {
    expect(problemsWith({ path: KPI, text: `${KPI_HEAD}unit: !!binary ${Buffer.from('x'.repeat(120)).toString('base64')}\n` })).toEqual([
      { file: KPI, line: 5, column: 7, code: 'syntax', message: 'the YAML tag !!binary is not something Cairn reads; goals files hold text, numbers, true/false, lists and mappings' },
    ]);
  });

  it('in front matter too, located on the file line', () => {
    const text = '---\ntitle: !!js/undefined x\nowner: dana\nkey_results: []\n---\n';
    expect(problemsWith({ path: 'objectives/2026-q4/acme/a.md', text })).toEqual([
      { file: 'objectives/2026-q4/acme/a.md', line: 2, column: 8, code: 'syntax', message: 'the YAML tag !!js/undefined is not something Cairn reads; goals files hold text, numbers, true/false, lists and mappings' },
    ]);
  });

  it('the core tags (!!str, !!int) are read as YAML says', () => {
    const repo = loadRepository([{ path: KPI, text: `${KPI_HEAD.replace('target: 100', 'target: !!int "100"')}unit: !!str 12\n` }]);
    expect(repo.problems).toEqual([]);
    expect(repo.kpis[0]?.data).toMatchObject({ target: 100, unit: '12' });
  });
});

const DEEP_MESSAGE = 'the values here are nested more than 100 levels deep (lists and mappings inside each other)';

describe('nesting thousands of levels deep', () => {
  it('a flow list 5,000 levels deep in a KPI is one located error', () => {
    const text = `${KPI_HEAD}tags: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    // The 100th `[` opens the 101st level (the file's mapping is the first).
    expect(problemsWith({ path: KPI, text })).toEqual([{ file: KPI, line: 5, column: 'tags: '.length + 100, code: 'syntax', message: DEEP_MESSAGE }]);
  });

  it('a block mapping 5,000 levels deep in front matter is one located error', () => {
    let deep = '';
    for (let i = 0; i < 5000; i += 1) deep += `${' '.repeat(i + 1)}k:\n`;
    const text = `---\ntitle: Deep\nowner: dana\nkey_results: []\nnotes:\n${deep}---\n`;
    const problems = problemsWith({ path: 'objectives/2026-q4/acme/deep.md', text });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'objectives/2026-q4/acme/deep.md', code: 'syntax', message: DEEP_MESSAGE });
    // At the 101st level: the file's line 2 + 4 lines above `notes:` + 99 levels (12 MB of
    // indentation makes this a large file, located by js-yaml at the key above that level).
    expect(problems[0]?.line).toBeGreaterThanOrEqual(104);
    expect(problems[0]?.line).toBeLessThanOrEqual(105);
  });

  it('a list of lists written `- - - …` 10,000 deep is one located error', () => {
    const text = `${KPI_HEAD}tags:\n  ${'- '.repeat(10_000)}x\n`;
    const problems = problemsWith({ path: KPI, text });
    expect(problems).toEqual([{ file: KPI, line: 6, column: expect.any(Number) as number, code: 'syntax', message: DEEP_MESSAGE }]);
  });

  it('a JSON file nested 5,000 deep is one located error', () => {
    const text = `{"title": "Revenue", "owner": "dana", "frequency": "monthly", "target": 100, "tags": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(problemsWith({ path: 'kpis/revenue.json', text })).toEqual([{ file: 'kpis/revenue.json', line: 1, column: text.indexOf('[') + 100, code: 'syntax', message: DEEP_MESSAGE }]);
  });

  it('100 levels are still read', () => {
    const repo = loadRepository([{ path: KPI, text: `${KPI_HEAD}notes: ${'['.repeat(99)}${']'.repeat(99)}\n` }]);
    expect(repo.problems.map((p) => p.message)).not.toContain(DEEP_MESSAGE);
  });
});

describe('aliases that stand for too much', () => {
  it('49 aliases of a 100,000-item list: one located error at the alias that goes past the limit', () => {
    const list = Array.from({ length: 100_000 }, (_, i) => i).join(', ');
    const aliases = Array.from({ length: 49 }, (_, i) => `a${i}: *big`).join('\n');
    const text = `${KPI_HEAD}big: &big [${list}]\n${aliases}\n`;
    const problems = problemsWith({ path: KPI, text });
    expect(problems).toEqual([
      { file: KPI, line: 6, column: 5, code: 'syntax', message: 'the YAML aliases (*name) of this file stand for more than 100,000 values once repeated; this one goes past that' },
    ]);
  });

  it('an alias inside the value it names is an error, not an endless value', () => {
    expect(problemsWith({ path: KPI, text: `${KPI_HEAD}tags: &t [a, *t]\n` })).toEqual([
      { file: KPI, line: 5, column: 14, code: 'syntax', message: 'the alias *t stands for a value it is itself inside, which would never end' },
    ]);
  });

  it('aliases nesting a value deeper than the limit are refused at the alias', () => {
    // Each line one level deep as written, 120 levels once the aliases are followed.
    const chain = Array.from({ length: 120 }, (_, i) => `l${i + 1}: &l${i + 1} [*l${i}]`).join('\n');
    const problems = problemsWith({ path: KPI, text: `${KPI_HEAD}l0: &l0 [x]\n${chain}\n` });
    expect(problems).toEqual([{ file: KPI, line: 104, column: 'l99: &l99 ['.length + 1, code: 'syntax', message: DEEP_MESSAGE }]);
  });

  it('a few aliases of small values are read as YAML says', () => {
    const repo = loadRepository([{ path: KPI, text: `${KPI_HEAD}owner: &who dana\ndescription: *who\n`.replace('owner: dana\n', '') }]);
    expect(repo.problems).toEqual([]);
    expect(repo.kpis[0]?.data).toMatchObject({ owner: 'dana', description: 'dana' });
  });
});
