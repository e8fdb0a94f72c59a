import { describe, expect, it } from 'vitest';
import { checkRepository, loadRepository, type Problem, type SourceFile } from '../index.js';

const BASE: SourceFile[] = [
  { path: 'periods.yaml', text: '- { id: 2026-q4, start: 2026-10-01, end: 2026-12-31 }\n' },
  { path: 'teams.yaml', text: '- { id: acme, name: Acme }\n' },
];
const OBJECTIVE = '---\ntitle: Lead\nowner: dana\nkey_results:\n  - { title: A, target: 1 }\n  - { title: B, target: 1 }\n---\n';
const KPI = 'title: Sales\nowner: dana\ntarget: 5\nfrequency: monthly\n';

function problems(...files: SourceFile[]): Pick<Problem, 'file' | 'line' | 'column' | 'code' | 'message' | 'suggestion'>[] {
  return checkRepository(loadRepository([...BASE, ...files])).map(({ file, line, column, code, message, suggestion }) => ({ file, line, column, code, message, suggestion }));
}

const RULE = 'a lowercase slug (letters a-z, digits and "-", starting with a letter or digit)';

describe('an id taken from a file name follows the id rule', () => {
  it.each([
    ['with space.md', 'with space', 'with-space.md'],
    ['line\nbreak.md', 'line\\nbreak', 'line-break.md'],
    ['comma,colon:.md', 'comma,colon:', 'comma-colon.md'],
    ['ＥＣＯ-leader.md', 'ＥＣＯ-leader', 'eco-leader.md'],
    ['Eco-Leader.md', 'Eco-Leader', 'eco-leader.md'],
    ['café.md', 'café', 'cafe.md'],
  ])('objectives/…/%j gets a located problem and a name to rename it to', (name, shown, renamed) => {
    const file = `objectives/2026-q4/acme/${name}`;
    expect(problems({ path: file, text: OBJECTIVE })).toEqual([
      {
        file,
        line: 1,
        column: 1,
        code: 'invalid-file-name',
        message: `the file name "${shown}" is this objective's id, and an id must be ${RULE}`,
        suggestion: `rename the file to ${renamed}, or write id: ${renamed.replace(/\.md$/, '')} in it`,
      },
    ]);
  });

  it('holds KPI file names to the same rule', () => {
    expect(problems({ path: 'kpis/Eco Sales.yaml', text: KPI })).toEqual([
      {
        file: 'kpis/Eco Sales.yaml',
        line: 1,
        column: 1,
        code: 'invalid-file-name',
        message: `the file name "Eco Sales" is this KPI's id, and an id must be ${RULE}`,
        suggestion: 'rename the file to eco-sales.yaml, or write id: eco-sales in it',
      },
    ]);
  });

  it('says what to do when no letter of the name is left for a slug', () => {
    const [found] = problems({ path: 'objectives/2026-q4/acme/目標.md', text: OBJECTIVE });
    expect(found?.suggestion).toBe('rename the file using letters a-z, digits and "-", or write id: in it');
  });

  it('leaves the file name alone when the file writes its id', () => {
    expect(problems({ path: 'objectives/2026-q4/acme/Eco Leader.md', text: OBJECTIVE.replace('title: Lead', 'id: eco-leader\ntitle: Lead') })).toEqual([]);
  });

  it('lets a parent name an objective whose file name is a slug, and refuses one that is not', () => {
    const child = (parent: string): SourceFile => ({ path: 'objectives/2026-q4/acme/child.md', text: OBJECTIVE.replace('title: Lead', `title: Child\nparent: ${parent}`) });
    expect(problems({ path: 'objectives/2026-q4/acme/eco-leader.md', text: OBJECTIVE }, child('eco-leader'))).toEqual([]);
    expect(problems({ path: 'objectives/2026-q4/acme/Eco-Leader.md', text: OBJECTIVE }, child('Eco-Leader')).map((p) => p.code)).toEqual(['invalid-format', 'invalid-file-name']);
  });
});

describe('ids that differ only in case', () => {
  it('are an error at both, naming where the other is', () => {
    const found = problems({ path: 'objectives/2026-q4/acme/Eco-Leader.md', text: OBJECTIVE }, { path: 'objectives/2026-q4/acme/eco-leader.md', text: OBJECTIVE });
    const collisions = found.filter((p) => p.code === 'duplicate-id');
    expect(collisions.map((p) => [p.file, p.message])).toEqual([
      ['objectives/2026-q4/acme/eco-leader.md', 'objective id "eco-leader" differs only in case from "Eco-Leader" at objectives/2026-q4/acme/Eco-Leader.md:2:1'],
      ['objectives/2026-q4/acme/Eco-Leader.md', 'objective id "Eco-Leader" differs only in case from "eco-leader" at objectives/2026-q4/acme/eco-leader.md:2:1'],
    ]);
    expect(collisions[0]?.suggestion).toBe('ids differing only in case collide on macOS and Windows: rename one (ids are lowercase)');
  });

  it('between KPI files too', () => {
    const found = problems({ path: 'kpis/Sales.yaml', text: KPI }, { path: 'kpis/sales.yaml', text: KPI });
    expect(found.filter((p) => p.code === 'duplicate-id').map((p) => p.file)).toEqual(['kpis/sales.yaml', 'kpis/Sales.yaml']);
  });
});
