import type { Position } from '../source/position.js';
import { didYouMean } from './suggest.js';

export type Severity = 'error' | 'warning';

/** Everything a user needs to fix one thing: where, what, and (when we can tell) how. */
export interface Problem {
  /** Stable kebab-case identifier, for filtering and tests. */
  code: string;
  severity: Severity;
  message: string;
  suggestion?: string | undefined;
  file: string;
  line: number;
  column: number;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** What a check calls with each problem it finds. */
export type Report = (problem: Problem) => void;

/** A problem at a place in a file. */
export function problemAt(code: string, message: string, where: Position, suggestion?: string, severity: Severity = 'error'): Problem {
  return { code, severity, message, suggestion, ...where };
}

/** A problem of a reference or a rule between files, at the place that holds it. */
export const refProblem = problemAt;

/** An unknown reference, with a did-you-mean among the ids that do exist. */
export function unknownRef(kind: string, id: string, known: Iterable<string>, where: Position): Problem {
  return refProblem(`unknown-${kind.toLowerCase().replace(/\s+/g, '-')}`, `unknown ${kind} "${id}"`, where, didYouMean(id, known));
}
