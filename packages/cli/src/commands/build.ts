import { prettyProblems } from '../format/problems.js';
import { UsageError, type Output } from '../output.js';
import { checkAsOf, checkBase, checkProcesses, checkSiteUrl, shownPath, siteGoalsFolder, type Audience } from './site-flags.js';

export interface BuildOptions {
  out?: string | undefined;
  asOf?: string | undefined;
  base?: string | undefined;
  siteUrl?: string | undefined;
  audience?: Audience | undefined;
  processes?: string | undefined;
}

/**
 * Builds the goals site of a folder. Invalid data fails with validate's own messages and exit
 * code 1, and the site package leaves the previous output exactly as it was.
 */
export async function buildCommand(dir: string | undefined, options: BuildOptions, output: Output): Promise<number> {
  const goalsDir = await siteGoalsFolder(dir ?? '.');
  const asOf = checkAsOf(options.asOf);
  const base = checkBase(options.base);
  const siteUrl = checkSiteUrl(options.siteUrl);
  const processes = checkProcesses(options.processes);
  // Loaded only here, so validate and score never pay for Astro.
  const site = await import('@cairn/site');
  const outDir = options.out ?? site.defaultOutDir(goalsDir);
  const shown = shownPath(outDir);
  try {
    const result = await site.buildSite({
      goalsDir,
      outDir,
      ...(asOf === undefined ? {} : { asOf }),
      ...(base === undefined ? {} : { base }),
      ...(siteUrl === undefined ? {} : { siteUrl }),
      ...(options.audience === undefined ? {} : { audience: options.audience }),
      ...(processes === undefined ? {} : { processes }),
      log: (line) => output.err(line),
    });
    output.out(`${output.colours.green('✔')} Built ${result.pages} pages (${result.files} files) in ${shown} in ${(result.ms / 1000).toFixed(1)} s`);
    // A site built under a base path is served under it too, or every link would miss.
    output.out(output.colours.dim(`Serve it with: cairn preview --out ${shown}${result.base === '/' ? '' : ` --base ${result.base}`}`));
    return 0;
  } catch (error) {
    if (error instanceof site.OutDirError) throw new UsageError(error.message);
    if (!(error instanceof site.SiteDataError)) throw error;
    const errors = error.problems.filter((p) => p.severity === 'error');
    output.err(prettyProblems(errors, error.texts, error.goalsDir, output));
    output.err(`The site was not built; ${shown} is as it was. Fix these errors (run cairn validate for warnings too).`);
    return 1;
  }
}
