import type { SnapshotObjective } from '@cairn/core';
import { statusLook } from './format.js';
import { objectivesByPeriod, snapshot, teamName } from './site-data.js';
import { slugs } from './urls.js';

export type Dimension = 'team' | 'status' | 'owner' | 'tag';
export const DIMENSIONS: readonly Dimension[] = ['team', 'status', 'owner', 'tag'];
export const DIMENSION_LABELS: Record<Dimension, string> = { team: 'Team', status: 'Status', owner: 'Owner', tag: 'Tag' };

export interface FilterOption {
  value: string;
  slug: string;
  label: string;
}

const parentOf = new Map(snapshot.teams.map((t) => [t.id, t.parent]));

/** A team and every team above it: an objective of a team counts for its division and the company too. */
function teamAndAbove(team: string): string[] {
  const line = [team];
  for (let at = parentOf.get(team); at && !line.includes(at); at = parentOf.get(at)) line.push(at);
  return line;
}

const valuesOf = (o: SnapshotObjective, dimension: Dimension): string[] =>
  dimension === 'team' ? teamAndAbove(o.team) : dimension === 'status' ? [o.status] : dimension === 'owner' ? (o.owner ? [o.owner] : []) : o.tags;

/** The filters a period offers: every team its objectives belong to (directly or through a team below), status, owner and tag. */
export function filterOptions(objectives: readonly SnapshotObjective[]): Record<Dimension, FilterOption[]> {
  const out = {} as Record<Dimension, FilterOption[]>;
  for (const dimension of DIMENSIONS) {
    const bySlug = slugs(objectives.flatMap((o) => valuesOf(o, dimension)));
    out[dimension] = [...bySlug].map(([value, slug]) => ({
      value,
      slug,
      label: dimension === 'team' ? teamName(value) : dimension === 'status' ? statusLook(value).label : value,
    }));
  }
  return out;
}

/** Each row's filter slugs (its team and the teams above it, and its tags, space-separated), for the script that filters in place. */
export function rowKeys(options: Record<Dimension, FilterOption[]>): (o: SnapshotObjective) => Record<string, string> {
  const maps = Object.fromEntries(DIMENSIONS.map((d) => [d, new Map(options[d].map((opt) => [opt.value, opt.slug]))])) as Record<Dimension, Map<string, string>>;
  return (o) => ({
    team: teamAndAbove(o.team)
      .map((t) => maps.team.get(t) ?? '')
      .join(' '),
    status: maps.status.get(o.status) ?? '',
    owner: o.owner ? (maps.owner.get(o.owner) ?? '') : '',
    tags: o.tags.map((t) => maps.tag.get(t) ?? '').join(' '),
  });
}

export function matches(o: SnapshotObjective, dimension: Dimension, value: string): boolean {
  return valuesOf(o, dimension).includes(value);
}

/** Each period's filters, worked out once for the period page and all its filtered pages. */
export const periodFilters: ReadonlyMap<string, Record<Dimension, FilterOption[]>> = new Map(
  snapshot.periods.map((p) => [p.id, filterOptions(objectivesByPeriod.get(p.id) ?? [])]),
);
