import type { Located, Repository } from '../load/model.js';
import { idKinds } from './id-kinds.js';
import { refProblem, type Report } from './problem.js';

/**
 * Ids that differ only in case (`Eco-Leader` and `eco-leader`) name two things in Cairn but one
 * file on macOS and Windows, and one page of the site: an error at both, like a duplicate.
 */
export function checkIdCase(repo: Repository, report: Report): void {
  for (const [kind, items] of idKinds(repo)) {
    const first = new Map<string, Located<{ id: string }>>();
    for (const item of items) {
      const folded = item.data.id.normalize('NFKC').toLowerCase();
      const seen = first.get(folded);
      if (!seen) {
        first.set(folded, item);
        continue;
      }
      // Ids equal to the letter are reported as duplicates already.
      if (seen.data.id === item.data.id) continue;
      const hint = 'ids differing only in case collide on macOS and Windows: rename one (ids are lowercase)';
      const where = (located: Located<{ id: string }>) => located.at(['id']);
      const format = (p: { file: string; line: number; column: number }) => `${p.file}:${p.line}:${p.column}`;
      report(refProblem('duplicate-id', `${kind} id "${item.data.id}" differs only in case from "${seen.data.id}" at ${format(where(seen))}`, where(item), hint));
      report(refProblem('duplicate-id', `${kind} id "${seen.data.id}" differs only in case from "${item.data.id}" at ${format(where(item))}`, where(seen), hint));
    }
  }
}
