import { Command, CommanderError, Option } from 'commander';
import { GoalsFolderError } from '@cairn/core/node';
import { registerCheckin } from './commands/checkin.js';
import { codeownersCommand } from './commands/codeowners.js';
import { registerCsv } from './commands/csv.js';
import { diffCommand } from './commands/diff.js';
import { registerMeasure } from './commands/measure.js';
import { registerNew } from './commands/new.js';
import { exportCommand } from './commands/export.js';
import { schemaCommand } from './commands/schema.js';
import { registerSiteCommands } from './commands/site-commands.js';
import { snapshotAudience, type Audience } from './commands/site-flags.js';
import { scoreCommand } from './commands/score.js';
import { validateCommand } from './commands/validate.js';
import { escapeControl, escapeControlKeepingLines } from './format/escape-control.js';
import { saveCaches } from './goals.js';
import { missingPackage, missingPackageMessage } from './missing-package.js';
import { processOutput, UsageError, type Output } from './output.js';
import { version } from './version.js';

const EXAMPLES = `
Examples:
  $ cairn validate examples/acme                 check every file, all problems at once
  $ cairn validate --format github               annotations for a pull request check
  $ cairn score examples/acme --period 2026-q3   score a past quarter
  $ cairn export examples/acme --out snapshot.json
  $ cairn build examples/acme --out site         build the goals site, then: cairn preview --out site

Exit codes: 0 ok, 1 invalid data, 2 usage error, 70 a bug in Cairn.
Docs: docs/cli.md in the Cairn repository.`;

