import type { z } from 'zod';
import type { SourceDoc } from '../source/position.js';
import { zodProblems } from '../validate/zod-problems.js';
import type { Repository } from './model.js';
import type { SetAside } from './plain-lists.js';

/** A file's value as its schema outputs it, or undefined once its problems are reported. */
export function schemaChecked<T>(
  repo: Repository,
  schema: z.ZodType<T>,
  doc: SourceDoc,
  onChecked?: (data: T) => void,
  whole?: string,
  setAside?: (value: unknown) => SetAside<T> | null,
): T | undefined {
  const value = doc.value ?? {};
  const aside = setAside?.(value) ?? null;
  const result = schema.safeParse(aside ? aside.value : value);
  if (!result.success) {
    // Set-aside lists pass the schema by construction, so the problems are the same either way.
    repo.problems.push(...zodProblems(result.error.issues, schema, value, doc.at, whole, repo.texts.get(doc.file)));
    return undefined;
  }
  const data = aside ? aside.restore(result.data) : result.data;
  onChecked?.(data);
  return data;
}
