import type { z } from 'zod';
import type { Period } from '../schema/period.js';
import type { Team } from '../schema/team.js';
import { scoped, type Locator, type SourceDoc } from '../source/position.js';
import { isRecord } from '../is-record.js';
import { problemAt } from '../validate/problem.js';
import { didYouMean } from '../validate/suggest.js';
import { zodProblems } from '../validate/zod-problems.js';
import type { Located, Repository } from './model.js';

/**
 * Reads periods.yaml or teams.yaml: a list, or `{ periods: [...] }` / `{ teams: [...] }`. Each
 * entry that passes its schema is kept; the ids of all are known, so a reference to an entry
 * with a problem is not reported as unknown too.
 */
export function readList<T extends Period | Team>(
  repo: Repository,
  doc: SourceDoc,
  name: 'periods' | 'teams',
  schema: z.ZodType<T>,
  into: Located<T>[],
  known: Set<string>,
): void {
  let items: unknown = doc.value;
  let at: Locator = doc.at;
  if (isRecord(items) && Array.isArray(items[name])) {
    for (const key of Object.keys(items)) {
      if (key !== name && key !== '$schema') {
        repo.problems.push(problemAt('unknown-field', `unknown field "${key}" beside ${name}`, doc.at([key], { key: true }), didYouMean(key, [name]) ?? `only ${name}: and $schema: belong here`));
      }
    }
    items = items[name];
    at = scoped(doc.at, [name]);
  }
  if (!Array.isArray(items)) {
    repo.problems.push(problemAt('not-a-list', `${doc.file} must be a list of ${name}, one "- id: …" entry each`, doc.at()));
    repo.unreadable.add(name);
    return;
  }
  items.forEach((item, index) => {
    const itemAt = scoped(at, [index]);
    if (isRecord(item) && typeof item.id === 'string') known.add(item.id);
    const result = schema.safeParse(item);
    if (result.success) into.push({ data: result.data, file: doc.file, at: itemAt });
    else repo.problems.push(...zodProblems(result.error.issues, schema, item, itemAt, undefined, repo.texts.get(doc.file)));
  });
}
