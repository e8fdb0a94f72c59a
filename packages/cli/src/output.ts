import pc from 'picocolors';

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  colours: ReturnType<typeof pc.createColors>;
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
  };
}

/** A mistake in how cairn was called (exit code 2), as opposed to bad data (exit code 1). */
export class UsageError extends Error {
  override name = 'UsageError';
}
