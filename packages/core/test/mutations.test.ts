/**
 * Robustness: hundreds of small edits of the demo's files, of the kinds people make by hand
 * (a character gone, a line doubled, a quote or colon too many, an indent lost). Whatever the
 * edit, loading and checking must not throw, every problem must point inside the file it names,
 * and the same input must give the same problems. fast-check, seeded: a failure is shrunk to the
 * smallest edit that still breaks, and prints it.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, checkRepository, loadRepository, readGoalsFolder, type CheckedCache, type SourceFile } from '../src/node/index.js';
import { memoryCache } from './memory-cache.js';

const ACME = fileURLToPath(new URL('../../../examples/acme/', import.meta.url));

const INSERTS = [':', ': ', '#', ' #', '"', "'", '-', '- ', '[', ']', '{', '}', ',', '\t', '*a', '&a ', '!!int ', '|', '>', '---', '\n', '  ', '1,000', '%', '\u0000', '\uFFFD'];

/** One hand edit; `at` is a share of the text (or of its lines), so it fits any file. */
type Edit =
  | { kind: 'delete' | 'cut'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'double line' | 'drop line' | 'unindent line'; at: number };

const share = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const anEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'cut' as const), at: share }),
  fc.record({ kind: fc.constant('insert' as const), at: share, text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 3 })) }),
  fc.record({ kind: fc.constantFrom('double line' as const, 'drop line' as const, 'unindent line' as const), at: share }),
);

function applyEdit(text: string, edit: Edit): string {
  const i = Math.floor(edit.at * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(edit.at * lines.length);
  switch (edit.kind) {
    case 'delete':
      return text.slice(0, i) + text.slice(i + 1);
    case 'cut':
      return text.slice(0, i);
    case 'insert':
      return text.slice(0, i) + edit.text + text.slice(i);
    case 'double line':
      lines.splice(line, 0, lines[line] as string);
      return lines.join('\n');
    case 'drop line':
      lines.splice(line, 1);
      return lines.join('\n');
    case 'unindent line':
      lines[line] = (lines[line] as string).replace(/^ +/, '');
      return lines.join('\n');
  }
}

function checkEdited(files: SourceFile[], edited: SourceFile, cache: CheckedCache, again: boolean): void {
  const input = files.map((file) => (file.path === edited.path ? edited : file));
  const repo = loadRepository(input, { cache });
  const problems = checkRepository(repo);
  const lineCount = new Map(input.map((file) => [file.path, file.text.split('\n').length]));
  for (const problem of problems) {
    const count = lineCount.get(problem.file);
    expect(count, `${edited.path}: a problem names a file that was not read: ${problem.file}`).toBeDefined();
    expect(problem.line, `${problem.file}: ${problem.message}`).toBeGreaterThanOrEqual(1);
    expect(problem.line, `${problem.file}: ${problem.message}`).toBeLessThanOrEqual((count as number) + 1);
    expect(problem.column, `${problem.file}: ${problem.message}`).toBeGreaterThanOrEqual(1);
    expect(problem.message.length).toBeGreaterThan(0);
  }
  // Same input, same problems; and data without errors can be scored.
  if (again) expect(checkRepository(loadRepository(input, { cache }))).toEqual(problems);
  if (!problems.some((p) => p.severity === 'error')) expect(() => buildSnapshot(repo, '2026-11-15')).not.toThrow();
}

describe('hand edits never break the loader', () => {
  it('survives 800 random edits of the demo files, with every problem inside its file', async () => {
    const files = await readGoalsFolder(ACME);
    // The long CSV series are left out of the edits: one edit there says little about another.
    const editable = files.filter((file) => !file.path.endsWith('.csv'));
    // The files left as they were are read once, through the cache; the edited one afresh.
    const cache = memoryCache();
    let run = 0;
    fc.assert(
      fc.property(fc.nat(editable.length - 1), fc.array(anEdit, { minLength: 1, maxLength: 3 }), (index, edits) => {
        const file = editable[index] as SourceFile;
        const text = edits.reduce(applyEdit, file.text);
        run += 1;
        checkEdited(files, { path: file.path, text }, cache, run % 4 === 0);
      }),
      { numRuns: 800, seed: 7 },
    );
  }, 120_000);
});
