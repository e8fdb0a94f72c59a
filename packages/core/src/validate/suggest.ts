import { distance } from 'fastest-levenshtein';

/** The closest candidate within a typo's reach, for "did you mean …?" hints. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const reach = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  return best !== undefined && bestDistance <= reach ? best : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = closest(word, candidates);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}

/**
 * `"1,000"`, `1_000`, `"1 000 000"`, `"12 %"`, `"42"`: a number written the way people type it.
 * Separators count only between groups of three digits, so `"1 2 3"` is not taken for 123.
 */
export function numberLike(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s*%$/, '');
  const grouped = /^[-+]?\d{1,3}(?:([,_ \u00a0\u202f])\d{3})(?:\1\d{3})*(?:\.\d+)?$/.test(text);
  const plain = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(text);
  if (!grouped && !plain) return undefined;
  const number = Number(text.replace(/[,_ \u00a0\u202f]/g, ''));
  return Number.isFinite(number) && Math.abs(number) < 1e15 ? number : undefined;
}

/** A value as the user wrote it, in quotes, cut short and with control characters escaped. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}…` : text);
}
