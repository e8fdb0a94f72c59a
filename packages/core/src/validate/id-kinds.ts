import type { Located, Repository } from '../load/model.js';

/** Every kind of item that carries an id, with the word a message uses for it. */
export function idKinds(repo: Repository): [string, Located<{ id: string }>[]][] {
  return [
    ['period', repo.periods],
    ['team', repo.teams],
    ['objective', repo.objectives],
    ['KPI', repo.kpis],
  ];
}
