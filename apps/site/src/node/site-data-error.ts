import type { Problem } from '@cairn/core';

/**
 * The goals folder holds errors, so no site is built: thrown before anything is written. It
 * carries core's problems and the texts of the files, so a caller can print them with context.
 */
export class SiteDataError extends Error {
  override name = 'SiteDataError';
  readonly problems: Problem[];
  readonly texts: Map<string, string>;
  readonly goalsDir: string;

  constructor(goalsDir: string, problems: Problem[], texts: Map<string, string>) {
    const errors = problems.filter((p) => p.severity === 'error');
    const first = errors[0];
    const where = first ? ` (first: ${first.file}:${first.line}:${first.column} ${first.message})` : '';
    super(`${goalsDir} has ${errors.length} error${errors.length === 1 ? '' : 's'}; the site is not built${where}`);
    this.goalsDir = goalsDir;
    this.problems = problems;
    this.texts = texts;
  }
}
