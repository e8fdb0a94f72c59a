import { prettyProblems } from '../format/problems.js';
import type { Output } from '../output.js';
import { serveUntilStopped } from './serve.js';
import { checkAsOf, checkBase, checkPort, siteGoalsFolder, type Audience } from './site-flags.js';

export interface DevOptions {
  port?: string | undefined;
  host?: string | undefined;
  asOf?: string | undefined;
  base?: string | undefined;
  audience?: Audience | undefined;
}

/**
 * Serves the site of a goals folder while it is being edited: the site package reloads the
 * goals when a data file changes and shows validation problems on the page; they are printed
 * here too. Goals that cannot be scored at the start fail like `cairn build`.
 */
export async function devCommand(dir: string | undefined, options: DevOptions, output: Output, stop?: Promise<void>): Promise<number> {
  const goalsDir = await siteGoalsFolder(dir ?? '.');
  const asOf = checkAsOf(options.asOf);
  const base = checkBase(options.base);
  const port = checkPort(options.port);
  const site = await import('@cairn/site');
  try {
    return await serveUntilStopped(
      () =>
        site.devSite({
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
  } catch (error) {
    if (!(error instanceof site.SiteDataError)) throw error;
    output.err(prettyProblems(error.problems.filter((p) => p.severity === 'error'), error.texts, error.goalsDir, output));
    output.err('The goals cannot be served until these errors are fixed (run cairn validate for warnings too).');
    return 1;
  }
}
