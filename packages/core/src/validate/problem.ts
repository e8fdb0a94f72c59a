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
