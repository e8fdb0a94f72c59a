import { SlugSchema } from '../schema/primitives.js';
import type { Problem } from '../validate/problem.js';
import { quoted } from '../validate/suggest.js';
import { baseName } from './classify.js';

/**
 * The slug closest to a name: accents and full-width letters made plain, lowercase, and every
 * run of other characters one "-". Empty when nothing of the name is left.
 */
export function slugFrom(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A file whose name is the id of what it holds (no `id:` written) follows the rule an `id:` field
 * does, so that `parent:`, `kpi:` and links can name it and two names cannot collide on a file
 * system that ignores case. Null when the name is a slug.
 */
export function fileNameIdProblem(path: string, kind: 'objective' | 'KPI'): Problem | null {
  const name = baseName(path);
  // The very schema an `id:` field is checked with: one rule wherever an id comes from.
  if (SlugSchema.safeParse(name).success) return null;
  const fileName = path.split('/').pop() ?? path;
  const extension = fileName.slice(name.length);
  const slug = slugFrom(name);
  return {
    code: 'invalid-file-name',
    severity: 'error',
    message: `the file name ${quoted(name)} is this ${kind}'s id, and an id must be a lowercase slug (letters a-z, digits and "-", starting with a letter or digit)`,
    suggestion: slug === '' ? `rename the file using letters a-z, digits and "-", or write id: in it` : `rename the file to ${slug}${extension}, or write id: ${slug} in it`,
    file: path,
    line: 1,
    column: 1,
  };
}
