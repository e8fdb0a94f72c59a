import pc from 'picocolors';

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  colours: ReturnType<typeof pc.createColors>;
  /** The width to fit tables to, or undefined for no limit (output piped to a file or a program). */
  columns?: number | undefined;
  /** Ends a command that serves until stopped (dev, preview); default: Ctrl+C or SIGTERM. Tests resolve it. */
  stop?: Promise<void> | undefined;
}

/** Colour only for a person at a terminal; NO_COLOR always wins, FORCE_COLOR forces it on. */
export function colourEnabled(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(isTTY) && env.TERM !== 'dumb';
}

export function processOutput(): Output {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    colours: pc.createColors(colourEnabled(process.env, process.stdout.isTTY)),
    columns: screenColumns(process.env, process.stdout),
  };
}

/** COLUMNS when it is set (as POSIX has it), else the terminal's width; none when not a terminal. */
export function screenColumns(env: NodeJS.ProcessEnv, stdout: { isTTY?: boolean; columns?: number }): number | undefined {
  const set = Number(env.COLUMNS);
  if (Number.isInteger(set) && set > 0) return set;
  return stdout.isTTY && stdout.columns ? stdout.columns : undefined;
}

/** A mistake in how cairn was called (exit code 2), as opposed to bad data (exit code 1). */
export class UsageError extends Error {
  override name = 'UsageError';
}
