import { spawnSync } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import type { Repository } from '@cairn/core';

/** The top of the git repository around a folder, or null outside one. */
export function gitTop(dir: string): string | null {
  const run = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
}

export interface CodeownersPlace {
  /** Where CODEOWNERS is written by default: the top of the git repository, else the goals folder. */
  file: string;
  /** The goals folder's path in the repository, the start of every pattern. */
  prefix: string;
}

export function codeownersPlace(goalsDir: string, repo: Repository): CodeownersPlace {
  const top = gitTop(goalsDir);
  const prefix = repo.config.site?.directory ?? (top === null ? '' : relative(top, goalsDir).split(sep).join('/'));
  return { file: join(top ?? goalsDir, 'CODEOWNERS'), prefix };
}

/** The rule lines of a CODEOWNERS text, comments and blank lines left out. */
export const codeownersRules = (text: string): string[] => text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));

/**
 * What makes a CODEOWNERS text differ from the one cairn would write: the rule lines missing from
 * it and those it should not have, or, when the rules are the same, that their order or comments differ.
 */
export function codeownersStaleness(current: string, expected: string): string[] {
  const have = codeownersRules(current);
  const want = codeownersRules(expected);
  const missing = want.filter((l) => !have.includes(l)).map((l) => `  missing line: ${l}`);
  const extra = have.filter((l) => !want.includes(l)).map((l) => `  extra line:   ${l}`);
  if (missing.length + extra.length > 0) return [...missing, ...extra];
  return ['  the same rules, but in another order or with other comments or blank lines'];
}
