import type { Output } from '../output.js';
import { serverStartError } from './site-flags.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Resolves on Ctrl+C or a termination signal, the usual ways to stop a server run from a terminal. */
export function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * Starts a server, says where it is, keeps it running until `stop` resolves, then closes it.
 * A server that cannot start (a busy port, nothing built) is a usage error with the site's own sentence.
 */
export async function serveUntilStopped(start: () => Promise<RunningServer>, what: string, output: Output, stop: Promise<void> = untilSignal()): Promise<number> {
  let server: RunningServer;
  try {
    server = await start();
  } catch (error) {
    throw serverStartError(error) ?? error;
  }
  output.out(`${what} at ${output.colours.cyan(server.url)}`);
  output.out(output.colours.dim('Press Ctrl+C to stop.'));
  await stop;
  await server.close();
  return 0;
}
