import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
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

/** The top of the git repository around a folder, or null outside one. */
function gitTop(dir: string): string | null {
  const run = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
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
  const top = gitTop(goals.dir);
  const prefix = goals.repo.config.site?.directory ?? (top === null ? '' : relative(top, goals.dir).split(sep).join('/'));
  const { text, skipped } = codeownersText(goals.repo, prefix);
  for (const s of skipped) output.err(escapeControl(`warning: owner "${s.owner}" of team ${s.team} cannot stand in CODEOWNERS (no spaces or #); left out`));
  if (options.out === '-') {
    output.out(text.trimEnd());
    return 0;
  }
  const target = options.out !== undefined ? resolve(options.out) : join(top ?? goals.dir, 'CODEOWNERS');
  const shown = relative(process.cwd(), target) || target;
  if (options.check) {
    const current = await readFile(target, 'utf8').catch(() => null);
    if (current === text) {
      output.out(`${escapeControl(shown)} is current`);
      return 0;
    }
    output.err(escapeControl(current === null ? `${shown} does not exist: run cairn codeowners to write it` : `${shown} is not current with teams.yaml: run cairn codeowners to write it again`));
    return 1;
  }
  await writeFileSafely(target, text, { shown });
  output.err(escapeControl(`Wrote ${shown} (${text.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length} rules)`));
  return 0;
}
