import { relative } from 'node:path';
import type { Problem } from '@cairn/core';
import { codeQualityProblems, githubProblems, jsonProblems, prettyProblems, summary, type ProblemFormat } from '../format/problems.js';
import { goalsPaths, isNamed, loadGoals, type CacheOptions } from '../goals.js';
import { escapeControl } from '../format/escape-control.js';
import type { Output } from '../output.js';

export interface ValidateOptions extends CacheOptions {
  format: ProblemFormat;
  strict: boolean;
}

/**
 * Exit code 1 when any error remains (with --strict, warnings count as errors). Given files
 * rather than a folder, the whole goals folder around them is checked (references cross files)
 * and only the problems in those files are reported, as a pre-commit hook wants.
 */
export async function validateCommand(paths: readonly string[], options: ValidateOptions, output: Output): Promise<number> {
  const { dir, parts } = await goalsPaths(paths);
  // A folder named as it is goes into messages as the user wrote it.
  const goals = await loadGoals(parts === null && paths.length === 1 ? paths[0] : relative(process.cwd(), dir) || '.', options);
  for (const file of parts?.files ?? []) {
    if (!goals.repo.texts.has(file)) output.err(output.colours.dim(`note: ${escapeControl(relative(process.cwd(), `${goals.dir}/${file}`))} is not a file Cairn reads (see the layout in docs/data-format.md); skipped`));
  }
  const shown = goals.problems.filter((p) => isNamed(parts, p.file));
  const problems: Problem[] = options.strict ? shown.map((p) => ({ ...p, severity: 'error' })) : shown;
  const failed = problems.some((p) => p.severity === 'error');
  // Files that could not be read as text are not in repo.texts but still count as checked.
  const checked = [...new Set([...goals.repo.texts.keys(), ...goals.problems.map((p) => p.file)])].filter((file) => isNamed(parts, file)).length;
  const files = `${checked.toLocaleString('en-GB')} ${checked === 1 ? 'file' : 'files'}`;
  if (options.format === 'json') {
    output.out(jsonProblems(problems));
  } else if (options.format === 'codequality') {
    // GitLab reads the report from a file named in the job: an empty list is a clean report.
    output.out(codeQualityProblems(problems, relative(process.cwd(), goals.dir)));
  } else if (options.format === 'github') {
    if (problems.length > 0) output.out(githubProblems(problems, relative(process.cwd(), goals.dir)));
  } else if (problems.length === 0) {
    output.out(output.colours.green(`✔ ${files} checked: no problems`));
  } else {
    output.out(prettyProblems(problems, goals.repo.texts, goals.dir, output));
    if (!failed) output.out(output.colours.dim(`(${files} checked; warnings do not fail validation unless --strict)`));
  }
  if (options.format !== 'pretty' && failed) output.err(summary(problems, { ...output, colours: output.colours }));
  return failed ? 1 : 0;
}
