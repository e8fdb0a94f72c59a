import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { codeownersPlace, codeownersStaleness } from '../diff/codeowners-file.js';
import { codeownersText } from '../diff/codeowners-text.js';
import { escapeControl } from '../format/escape-control.js';
import { prettyProblems } from '../format/problems.js';
import { loadGoals, type CacheOptions } from '../goals.js';
import type { Output } from '../output.js';
import { writeFileSafely } from '../write/safe-write.js';

export interface CodeownersOptions extends CacheOptions {
  out?: string | undefined;
  check: boolean;
}

/**
 * `cairn codeowners [dir]`: writes CODEOWNERS (default: at the top of the git repository, else in
 * the goals folder) from the owners in teams.yaml; with --check, only says whether it is current.
 */
export async function codeownersCommand(dir: string, options: CodeownersOptions, output: Output): Promise<number> {
  const goals = await loadGoals(dir, { ...options, command: 'codeowners' });
  const teamErrors = goals.problems.filter((p) => p.severity === 'error' && /^teams\./.test(p.file));
  if (teamErrors.length > 0 || goals.repo.unreadable.has('teams')) {
    output.err(prettyProblems(teamErrors, goals.repo.texts, goals.dir, output));
    output.err('teams.yaml has errors: fix them first, CODEOWNERS is written from it');
    return 1;
  }
  const place = codeownersPlace(goals.dir, goals.repo);
  const { text, skipped } = codeownersText(goals.repo, place.prefix);
  for (const s of skipped) output.err(escapeControl(`warning: owner "${s.owner}" of team ${s.team} cannot stand in CODEOWNERS (no spaces or #); left out`));
  if (options.out === '-') {
    output.out(text.trimEnd());
    return 0;
  }
  const target = options.out !== undefined ? resolve(options.out) : place.file;
  const shown = relative(process.cwd(), target) || target;
  if (options.check) {
    const current = await readFile(target, 'utf8').catch(() => null);
    if (current === text) {
      output.out(`${escapeControl(shown)} is current`);
      return 0;
    }
    if (current === null) {
      output.err(escapeControl(`${shown} does not exist: run cairn codeowners to write it`));
      return 1;
    }
    const lines = [
      `${shown} is not current with teams.yaml and the KPIs' teams:`,
      ...codeownersStaleness(current, text),
      'Run cairn codeowners to write it again and commit it with the change (a new team, KPI or KPI CSV file changes it too).',
    ];
    output.err(lines.map(escapeControl).join('\n'));
    return 1;
  }
  await writeFileSafely(target, text, { shown });
  output.err(escapeControl(`Wrote ${shown} (${text.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length} rules)`));
  return 0;
}
