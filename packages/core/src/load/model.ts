import type { Config } from '../schema/config.js';
import type { KpiFields, Measurement } from '../schema/kpi.js';
import type { KeyResultFields, KeyResultType, ObjectiveFields } from '../schema/objective.js';
import type { Period } from '../schema/period.js';
import type { Team } from '../schema/team.js';
import type { EncodingProblem } from '../source/encoding.js';
import type { Locator } from '../source/position.js';
import type { Problem } from '../validate/problem.js';

/** A key result with its defaults applied: an id, a resolved type and its global reference. */
export type KeyResult = KeyResultFields & { id: string; type: KeyResultType; ref: string };

export type Objective = Omit<ObjectiveFields, 'id' | 'period' | 'team' | 'key_results' | '$schema'> & {
  id: string;
  period: string;
  team: string;
  keyResults: KeyResult[];
  narrative: string;
};

export type Kpi = Omit<KpiFields, 'id' | '$schema'> & { id: string; measurements: Measurement[] };

/** Every loaded value keeps a locator back to its file, line and column. */
export interface Located<T> {
  data: T;
  file: string;
  at: Locator;
}

/** An objective also remembers what it took from its folders and where its title is. */
export type LocatedObjective = Located<Objective> & {
  /** The line of `title:`, for "edit this file" links, found without a second parse. */
  titleLine: number;
  /** Which of period and team came from the folders rather than the file. */
  fromFolder: { period: boolean; team: boolean };
};

export interface KnownIds {
  period: Set<string>;
  team: Set<string>;
  objective: Set<string>;
  kpi: Set<string>;
}

export interface Repository {
  config: Config;
  configAt: Locator | null;
  periods: Located<Period>[];
  teams: Located<Team>[];
  objectives: LocatedObjective[];
  kpis: Located<Kpi>[];
  /** Problems found while reading single files; `checkRepository` adds the cross-file ones. */
  problems: Problem[];
  /** Ids that exist even if their file had errors, so references to them are not reported twice. */
  known: KnownIds;
  /** Shared files that could not be parsed; references into them are not reported as unknown. */
  unreadable: Set<'periods' | 'teams'>;
  /** The text of every file read, for code frames. */
  texts: Map<string, string>;
}

export interface SourceFile {
  /** Path relative to the goals folder, with forward slashes. */
  path: string;
  text: string;
  /** Set by a reader that saw the bytes and found they were not UTF-8. */
  encoding?: EncodingProblem | undefined;
  /**
   * Set by a reader that found the file but could not read it: why, in words (`text` is empty).
   * For a path that is not one of Cairn's files (a folder that cannot be read, `objectives`
   * that is not a folder), the whole message.
   */
  unreadable?: string | undefined;
  /** What to do about `unreadable`, when the reader knows better than general advice. */
  hint?: string | undefined;
}
