import pc from 'picocolors';
import { colourEnabled, screenColumns, type Output } from '../src/output.js';
import { main } from '../src/program.js';
import { cairnEnv, TEST_DIR, type CairnResult, type RunOptions } from './run-cairn.js';

/**
 * Runs `cairn …args` in this process through `main(argv, output)`, as the built binary would
 * with piped (non-TTY) standard streams: same exit code, same text on each stream, same
 * working folder and environment (see cairnEnv), in a fraction of the time of a new Node.
 */
export function runMain(args: readonly string[], options: RunOptions = {}): Promise<CairnResult> {
  // The working folder and environment belong to the whole process: one run at a time, in call order.
  const run = queue.last.then(() => runNow(args, options));
  queue.last = run.catch(() => undefined);
  return run;
}

/** The run in progress, which the next one waits for; a test helper's only shared state. */
const queue: { last: Promise<unknown> } = { last: Promise.resolve() };

async function runNow(args: readonly string[], options: RunOptions): Promise<CairnResult> {
  const env = cairnEnv(options.env);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const output: Output = {
    out: (text) => stdout.push(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => stderr.push(text.endsWith('\n') ? text : `${text}\n`),
    colours: pc.createColors(colourEnabled(env, false)),
    columns: screenColumns(env, { isTTY: false }),
  };
  const savedEnv = process.env;
  const savedCwd = process.cwd();
  process.env = env;
  process.chdir(options.cwd ?? TEST_DIR);
  try {
    const code = await main(args, output);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    process.chdir(savedCwd);
    process.env = savedEnv;
  }
}
