import type { SnapshotKeyResult, SnapshotObjective } from '../shared/snapshot.js';
import { fillLinkTemplate } from '../shared/link-template.js';
import { formatScore, formatValue, isCurrency, keyResultFigures } from '../shared/format.js';

/** Heading levels 1–6; anything else falls back to the default 3. */
export function headingLevel(value: unknown): 1 | 2 | 3 | 4 | 5 | 6 {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? (n as 1 | 2 | 3 | 4 | 5 | 6) : 3;
}

/**
 * The first paragraph of a markdown narrative as plain text, shortened at a word boundary.
 * It is only ever bound as text, never as HTML; stripping the syntax is for reading, not safety.
 */
export function narrativeExcerpt(markdown: string | null | undefined, max = 240): string {
  if (!markdown) return '';
  const paragraph =
    markdown
      .replace(/\r\n?/g, '\n')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .find((p) => p !== '' && !/^(#{1,6}\s|```|---+$|\*\*\*+$)/.test(p)) ?? '';
  const text = paragraph
    .replace(/<[^>]*>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/[*_`~#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * A measured value with its unit, written as every element writes it (see shared/format.ts);
 * `among` are the key result's other figures, so "1.15M" never reads "1.2M" beside "1.3M".
 */
export function formatMeasure(value: number | null | undefined, unit: string | null | undefined, locale: string, among: readonly number[] = []): string {
  return formatValue(value, unit, locale, { compact: true, among });
}

/**
 * "current → target" for a key result, in the words its type calls for. A unit that is a word
 * is written once, after the target ("1 → 3 products", "1, keep ≤ 2 incidents"), as ranges are
 * written and so that a current value of 1 does not read "1 products"; currencies keep their symbol
 * on both sides.
 */
export function keyResultMeasure(kr: SnapshotKeyResult, locale: string): string {
  if (kr.type === 'milestone' && kr.milestones && kr.milestones.length > 0) {
    const done = kr.milestones.filter((m) => m.done).length;
    const count = kr.milestones.length;
    return `${done} of ${count} ${count === 1 ? 'milestone' : 'milestones'}`;
  }
  const among = keyResultFigures(kr);
  const current = formatMeasure(kr.current, kr.unit, locale, among);
  if (kr.target === null) return current;
  const target = formatMeasure(kr.target, kr.unit, locale, among);
  const unitOnce = kr.unit && !isCurrency(kr.unit) && kr.current !== null && Number.isFinite(kr.current);
  const bare = unitOnce ? formatMeasure(kr.current, null, locale, among) : current;
  // A bound reads as its own clause, so only a word unit is written once ("1, keep ≤ 2 incidents");
  // a sign stays on both sides ("11.4 %, keep ≤ 12 %").
  if (kr.type === 'maintain') return `${/\p{L}/u.test(kr.unit ?? '') ? bare : current}, keep ${kr.direction === 'decrease' ? '≤' : '≥'} ${target}`;
  return `${bare} → ${target}`;
}

/** A share (0..1) as a whole percentage, written like the progress bars write it: "49 %". */
export function percentText(share: number | null | undefined, locale: string): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  return formatValue(Math.round(share * 100), '%', locale);
}

/** Confidence as the check-ins give it: a share (0..1) as percent, anything larger as a number. */
export function confidenceText(confidence: number | null | undefined, locale: string): string | null {
  if (confidence === null || confidence === undefined || !Number.isFinite(confidence)) return null;
  return confidence <= 1 ? percentText(confidence, locale) : formatValue(confidence, null, locale);
}

/** "projected 0.75 at period end" (a score, so written as scores are), or null without a forecast. */
export function forecastText(forecast: number | null | undefined): string | null {
  if (forecast === null || forecast === undefined || !Number.isFinite(forecast)) return null;
  return `projected ${formatScore(forecast)} at period end`;
}

/** Fills `{id}`, `{period}`, `{team}` and `{kr}` (a key result's id) in an href template, each URL-encoded. */
export function expandHref(template: string, objective: Pick<SnapshotObjective, 'id' | 'period' | 'team'>, keyResult?: string): string {
  return fillLinkTemplate(template, { id: objective.id, period: objective.period, team: objective.team, kr: keyResult ?? '' });
}

/**
 * Where a key result's title links: its own template, else the objective's page at the
 * key result's anchor (`#kr-<id>`, as the goals site names it), else nowhere (null).
 */
export function keyResultHref(
  templates: { href?: string | undefined; keyResultHref?: string | undefined },
  objective: Pick<SnapshotObjective, 'id' | 'period' | 'team'>,
  keyResult: string,
): string | null {
  if (templates.keyResultHref) return expandHref(templates.keyResultHref, objective, keyResult);
  if (!templates.href) return null;
  return `${expandHref(templates.href, objective).split('#')[0]}#kr-${encodeURIComponent(keyResult)}`;
}

/** A name for an id from a list of `{ id, name }`, else the id itself. */
export function nameOf(list: readonly { id: string; name: string }[], id: string): string {
  return list.find((item) => item.id === id)?.name ?? id;
}
