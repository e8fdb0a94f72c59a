import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from './yaml-source.js';
import { quoteForYaml } from './yaml-syntax.js';

/** The one problem a YAML text gives, as a user reads it. */
function problemOf(text: string, file = 'goal.yaml'): { line: number; column: number; message: string; suggestion?: string } {
  const { problems } = parseYamlSource(file, text);
  expect(problems, text).toHaveLength(1);
  const [{ line, column, message, suggestion }] = problems as [(typeof problems)[number]];
  return { line, column, message, suggestion };
}

/** What a hint tells the writer to paste into the file. */
const pasted = (suggestion: string | undefined): string => (suggestion ?? '').replace(/^(put the value in quotes: |write )/, '');

describe('YAML syntax errors in the words of a goals file', () => {
  it('a colon in a value: the hint is the value in quotes, up to a comment', () => {
    expect(problemOf('title: Retail: sells through # why\nowner: jonas\n')).toEqual({
      line: 1,
      column: 8,
      message: 'this value holds a colon and a space (": "), which YAML reads as the start of another field',
      suggestion: 'put the value in quotes: "Retail: sells through"',
    });
  });

  it('a colon in a list item', () => {
    expect(problemOf('tags:\n  - a: b: c\n').suggestion).toBe('put the value in quotes: "b: c"');
  });

  it('a value starting with a reserved sign: @, ` and %', () => {
    expect(problemOf('owner: @jonas\n')).toMatchObject({ column: 8, message: 'a value that starts with @ must be in quotes', suggestion: 'write "@jonas"' });
    expect(problemOf('note: `rm` was run\n')).toMatchObject({ message: 'a value that starts with ` must be in quotes', suggestion: 'write "`rm` was run"' });
    expect(problemOf('note: %done\n').suggestion).toBe('write "%done"');
    expect(problemOf('checkins:\n  - { by: @jonas, value: 1 }\n')).toMatchObject({ line: 2, column: 11, suggestion: 'write "@jonas"' });
  });

  it('a quote inside quotes is pointed at, with the value written the other way', () => {
    expect(problemOf("title: 'it's ours'\n")).toEqual({
      line: 1,
      column: 11,
      message: "an apostrophe (') inside this single-quoted value ends it early",
      suggestion: `write the apostrophe twice ('') inside single quotes, or use double quotes: "it's ours"`,
    });
    expect(problemOf('title: "say "hi" now"\n')).toMatchObject({
      column: 13,
      message: 'a double quote (") inside this double-quoted value ends it early',
      suggestion: `write it as \\" inside double quotes, or use single quotes: 'say "hi" now'`,
    });
    expect(problemOf("c:\n  - { note: 'it's ok', by: x }\n")).toMatchObject({ line: 2, column: 16, suggestion: `write the apostrophe twice ('') inside single quotes, or use double quotes: "it's ok"` });
  });

  it('a quote that never closes is reported where it opens', () => {
    expect(problemOf('title: "Grow revenue\nowner: dana\n')).toEqual({ line: 1, column: 8, message: 'this quoted value has no closing "', suggestion: 'end the value with "' });
    expect(problemOf('a: 1\ntitle: "say \\"hi\\" now\n')).toMatchObject({ line: 2, column: 8 });
  });

  it('an alias without its anchor is named, at the alias', () => {
    expect(problemOf('owner: dana\nteam: *acme\n')).toEqual({
      line: 2,
      column: 7,
      message: '*acme is read as a YAML alias, but no anchor &acme is set',
      suggestion: 'put the value in quotes if it is text: "*acme"',
    });
  });

  it('a line out of step with its block gives both indentations, at the line, and the column to line up with', () => {
    expect(problemOf('key_results:\n  - id: a\n    unit: x\n  checkins:\n    - 1\n')).toEqual({
      line: 4,
      column: 3,
      message: 'this line is indented by 2 spaces and the line above by 4 spaces; the fields of one block start in the same column',
      suggestion: 'line it up with "unit:" above, at 4 spaces (indent with spaces only)',
    });
    expect(problemOf('title: x\n owner: y\n')).toMatchObject({
      line: 2,
      column: 2,
      message: 'this line is indented by 1 space and the line above by 0 spaces; the fields of one block start in the same column',
      suggestion: 'line it up with "title:" above, at 0 spaces (indent with spaces only)',
    });
    expect(problemOf('key_results:\n  - id: a\n    checkins:\n      - { value: 1 }\n   title: x\n')).toMatchObject({ line: 5, column: 4 });
  });

  it('a field under a list item is compared with the fields of the item, after its "- "', () => {
    expect(problemOf('key_results:\n  - id: referral-signups\n      title: Referral sign-ups\n    start: 0\n')).toEqual({
      line: 3,
      column: 7,
      message: 'this line is indented by 6 spaces and the fields of the list item above by 4 spaces; the fields of one block start in the same column',
      suggestion: 'line it up with "id:" above, at 4 spaces (indent with spaces only)',
    });
  });

  it('a list item out of step is compared with the item before it', () => {
    expect(problemOf('key_results:\n  - id: a\n    unit: x\n - id: b\n')).toMatchObject({
      line: 4,
      column: 2,
      message: 'this list item is indented by 1 space and the item before it by 2 spaces; the items of one list start in the same column',
      suggestion: 'line it up with the "-" of the item before it, at 2 spaces (indent with spaces only)',
    });
  });

  it('a tab in an indent is named as a tab, with the spaces to write instead', () => {
    expect(problemOf('key_results:\n  - id: a\n    start: 0\n  \t  target: 45\n')).toEqual({
      line: 4,
      column: 3,
      message: 'a tab indents this line (after 2 spaces); YAML needs spaces for indentation',
      suggestion: 'replace the tab with spaces: line it up with "start:" above, at 4 spaces',
    });
    expect(problemOf('key_results:\n  - id: a\n    start: 0\n\ttarget: 45\n')).toMatchObject({
      line: 4,
      message: 'a tab indents this line; YAML needs spaces for indentation',
      suggestion: 'replace the tab with spaces: line it up with "start:" above, at 4 spaces',
    });
    expect(problemOf('key_results:\n  - id: a\n    checkins:\n\t- { date: 2026-11-02, value: 3 }\n').suggestion).toBe('replace the tab with spaces: indent it further than "checkins:" above, e.g. by 6 spaces');
  });

  it('a dash without a space after it is named, with the line as it should read', () => {
    expect(problemOf('key_results:\n  - id: a\n  -id: b\n    title: c\n')).toEqual({
      line: 3,
      column: 3,
      message: 'a "-" that starts a list item needs a space after it',
      suggestion: 'write "- id: b"',
    });
  });

  it('only the first syntax error of a file: the ones after it follow from it', () => {
    const { problems } = parseYamlSource('goal.yaml', 'title: x\n owner: y\n  team: z\nkey_results: [a\n');
    expect(problems.map((problem) => problem.line)).toEqual([2]);
  });

  it('JSON keeps the parser words: YAML quoting hints would mislead there', () => {
    expect(problemOf('{ "owner": @jonas }', 'goal.json')).toMatchObject({ message: 'this is not valid JSON: Plain value cannot start with reserved character @', suggestion: undefined });
  });

  it('never throws, and every problem points inside the text, whatever is typed', () => {
    const piece = fc.constantFrom('title', 'owner', ': ', ':', ' ', '  ', '\n', '\n  ', '\n    ', '- ', '-', '#', "'", '"', '\\', '{', '}', '[', ']', ',', '@', '*', '&', '!', '%', '`', '|', '>', '?', 'a', '1', '\t', '\r\n', '---');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const lines = text.split('\n');
        for (const problem of parseYamlSource('goal.yaml', text).problems) {
          expect(problem.message.length, text).toBeGreaterThan(0);
          expect(problem.line, text).toBeGreaterThanOrEqual(1);
          expect(problem.line, text).toBeLessThanOrEqual(lines.length);
          expect(problem.column, text).toBeGreaterThanOrEqual(1);
          expect(problem.column, text).toBeLessThanOrEqual((lines[problem.line - 1]?.length ?? 0) + 1);
        }
      }),
      { seed: 20261123, numRuns: 5000 },
    );
  });

  it('what a hint says to write reads back as the text that was meant', () => {
    const text = fc.stringMatching(/^[A-Za-z0-9@`%*:'" ,#\\-]{1,30}$/).map((value) => value.trim()).filter((value) => value !== '');
    fc.assert(
      fc.property(text, (value) => {
        expect(parse(`title: ${quoteForYaml(value)}\n`)).toEqual({ title: value });
      }),
      { seed: 20261123, numRuns: 2000 },
    );
  });

  it('a title with a colon or a leading sign, pasted as the hint says, is read as written', () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9'"]{0,8}$/);
    const title = fc.oneof(
      fc.tuple(word, word).map(([a, b]) => `${a}: ${b}`),
      fc.tuple(fc.constantFrom('@', '`', '%'), word).map(([sign, rest]) => `${sign}${rest}`),
    );
    fc.assert(
      fc.property(title, (value) => {
        const { suggestion } = problemOf(`title: ${value}\nowner: dana\n`);
        expect(parse(`title: ${pasted(suggestion)}\n`)).toEqual({ title: value });
      }),
      { seed: 20261123, numRuns: 1000 },
    );
  });
});