/** Runs the cairn command line; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], output: Output = processOutput()): Promise<number> {
  let code = 0;
  const program = new Command('cairn')
    .description('Keep OKRs and KPIs as files: validate, score, update and publish them.')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .showSuggestionAfterError(true)
    .addHelpText('after', EXAMPLES)
    .configureOutput({ writeOut: (s) => output.out(s.trimEnd()), writeErr: (s) => output.err(escapeControlKeepingLines(s.trimEnd())) })
    .exitOverride();

  const format = (choices: string[], fallback: string): Option =>
    new Option('-f, --format <format>', 'output format').choices(choices).default(fallback);
  // Every command that reads a goals folder shares the cache switches (docs/cli.md, "The cache").
  const noCache = (): Option => new Option('--no-cache', 'parse and check every file afresh, and write no cache');
  const cacheDir = (): Option => new Option('--cache-dir <dir>', 'keep the cache here (default: $CAIRN_CACHE_DIR, else node_modules/.cache/cairn)');

  program
    .command('validate')
    .summary('check goals and report every problem at once')
    .description(
      'Check every file of a goals folder: schema, cross-file references and OKR quality lints.\nAll problems are reported at once, each with file, line and column.\nGiven files, it checks their whole goals folder and reports the problems in those files only.',
    )
    .argument('[paths...]', 'the goals folder, or files in it (default: ".")')
    .addOption(format(['pretty', 'github', 'json', 'codequality'], 'pretty'))
    .option('--strict', 'treat warnings as errors', false)
    .addOption(noCache())
    .addOption(cacheDir())
    .action(async (paths: string[], opts: { format: 'pretty' | 'github' | 'json'; strict: boolean; cache: boolean; cacheDir?: string }) => {
      code = await validateCommand(paths, opts, output);
    });

  program
    .command('score')
    .summary('print objective scores and KPI health')
    .description('Score the objectives of one period and the KPIs at an as-of date.\nThe as-of date is --as-of, else as_of in cairn.config.yaml, else today.')
    .argument('[dir]', 'the goals folder', '.')
    .option('--as-of <date>', 'score as of this date (YYYY-MM-DD)')
    .option('--period <id>', 'the period to show (default: default_period in cairn.config.yaml, else the shortest period running at the as-of date)')
    .option('--team <id>', 'only this team and the teams below it')
    .addOption(format(['table', 'json'], 'table'))
    .addOption(noCache())
    .addOption(cacheDir())
    .action(async (dir: string, opts: { asOf?: string; period?: string; team?: string; format: 'table' | 'json'; cache: boolean; cacheDir?: string }) => {
      code = await scoreCommand(dir, opts, output);
    });

  program
    .command('export')
    .summary('write the scored snapshot as JSON')
    .description('Build the versioned snapshot (scores, statuses, KPI health, series) that the site and the elements read.')
    .argument('[dir]', 'the goals folder', '.')
    .option('--as-of <date>', 'score as of this date (YYYY-MM-DD)')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .addOption(snapshotAudience())
    // Not a real choice: `--format csv` is the obvious guess, and it gets told where CSV is.
    .addOption(new Option('--format <format>').hideHelp())
    .addOption(noCache())
    .addOption(cacheDir())
    .action(async (dir: string, opts: { asOf?: string; out?: string; audience?: Audience; format?: string; cache: boolean; cacheDir?: string }) => {
      if (opts.format !== undefined && opts.format !== 'json') {
        throw new UsageError(opts.format === 'csv' ? 'cairn export writes JSON; for CSV, run cairn export csv [dir]' : `cairn export writes JSON only; there is no --format ${opts.format}`);
      }
      code = await exportCommand(dir, opts, output);
    });

  program
    .command('schema')
    .summary('write the JSON Schemas of every file kind')
    .description('Write a JSON Schema per file kind (config, periods, teams, objective, kpi) and for the snapshot, for editor completion and validation.')
    .option('-o, --out <dir>', 'write one <kind>.schema.json per kind into this folder')
    .action(async (opts: { out?: string }) => {
      code = await schemaCommand(opts, output);
    });

  // Commands that write goals files register themselves, each from its own file.
  const context = { output, finish: (exit: number) => { code = exit; } };
  registerCheckin(program, context);
  registerMeasure(program, context);
  registerNew(program, context);
  registerCsv(program, context);

  registerSiteCommands(program, { output, finish: (exit) => { code = exit; } });

  program
    .command('diff')
    .summary('what a change does to goals and scores')
    .description(
      'Compare the goals at BASE with HEAD (default: the work tree), read from git without touching the work tree.\nShows items added, removed, moved or edited, check-ins and measurements added, goalposts of key results and KPIs moved, every score, grade and status that changes, and every KPI whose health, latest value or trend changes, both sides scored at the same as-of date.\nA third word (or a second that names no commit) is the goals folder.',
    )
    // [dir] is taken as a third word but left out of the argument list, so the command list stays one column wide.
    .usage('[options] <base> [head] [dir]  |  --since <date> [head] [dir]')
    .argument('[base]', 'the revision to compare with (a branch, tag or commit); with --since, none')
    .argument('[head]', 'the revision after the change (default: the work tree); or the goals folder (default ".")')
    .allowExcessArguments(true)
    .addOption(format(['pretty', 'markdown', 'json'], 'pretty'))
    .option('--as-of <date>', 'score both sides as of this date (YYYY-MM-DD)')
    .option('--check', 'exit 1 when a review rule set to error finds something (see review: in cairn.config.yaml)', false)
    .option('--since <date>', 'compare with the last commit made before this day (UTC), e.g. a week ago, instead of naming a base')
    .action(async (_base: string | undefined, _head: string | undefined, opts: { format: 'pretty' | 'markdown' | 'json'; asOf?: string; check: boolean; since?: string }, command: Command) => {
      // The words as typed: whether a second one is HEAD or the folder depends on what it names.
      code = await diffCommand(command.args, opts, output);
    });

  program
    .command('codeowners')
    .summary('write CODEOWNERS from teams.yaml')
    .description('Write a CODEOWNERS file from the owners in teams.yaml, so each team reviews its own objectives and KPIs.\nWritten at the top of the git repository (else in the goals folder) unless --out says where; --check only tells whether it is current.')
    .argument('[dir]', 'the goals folder', '.')
    .option('-o, --out <file>', 'write here instead ("-" for standard output)')
    .option('--check', 'write nothing; exit 1 when the file is missing or not current', false)
    .addOption(noCache())
    .addOption(cacheDir())
    .action(async (dir: string, opts: { out?: string; check: boolean; cache: boolean; cacheDir?: string }) => {
      code = await codeownersCommand(dir, opts, output);
    });

  try {
    if (argv.length === 0) {
      // Bare `cairn` is a question, not a mistake: answer on standard output so it pipes.
      output.out(`${program.helpInformation()}${EXAMPLES}`);
      return 0;
    }
    // `cairn help valdate` is the same mistake as `cairn valdate`: commander's own error and suggestion, not the general help.
    const [first, asked] = argv;
    const known = (name: string): boolean => name === 'help' || program.commands.some((c) => c.name() === name || c.aliases().includes(name));
    const words = first === 'help' && asked !== undefined && !asked.startsWith('-') && !known(asked) ? [asked] : [...argv];
    await program.parseAsync(words, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are requests, not failures.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
    }
    // A goals folder that cannot be read is a mistake in the command, as a missing one is.
    if (error instanceof UsageError || error instanceof GoalsFolderError) {
      output.err(`${output.colours.red('error:')} ${escapeControlKeepingLines(error.message)}`);
      return 2;
    }
    // The site builder is optional: without it, build, dev and preview say what to install.
    const missing = missingPackage(error);
    if (missing === '@cairn/site') {
      output.err(`${output.colours.red('error:')} ${missingPackageMessage(missing)}`);
      return 2;
    }
    // Anything else is a bug in Cairn, not the user's data: say so plainly, without a stack trace.
    output.err(`${output.colours.red('internal error:')} ${escapeControl((error as Error).message ?? String(error))}\nThis is a bug in Cairn; please report it with the command you ran.`);
    return 70;
  } finally {
    saveCaches();
  }
}
