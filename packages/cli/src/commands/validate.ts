import { relative } from 'node:path';
import type { Problem } from '@cairn/core';
import { githubProblems, jsonProblems, prettyProblems, summary, type ProblemFormat } from '../format/problems.js';
import { loadGoals, type CacheOptions } from '../goals.js';
import type { Output } from '../output.js';

export interface ValidateOptions extends CacheOptions {
  format: ProblemFormat;
  strict: boolean;
}

/** Exit code 1 when any error remains (with --strict, warnings count as errors). */
export async function validateCommand(dir: string | undefined, options: ValidateOptions, output: Output): Promise<number> {
  const goals = await loadGoals(dir, options);
  const problems: Problem[] = options.strict ? goals.problems.map((p) => ({ ...p, severity: 'error' })) : goals.problems;
  const failed = problems.some((p) => p.severity === 'error');
  if (options.format === 'json') {
    output.out(jsonProblems(problems));
  } else if (options.format === 'github') {
    if (problems.length > 0) output.out(githubProblems(problems, relative(process.cwd(), goals.dir)));
  } else if (problems.length === 0) {
    output.out(output.colours.green(`✔ ${goals.repo.texts.size.toLocaleString('en-GB')} files checked: no problems`));
  } else {
    output.out(prettyProblems(problems, goals.repo.texts, goals.dir, output));
    if (!failed) output.out(output.colours.dim(`(${goals.repo.texts.size} files checked; warnings do not fail validation unless --strict)`));
  }
  if (options.format !== 'pretty' && failed) output.err(summary(problems, { ...output, colours: output.colours }));
  return failed ? 1 : 0;
}
