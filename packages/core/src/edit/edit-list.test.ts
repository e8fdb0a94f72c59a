import { describe, expect, it } from 'vitest';
import { EditError, editList } from './edit-list.js';

const checkin = { date: '2026-11-20', value: 2, confidence: 0.9, note: 'Second line: shipped', by: 'priya' };

describe('editList on an objective written as markdown', () => {
  const objective = [
    '---',
    '# Owned by the product team; ask in #product before changing the weight.',
    'title: "Launch two products"   # the title as the board approved it',
    'owner: dana',
    'key_results:',
    '  - id: launch',
    "    title: 'Launch ''Bamboo'' and ''Cork'''",
    '    start: 0',
    '    target: 2',
    '    checkins:',
    '      - { date: 2026-10-06, value: 0, note: "Both lines in testing" }  # week 1',
    '      - { date: 2026-10-20, value: 1, note: "Bamboo shipped" }',
    '    # next check-in due after the Cork review',
    '  - id: partners',
    '    title: Sign partners',
    '    target: 3',
    '---',
    'Why this matters:',
    '',
    '\t- a tab-indented line stays as it is',
    '',
  ].join('\n');

  it('adds a flow row after the last one, in the same quoting, and changes no other byte', () => {
    const out = editList(objective, 'objectives/q4/acme/launch.md', { list: ['key_results', 0, 'checkins'], entry: checkin });
    const lines = objective.split('\n');
    lines.splice(12, 0, '      - { date: 2026-11-20, value: 2, confidence: 0.9, note: "Second line: shipped", by: priya }');
    expect(out).toBe(lines.join('\n'));
  });

  it('adds the checkins key, with its first row, to a key result that has none', () => {
    const out = editList(objective, 'launch.md', { list: ['key_results', 1, 'checkins'], entry: { date: '2026-11-20', value: 1 } });
    const lines = objective.split('\n');
    lines.splice(16, 0, '    checkins:', '      - { date: 2026-11-20, value: 1 }');
    expect(out).toBe(lines.join('\n'));
  });

  it('replaces one row in place', () => {
    const out = editList(objective, 'launch.md', { list: ['key_results', 0, 'checkins'], entry: { date: '2026-10-20', value: 2, note: 'Both shipped' }, replace: 1 });
    expect(out).toBe(objective.replace('{ date: 2026-10-20, value: 1, note: "Bamboo shipped" }', '{ date: 2026-10-20, value: 2, note: "Both shipped" }'));
  });

  it('keeps CRLF line endings and a byte-order mark', () => {
    const crlf = `\uFEFF${objective.replaceAll('\n', '\r\n')}`;
    const out = editList(crlf, 'launch.md', { list: ['key_results', 1, 'checkins'], entry: { date: '2026-11-20', value: 1 } });
    const expected = `\uFEFF${objective.replace('    target: 3\n', '    target: 3\n    checkins:\n      - { date: 2026-11-20, value: 1 }\n').replaceAll('\n', '\r\n')}`;
    expect(out).toBe(expected);
  });

  it('refuses a markdown file without front matter', () => {
    expect(() => editList('Just a story.\n', 'x.md', { list: ['key_results', 0, 'checkins'], entry: checkin })).toThrow(
      new EditError('x.md has no front matter between two "---" lines to add to'),
    );
  });

  it('refuses a key result that is not there', () => {
    expect(() => editList(objective, 'x.md', { list: ['key_results', 5, 'checkins'], entry: checkin })).toThrow('cannot find key_results[5] to add to');
  });
});

describe('editList on block mappings, compact lists and a missing last newline', () => {
  const yaml = [
    'title: X',
    'key_results:',
    '- id: a',
    '  title: A',
    '  target: 3',
    '  checkins:',
    "  - date: '2026-01-01'",
    '    value: 1',
    "    note: 'it''s late'",
    '- id: b',
    '  title: B',
    '  target: 2',
  ].join('\n');

  it('writes a block mapping where the list has them, quoted as its neighbours are', () => {
    const out = editList(yaml, 'x.yaml', { list: ['key_results', 0, 'checkins'], entry: checkin });
    expect(out).toBe(
      yaml.replace(
        "    note: 'it''s late'\n",
        "    note: 'it''s late'\n  - date: '2026-11-20'\n    value: 2\n    confidence: 0.9\n    note: 'Second line: shipped'\n    by: priya\n",
      ),
    );
  });

  it('adds to the last key result of a file without a last newline, and adds none', () => {
    const out = editList(yaml, 'x.yaml', { list: ['key_results', 1, 'checkins'], entry: { date: '2026-11-20', value: 1 } });
    expect(out).toBe(`${yaml}\n  checkins:\n  - date: '2026-11-20'\n    value: 1`);
  });
});

