import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Repository } from '@cairn/core';
import { codeownersPlace, codeownersRules as rules, type CodeownersPlace } from '../diff/codeowners-file.js';
import { CODEOWNERS_HEADER, codeownersText } from '../diff/codeowners-text.js';
import { writeFileSafely } from './safe-write.js';

/** A goals folder's CODEOWNERS as it stands before a write, and what cairn would write for it then. */
export interface CodeownersBefore {
  place: CodeownersPlace;
  current: string;
  expected: string;
}

/**
 * CODEOWNERS follows a change only when there is one that cairn wrote (it starts with cairn's
 * header): a repository without it, or with one of its own, has chosen so.
 */
export async function codeownersBefore(dir: string, repo: Repository): Promise<CodeownersBefore | null> {
  const place = codeownersPlace(dir, repo);
  const current = await readFile(place.file, 'utf8').catch(() => null);
  if (current === null || !current.includes(CODEOWNERS_HEADER)) return null;
  return { place, current, expected: codeownersText(repo, place.prefix).text };
}

export interface CodeownersFollow {
  /** The new text to write, when the file was cairn's own and current before the change. */
  write: string | null;
  before: CodeownersBefore;
  text: string;
  json: { file: string; updated: boolean; added: string[]; removed: string[] };
}

/**
 * What a change to the goals means for CODEOWNERS (a new KPI of a team, or a new team, adds
 * lines): nothing when its rules stay the same; an update when the file was exactly what cairn
 * writes before the change, since then nothing of anyone's is lost; else a request to run
 * `cairn codeowners`, because a file edited by hand is not cairn's to rewrite.
 */
export function codeownersFollow(before: CodeownersBefore, after: Repository, dryRun: boolean): CodeownersFollow | null {
  const expected = codeownersText(after, before.place.prefix).text;
  if (expected === before.expected || expected === before.current) return null;
  const added = rules(expected).filter((l) => !rules(before.expected).includes(l));
  const removed = rules(before.expected).filter((l) => !rules(expected).includes(l));
  const shown = relative(process.cwd(), before.place.file) || before.place.file;
  const lines = [...added.map((l) => `  + ${l}`), ...removed.map((l) => `  - ${l}`)];
  const current = before.current === before.expected;
  const head = current
    ? `${dryRun ? 'Would update' : 'Updated'} ${shown}, as this change gives new review rules:`
    : `${shown} was not what cairn codeowners writes even before this change, so it is left as it is; this change needs these rules:`;
  const tail = current ? [] : [`Run cairn codeowners to write it again (it replaces the whole file), or add them by hand.`];
  return { write: current ? expected : null, before, text: [head, ...lines, ...tail].join('\n'), json: { file: shown, updated: current && !dryRun, added, removed } };
}

export async function writeCodeowners(follow: CodeownersFollow): Promise<void> {
  if (follow.write === null) return;
  await writeFileSafely(follow.before.place.file, follow.write, { shown: follow.json.file, unchangedSince: follow.before.current });
}
