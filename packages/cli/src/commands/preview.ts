import type { Output } from '../output.js';
import { serveUntilStopped } from './serve.js';
import { checkBase, checkPort, shownPath } from './site-flags.js';

export interface PreviewOptions {
  out?: string | undefined;
  port?: string | undefined;
  host?: string | undefined;
  base?: string | undefined;
}

/** Serves a built site as a static host would, headers included, until stopped. */
export async function previewCommand(options: PreviewOptions, output: Output, stop?: Promise<void>): Promise<number> {
  const port = checkPort(options.port);
  const base = checkBase(options.base);
  const site = await import('@cairn/site');
  const outDir = options.out ?? site.defaultOutDir('.');
  return serveUntilStopped(
    () =>
      site.previewSite({
        outDir,
        ...(port === undefined ? {} : { port }),
        ...(options.host === undefined ? {} : { host: options.host }),
        ...(base === undefined ? {} : { base }),
      }),
    `Serving the site built in ${shownPath(outDir)}`,
    output,
    stop,
  );
}
