import pc from 'picocolors';
import { escapeControlKeepingColours } from './format/escape-control.js';

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

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write: (text: string) => unknown;
}

/**
 * Standard output and error. What goes to a terminal passes one more guard: any control
 * character that a command did not escape itself is written out (colours stay), so no text
 * from a goals file can act on the terminal; what goes to a file or a pipe is left exact.
 */
export function processOutput(streams: { stdout: Stream; stderr: Stream } = process, env: NodeJS.ProcessEnv = process.env): Output {
  const writer = (stream: Stream) => (text: string) => {
    const line = text.endsWith('\n') ? text : `${text}\n`;
    stream.write(stream.isTTY ? escapeControlKeepingColours(line) : line);
  };
  return {
    out: writer(streams.stdout),
    err: writer(streams.stderr),
    colours: pc.createColors(colourEnabled(env, streams.stdout.isTTY)),
    columns: screenColumns(env, streams.stdout),
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
