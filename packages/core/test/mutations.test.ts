/**
 * Robustness: thousands of small edits of the demo's files, of the kinds people make by hand
 * (a character gone, a line doubled, a quote or colon too many, an indent lost). Whatever the
 * edit, loading and checking must not throw, every problem must point inside the file it names,
 * and the same input must give the same problems. Seeded, so a failure can be replayed.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prng } from '../bench/generate.js';
import { buildSnapshot, checkRepository, loadRepository, readGoalsFolder, type CheckedCache, type SourceFile } from '../src/node.js';

const ACME = fileURLToPath(new URL('../../../examples/acme/', import.meta.url));

const INSERTS = [':', ': ', '#', ' #', '"', "'", '-', '- ', '[', ']', '{', '}', ',', '\t', '*a', '&a ', '!!int ', '|', '>', '---', '\n', '  ', '1,000', '%', '\u0000', '\uFFFD'];

type Edit = (text: string, random: () => number) => string;

const at = (text: string, random: () => number): number => Math.floor(random() * (text.length + 1));
const lines = (text: string): string[] => text.split('\n');

const EDITS: Edit[] = [
  (text, random) => {
    const i = at(text, random);
    return text.slice(0, i) + text.slice(i + 1);
  },
  (text, random) => {
    const i = at(text, random);
    return text.slice(0, i) + (INSERTS[Math.floor(random() * INSERTS.length)] as string) + text.slice(i);
  },
  (text, random) => {
    const all = lines(text);
    const i = Math.floor(random() * all.length);
    all.splice(i, 0, all[i] as string);
    return all.join('\n');
  },
  (text, random) => {
    const all = lines(text);
    all.splice(Math.floor(random() * all.length), 1);
    return all.join('\n');
  },
  (text, random) => {
    const all = lines(text);
    const i = Math.floor(random() * all.length);
    all[i] = (all[i] as string).replace(/^ +/, '');
    return all.join('\n');
  },
  (text, random) => text.slice(0, at(text, random)),
];

/** The files left as they were are read once, through an in-memory cache; the edited one afresh. */
function memoryCache(): CheckedCache {
  const values = new Map<string, unknown>();
  return {
    get: (kind, text) => values.get(`${kind}\u0000${text}`),
    set: (kind, text, value) => void values.set(`${kind}\u0000${text}`, value),
  };
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
    const random = prng(7);
    const cache = memoryCache();
    for (let n = 0; n < 800; n += 1) {
      const file = editable[Math.floor(random() * editable.length)] as SourceFile;
      let text = file.text;
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e += 1) text = (EDITS[Math.floor(random() * EDITS.length)] as Edit)(text, random);
      checkEdited(files, { path: file.path, text }, cache, n % 4 === 0);
    }
  }, 120_000);
});
