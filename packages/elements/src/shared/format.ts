/**
 * Numbers as readers expect them in their locale: Intl for the digits, the unit after.
 * Percent units sit with a thin gap the way most style guides write them.
 */
export function formatValue(value: number | null | undefined, unit: string | null | undefined, locale: string, compact = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const magnitude = Math.abs(value);
  const options: Intl.NumberFormatOptions = compact && magnitude >= 10_000
    ? { notation: 'compact', maximumFractionDigits: 1 }
    : { maximumFractionDigits: magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : 2 };
  const digits = safeNumberFormat(locale, options).format(value);
  if (!unit) return digits;
  return unit === '%' ? `${digits} %` : `${digits} ${unit}`;
}

/** A share 0..1 as a whole percentage. */
export function formatPercent(share: number | null | undefined, locale: string): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  return safeNumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Scores are read on the 0.0–1.0 scale with one or two decimals, the OKR convention. */
export const formatScore = (score: number): string => score.toFixed(2);
export const formatGrade = (grade: number): string => grade.toFixed(1);

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '–';
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(safeLocale(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

function safeNumberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(safeLocale(locale), options);
}

/** Attribute numbers: empty or unparsable means "not given", never NaN in a chart. */
export function toNumber(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : undefined;
}
