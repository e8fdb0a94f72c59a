import { distance } from 'fastest-levenshtein';

/** How many known ids a message lists before it gives only their count. */
const LISTED = 12;

/**
 * The known ids a mistyped one was probably meant to be, closest first: within a typo's reach
 * (as core's hints for unknown fields), or holding what was typed (`q4` finds `2026-q4`).
 */
export function nearMatches(given: string, known: readonly string[], limit = 3): string[] {
  const typed = given.toLowerCase();
  const reach = Math.max(1, Math.min(3, Math.floor(given.length / 3)));
  return known
    .map((id) => ({ id, d: distance(typed, id.toLowerCase()), holds: typed.length >= 2 && id.toLowerCase().includes(typed) }))
    .filter(({ d, holds }) => d <= reach || holds)
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map(({ id }) => id);
}

/**
 * `unknown team "grwoth"; did you mean "growth"? (known teams: …)`: the near matches first, then
 * the known ids (the first dozen and a count when there are many).
 */
export function unknownIdMessage(kind: string, plural: string, given: string, known: readonly string[]): string {
  const near = nearMatches(given, known);
  const guess = near.length > 0 ? `; did you mean ${near.map((id) => `"${id}"`).join(' or ')}?` : '';
  const list = known.length > LISTED ? `${known.slice(0, LISTED).join(', ')} and ${known.length - LISTED} more` : known.join(', ');
  const listed = known.length === 0 ? `there are no ${plural}` : `known ${plural}: ${list}`;
  return guess ? `unknown ${kind} "${given}"${guess} (${listed})` : `unknown ${kind} "${given}"; ${listed}`;
}