describe('editList on JSON', () => {
  const json = '{\n  "title": "X",\n  "measurements": [\n    { "date": "2026-01-31", "value": 1 },\n    { "date": "2026-02-28", "value": 2 }\n  ]\n}\n';

  it('adds an item on a line of its own, as JSON', () => {
    const out = editList(json, 'kpis/x.json', { list: ['measurements'], entry: { date: '2026-03-31', value: 3, note: 'a "quoted" word' } });
    expect(out).toBe(json.replace('"value": 2 }\n', '"value": 2 },\n    { "date": "2026-03-31", "value": 3, "note": "a \\"quoted\\" word" }\n'));
    expect(JSON.parse(out).measurements).toHaveLength(3);
  });

  it('adds a missing list to a one-line object', () => {
    const out = editList('{"title": "X"}', 'kpis/x.json', { list: ['measurements'], entry: { date: '2026-03-31', value: 3 } });
    expect(out).toBe('{"title": "X", "measurements": [{ "date": "2026-03-31", "value": 3 }]}');
  });
});

describe('editList on a file that is a list', () => {
  it('keeps the blank line between entries', () => {
    const periods = '# Periods\n- id: "2026"\n  start: 2026-01-01\n\n- id: 2026-q4\n  start: 2026-10-01\n';
    expect(editList(periods, 'periods.yaml', { list: [], entry: { id: '2027', start: '2027-01-01' } })).toBe(`${periods}\n- id: "2027"\n  start: 2027-01-01\n`);
  });

  it('writes a plain string in quotes when plain would read as something else', () => {
    const teams = '- id: acme\n  name: Acme\n';
    expect(editList(teams, 'teams.yaml', { list: [], entry: { id: 'no', name: 'Ops: #1, [EU]' } })).toBe(`${teams}- id: "no"\n  name: "Ops: #1, [EU]"\n`);
  });
});

describe('editList with lists of words and a preferred layout', () => {
  it('writes a list of words as a flow list', () => {
    const teams = '- id: acme\n  name: Acme\n  owners: [dana]\n';
    expect(editList(teams, 'teams.yaml', { list: [], entry: { id: 'ops', name: 'Ops', parent: 'acme', owners: ['sam', 'lee'] } })).toBe(
      `${teams}- id: ops\n  name: Ops\n  parent: acme\n  owners: [sam, lee]\n`,
    );
  });

  it('writes the first key result of an objective as a block mapping when asked to', () => {
    const text = '---\ntitle: Grow\nowner: dana\n---\nWhy.\n';
    expect(editList(text, 'o.md', { list: ['key_results'], entry: { id: 'kr-one', title: 'Reach 3', start: 0, target: 3 }, layout: 'block' })).toBe(
      '---\ntitle: Grow\nowner: dana\nkey_results:\n  - id: kr-one\n    title: Reach 3\n    start: 0\n    target: 3\n---\nWhy.\n',
    );
  });
});

describe('editList on flow mappings', () => {
  it('adds check-ins inside a key result written on one line, then a second one to that list', () => {
    const text = '---\ntitle: Flow\nkey_results:\n  - { id: a, title: A, start: 0, target: 3 }\n---\n';
    const once = editList(text, 'o.md', { list: ['key_results', 0, 'checkins'], entry: { date: '2026-11-15', value: 1 } });
    expect(once).toBe('---\ntitle: Flow\nkey_results:\n  - { id: a, title: A, start: 0, target: 3, checkins: [{ date: 2026-11-15, value: 1 }] }\n---\n');
    const twice = editList(once, 'o.md', { list: ['key_results', 0, 'checkins'], entry: { date: '2026-11-16', value: 2 } });
    expect(twice).toBe(
      '---\ntitle: Flow\nkey_results:\n  - { id: a, title: A, start: 0, target: 3, checkins: [{ date: 2026-11-15, value: 1 }, { date: 2026-11-16, value: 2 }] }\n---\n',
    );
  });
});
