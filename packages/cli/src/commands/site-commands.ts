import { type Command, Option } from 'commander';
import type { Output } from '../output.js';
import { buildCommand } from './build.js';
import { devCommand } from './dev.js';
import { previewCommand } from './preview.js';
import type { Audience } from './site-flags.js';

export interface SiteCommandContext {
  output: Output;
  finish: (exit: number) => void;
}

const audienceOption = (): Option =>
  new Option('--audience <audience>', 'who the site is for: public leaves internal items and hidden values out (default: site.audience in cairn.config.yaml, else public)').choices(['public', 'internal']);
const asOfOption = (): Option => new Option('--as-of <date>', 'score as of this date (YYYY-MM-DD; default: as_of in cairn.config.yaml, else today)');
const baseOption = (): Option => new Option('--base <path>', 'the path the site is served under, like /goals/ (default: site.base in cairn.config.yaml, else /)');
const portOption = (fallback: string): Option => new Option('--port <port>', `the port to listen on (default ${fallback}; 0 picks a free one)`);
const hostOption = (): Option => new Option('--host <host>', 'the address to listen on (default 127.0.0.1, this machine only)');

/** `cairn build`, `cairn dev` and `cairn preview`: thin over @cairn/site, which loads only when one of them runs. */
export function registerSiteCommands(program: Command, { output, finish }: SiteCommandContext): void {
  program
    .command('build')
    .summary('build the goals site into a folder')
    .description(
      'Build the static goals site (pages, JSON API, feeds) of a goals folder anywhere on disk.\nInvalid data fails with the messages of cairn validate and leaves the previous output untouched.',
    )
    .argument('[dir]', 'the goals folder', '.')
    .option('-o, --out <dir>', 'write the site here (default: dist inside the goals folder)')
    .addOption(asOfOption())
    .addOption(baseOption())
    .option('--site-url <url>', 'the absolute address the site is published at (default: site.url in cairn.config.yaml)')
    .addOption(audienceOption())
    .option('--processes <n>', 'how many processes render the pages (default: one per core, up to 4, from 3,000 objectives and KPIs; else 1)')
    .action(async (dir: string, opts: { out?: string; asOf?: string; base?: string; siteUrl?: string; audience?: Audience; processes?: string }) => {
      finish(await buildCommand(dir, opts, output));
    });

  program
    .command('dev')
    .summary('serve the goals site while you edit the files')
    .description('Serve the site of a goals folder and reload it when a data file changes; validation problems show in the terminal and on the page.')
    .argument('[dir]', 'the goals folder', '.')
    .addOption(portOption('4321'))
    .addOption(hostOption())
    .addOption(asOfOption())
    .addOption(baseOption())
    .addOption(audienceOption())
    .action(async (dir: string, opts: { port?: string; host?: string; asOf?: string; base?: string; audience?: Audience }) => {
      finish(await devCommand(dir, opts, output, output.stop));
    });

  program
    .command('preview')
    .summary('serve a built goals site')
    .description('Serve a site made by cairn build as a static host would, its security and CORS headers included.')
    .option('-o, --out <dir>', 'the built site (default: dist in the current folder)')
    .addOption(portOption('4321'))
    .addOption(hostOption())
    .addOption(baseOption())
    .action(async (opts: { out?: string; port?: string; host?: string; base?: string }) => {
      finish(await previewCommand(opts, output, output.stop));
    });
}
