import type { Repository } from '@cairn/core';

export interface CodeownersText {
  text: string;
  /** Owners that cannot stand in a CODEOWNERS file (spaces, `#`), left out and named here. */
  skipped: { team: string; owner: string }[];
}

/** How a CODEOWNERS file that cairn wrote starts (after `# `), so cairn can tell it from one of a person's. */
export const CODEOWNERS_HEADER = 'Written by `cairn codeowners`';

/** A CODEOWNERS owner: `@user`, `@org/team` or an e-mail address; a bare handle gets its `@`. */
function owner(handle: string): string | null {
  const trimmed = handle.trim();
  if (trimmed === '' || /[\s#\\]/.test(trimmed)) return null;
  if (trimmed.startsWith('@') || /^[^@]+@[^@]+\.[^@]+$/.test(trimmed)) return trimmed;
  return `@${trimmed}`;
}

/** A path in a CODEOWNERS pattern: special characters escaped so a name matches only itself. */
const literal = (path: string): string => path.replace(/([\\*?[\]! #])/g, '\\$1');

/**
 * The CODEOWNERS lines for a goals folder: the top teams' owners review the shared files and
 * anything not claimed; each team's owners (else the nearest team above it with owners) review
 * its objective folders in every period and the files of the KPIs it owns. Later lines win in
 * CODEOWNERS, so the general ones come first. `prefix`: the goals folder in the repository.
 */
export function codeownersText(repo: Repository, prefix: string): CodeownersText {
  const base = prefix === '' ? '/' : `/${literal(prefix)}/`;
  const teams = repo.teams.map((t) => t.data);
  const byId = new Map(teams.map((t) => [t.id, t]));
  const skipped: CodeownersText['skipped'] = [];
  const ownersOf = new Map<string, string[]>();
  for (const team of teams) {
    const list: string[] = [];
    for (const handle of team.owners ?? []) {
      const o = owner(handle);
      if (o === null) skipped.push({ team: team.id, owner: handle });
      else if (!list.includes(o)) list.push(o);
    }
    ownersOf.set(team.id, list);
  }
  // A team without owners is reviewed by the nearest team above it that has some.
  const effective = (id: string): string[] => {
    const seen = new Set<string>();
    for (let at = byId.get(id); at !== undefined && !seen.has(at.id); at = at.parent ? byId.get(at.parent) : undefined) {
      seen.add(at.id);
      const own = ownersOf.get(at.id) ?? [];
      if (own.length > 0) return own;
    }
    return [];
  };
  const roots = teams.filter((t) => !t.parent || !byId.has(t.parent));
  const top = [...new Set(roots.flatMap((t) => ownersOf.get(t.id) ?? []))];
  const lines = [
    `# ${CODEOWNERS_HEADER} from teams.yaml: change the owners there and run it again.`,
    '# Each team reviews its own objectives and KPIs; the top team reviews the shared files.',
    '',
  ];
  const rule = (pattern: string, owners: readonly string[]): void => {
    if (owners.length > 0) lines.push(`${pattern} ${owners.join(' ')}`);
  };
  if (top.length > 0) {
    rule(base, top);
    lines.push('');
  }
  for (const team of teams) {
    if (roots.includes(team)) continue;
    rule(`${base}objectives/*/${literal(team.id)}/`, effective(team.id));
  }
  const kpiLines = [...repo.kpis]
    .filter((k) => k.data.team !== undefined && byId.has(k.data.team))
    .sort((a, b) => (a.file < b.file ? -1 : 1))
    .flatMap((k) => {
      const owners = effective(k.data.team as string);
      if (owners.length === 0 || owners.join() === top.join()) return [];
      const files = [k.file, ...[...repo.texts.keys()].filter((f) => f === k.file.replace(/\.(ya?ml|json)$/, '.csv'))];
      return files.map((f) => `${base}${literal(f)} ${owners.join(' ')}`);
    });
  if (kpiLines.length > 0) lines.push('', ...kpiLines);
  return { text: `${lines.join('\n').trimEnd()}\n`, skipped };
}
