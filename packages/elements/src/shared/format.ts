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
  return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** Formatters are costly to build and a board or tree formats thousands of values: keep them. */
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A cached Intl.NumberFormat; an unusable locale or currency falls back to en-GB, never throws. */
export function safeNumberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('n', locale, options, () => {
    try {
      return new Intl.NumberFormat(safeLocale(locale), options);
    } catch {
      return new Intl.NumberFormat('en-GB', options);
    }
  });
}

/** A cached Intl.DateTimeFormat for calendar dates (always read in UTC: they are days, not instants). */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('d', locale, options, () => new Intl.DateTimeFormat(safeLocale(locale), { ...options, timeZone: 'UTC' }));
}

/** Attribute numbers: empty or unparsable means "not given", never NaN in a chart. */
export function toNumber(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : undefined;
}
