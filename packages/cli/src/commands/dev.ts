import type { Output } from '../output.js';
import { serveUntilStopped, type RunningServer } from './serve.js';
import { checkAsOf, checkBase, checkPort, siteGoalsFolder, type Audience } from './site-flags.js';

export interface DevOptions {
  port?: string | undefined;
  host?: string | undefined;
  asOf?: string | undefined;
  base?: string | undefined;
  audience?: Audience | undefined;
}

interface DevSiteOptions {
  goalsDir: string;
  asOf?: string;
  base?: string;
  audience?: Audience;
  port?: number;
  host?: string;
  log?: (line: string) => void;
}

/** The part of @cairn/site's API this command uses, named here so it reads the same whichever version is installed. */
type DevApi = { devSite?: (options: DevSiteOptions) => Promise<RunningServer> };

/**
 * Serves the site of a goals folder while it is being edited: the site package rebuilds a page
 * when a data file changes and shows validation problems on the page; they are printed here too.
 */
export async function devCommand(dir: string | undefined, options: DevOptions, output: Output, stop?: Promise<void>): Promise<number> {
  const goalsDir = await siteGoalsFolder(dir ?? '.');
  const asOf = checkAsOf(options.asOf);
  const base = checkBase(options.base);
  const port = checkPort(options.port);
  const { devSite } = (await import('@cairn/site')) as DevApi;
  if (!devSite) throw new Error('this version of @cairn/site has no development server');
  return serveUntilStopped(
    () =>
      devSite({
        goalsDir,
        ...(asOf === undefined ? {} : { asOf }),
        ...(base === undefined ? {} : { base }),
        ...(options.audience === undefined ? {} : { audience: options.audience }),
        ...(port === undefined ? {} : { port }),
        ...(options.host === undefined ? {} : { host: options.host }),
        log: (line) => output.err(line),
      }),
    'Serving the goals site for editing',
    output,
    stop,
  );
}
