import { describe, expect, it } from 'vitest';
import { checkRepository, loadRepository, type SourceFile } from '../index.js';
import { numberLike } from './suggest.js';

const base: SourceFile[] = [
  { path: 'periods.yaml', text: '- { id: 2026-q4, start: 2026-10-01, end: 2026-12-31 }\n' },
  { path: 'teams.yaml', text: '- { id: acme, name: Acme }\n' },
];
const brief = (files: SourceFile[]) => checkRepository(loadRepository(files)).map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`);

describe('edge cases of reading files', () => {
  it('catches a duplicate key in a JSON file, at the second one', () => {
    const json = '{\n  "title": "Revenue",\n  "owner": "sam",\n  "title": "Sales"\n}\n';
    expect(brief([...base, { path: 'kpis/revenue.json', text: json }])).toContain('kpis/revenue.json:4:3 duplicate-key the field "title" is written twice in one place; keep one');
  });

  it('reports a periods file that is not a list once, without an unknown period for every objective', () => {
    const files = [
      { path: 'periods.yaml', text: 'id: 2026-q4\nstart: 2026-10-01\n' },
      base[1] as SourceFile,
      { path: 'objectives/2026-q4/acme/a.md', text: '---\ntitle: A\nowner: dana\nkey_results:\n  - { title: x, target: 2 }\n  - { title: y, target: 3 }\n---\n' },
    ];
    expect(brief(files)).toEqual(['periods.yaml:1:1 not-a-list periods.yaml must be a list of periods, one "- id: …" entry each']);
  });

  it('does not drop a CSV whose name matches no KPI file, even if a KPI inside another file has that id', () => {
    const files = [
      ...base,
      { path: 'kpis/rev-file.yaml', text: 'id: revenue\ntitle: Revenue\nowner: sam\nfrequency: monthly\ntarget: 10\n' },
      { path: 'kpis/revenue.csv', text: 'date,value\n2026-10-31,9\n' },
    ];
    expect(brief(files)).toEqual(['kpis/revenue.csv:1:1 orphan-csv measurements for a KPI "revenue" that has no definition']);
  });
});

describe('numberLike', () => {
  it('reads numbers written with thousands separators, percent signs or quotes', () => {
    expect(['1,000', '1_000', '1 000 000', '12 %', '42', '-3.5', '1,300,000.50'].map(numberLike)).toEqual([1000, 1000, 1000000, 12, 42, -3.5, 1300000.5]);
  });

  it('does not guess at text that only contains digits', () => {
    expect(['1 2 3', '12,34', 'abc', '1,000,00', '9'.repeat(40)].map(numberLike)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('a text field read as no value', () => {
  const titled = (line: string) => [...base, { path: 'objectives/2026-q4/acme/a.md', text: `---\n${line}\nowner: dana\nkey_results:\n  - { title: x, target: 2 }\n  - { title: y, target: 3 }\n---\n` }];
  const hint = (line: string) => loadRepository(titled(line)).problems.map((p) => `${p.line}:${p.column} ${p.message} | ${p.suggestion}`);

  it.each([
    ['left blank', 'title:', '2:7 "title" must be text, not empty | write the text after "title:"'],
    ['left blank with spaces after it', 'title:   ', '2:10 "title" must be text, not empty | write the text after "title:"'],
    ['left blank in a file with Windows line ends', 'title:\r', '2:7 "title" must be text, not empty | write the text after "title:"'],
    ['started with #, a comment to YAML', 'title: #1 brand', '2:8 "title" must be text, not empty | write the text after "title:", in quotes if it starts with # (YAML reads the rest of a line from # on as a comment)'],
    ['written ~', 'title: ~', '2:8 "title" must be text, not empty | YAML reads ~ as no value: write the text after "title:", or "~" in quotes if that is the text'],
    ['written null', 'title: null # tbd', '2:8 "title" must be text, not empty | YAML reads null as no value: write the text after "title:", or "null" in quotes if that is the text'],
  ])('says what to write when the title is %s', (_, line, expected) => {
    expect(hint(line)).toEqual([expected]);
  });
});
