/**
 * Numbers as readers expect them in their locale: Intl for the digits, the unit after (a currency
 * code becomes its symbol). The elements, the goals site and `cairn score` all write figures
 * through a `figureWriter`, so one value reads the same wherever it is shown.
 */

/** How a value is written. */
export interface FormatValueOptions {
  /** Short notation from 100,000 up ("1.15M"), as every element writes values. */
  readonly compact?: boolean;
  /**
   * The other figures shown with this one (a KPI's target and critical line, a key result's
   * start and target: see `kpiFigures` and `keyResultFigures`). Digits are added until the value
   * never reads the same as a different figure ("1.15M" beside "1.2M", not "1.2M" twice).
   */
  readonly among?: readonly (number | null | undefined)[];
}

/** A target or critical line: one number, or a band from min to max. */
export type FigureBand = number | { readonly min: number; readonly max: number };

/** Writes figures; it keeps the Intl formatters it builds, which are far dearer to build than to use. */
export interface FigureWriter {
  formatValue(value: number | null | undefined, unit: string | null | undefined, locale: string, options?: FormatValueOptions): string;
  /** A target or critical line: "90 %", or a band "1–8 days" with the unit once. */
  formatBand(band: FigureBand | null | undefined, unit: string | null | undefined, locale: string, options?: FormatValueOptions): string;
  /** A kept Intl.NumberFormat; an unusable locale or currency falls back to en-GB, never throws. */
  safeNumberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat;
  /** A kept Intl.DateTimeFormat for calendar dates (always read in UTC: they are days, not instants). */
  dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat;
}

/** Never more digits than this after the point, however close two figures are. */
const MAX_EXTRA_DIGITS = 4;

/** The most fraction digits Intl writes on Node 20; a smaller value is written as 1.2E-21. */
const MAX_FRACTION = 20;

/**
 * A writer with its own formatters: a page or a report makes one and writes every figure with
 * it, and nothing is kept between writers.
 */
export function figureWriter(): FigureWriter {
  const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
  const cached = <T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T => {
    let formatter = formatters.get(key) as T | undefined;
    if (!formatter) {
      formatter = make();
      formatters.set(key, formatter);
    }
    return formatter;
  };

  const digitsOf = (value: number, fraction: number, compact: boolean, currency: string | null, locale: string): string => {
    const scientific = fraction > MAX_FRACTION;
    // Money keeps its cents when it has them ("€12.50"), and none when it is whole ("€12").
    const minimum = currency && !compact && fraction === 2 && !Number.isInteger(value) ? 2 : 0;
    // A key of the few things that vary: this runs for every figure on every page a build renders.
    const key = `digits|${locale}|${compact ? 'compact' : ''}|${currency ?? ''}|${minimum}|${fraction}`;
    const formatter = cached(key, () =>
      numberFormat(locale, {
        ...(compact ? { notation: 'compact' as const } : {}),
        ...(scientific ? { notation: 'scientific' as const } : {}),
        ...(currency ? { style: 'currency' as const, currency } : {}),
        minimumFractionDigits: minimum,
        maximumFractionDigits: scientific ? MAX_EXTRA_DIGITS : fraction,
      }),
    );
    return formatter.format(value);
  };

  const formatValue: FigureWriter['formatValue'] = (value, unit, locale, options = {}) => {
    if (value === null || value === undefined || !Number.isFinite(value)) return '–';
    const currency = unit && isCurrency(unit) ? unit : null;
    const write = (v: number, fraction: number, compact: boolean): string => digitsOf(v, fraction, compact, currency, locale);
    // Six digits and more are shortened; "36,500 sessions" still reads at a glance.
    const compact = options.compact === true && Math.abs(value) >= 100_000;
    // A percentage below or above 100 never reads "100 %": that is a claim of its own (no downtime).
    const among = unit === '%' ? [...(options.among ?? []), 100] : (options.among ?? []);
    const others = among.filter((n): n is number => typeof n === 'number' && Number.isFinite(n) && n !== value);
    const base = baseFraction(value, compact, currency);
    let text = write(value, base, compact);
    for (let extra = 1; extra <= MAX_EXTRA_DIGITS && collides(value, text, others, base + extra - 1, compact, write); extra++) {
      text = write(value, base + extra, compact);
    }
    // Compact notation that still cannot tell two figures apart gives way to the whole number.
    if (compact && collides(value, text, others, base + MAX_EXTRA_DIGITS, compact, write)) return formatValue(value, unit, locale, { among: options.among });
    if (currency || !unit) return text;
    return unit === '%' ? `${text} %` : `${text} ${unit}`;
  };

  return {
    formatValue,
    formatBand(band, unit, locale, options = {}) {
      if (band === null || band === undefined) return '–';
      if (typeof band === 'number') return formatValue(band, unit, locale, options);
      const currency = unit && isCurrency(unit);
      return `${formatValue(band.min, currency ? unit : null, locale, options)}–${formatValue(band.max, unit, locale, options)}`;
    },
    safeNumberFormat: (locale, options) => cached(`number|${locale}|${JSON.stringify(options)}`, () => numberFormat(locale, options)),
    dateFormat: (locale, options) =>
      cached(`date|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(safeLocale(locale), { ...options, timeZone: 'UTC' })),
  };
}

/** The figures shown with a KPI: its latest value, target and critical line. */
export function kpiFigures(kpi: { readonly latest?: { readonly value: number } | null; readonly target?: FigureBand | null; readonly critical?: FigureBand | null }): number[] {
  return [kpi.latest?.value, ...bandNumbers(kpi.target), ...bandNumbers(kpi.critical)].filter(isNumber);
}

/** The figures shown with a key result: start, current value, target and stretch. */
export function keyResultFigures(kr: {
  readonly start?: number | null;
  readonly current?: number | null;
  readonly target?: number | null;
  readonly stretch?: number | null;
}): number[] {
  return [kr.start, kr.current, kr.target, kr.stretch].filter(isNumber);
}

/** Codes Intl can write as money; read once, never changed. */
const CURRENCIES: ReadonlySet<string> = new Set(
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'SEK', 'NOK', 'DKK'],
);

/** True for an ISO 4217 code Intl knows ("EUR"), which is written as a currency. */
export function isCurrency(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit) && CURRENCIES.has(unit);
}

const isNumber = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

function bandNumbers(band: FigureBand | null | undefined): (number | undefined)[] {
  if (band === null || band === undefined) return [];
  return typeof band === 'number' ? [band] : [band.min, band.max];
}

/**
 * Digits after the point by size: whole thousands, tenths of hundreds, else hundredths; below
 * a hundredth, down to the first significant digit, so a value that is not 0 never reads "0".
 */
function baseFraction(value: number, compact: boolean, currency: string | null): number {
  if (compact) return 1;
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return 0;
  if (magnitude > 0 && magnitude < 0.01) return Math.ceil(-Math.log10(magnitude));
  if (currency) return 2;
  return magnitude >= 100 ? 1 : 2;
}

/**
 * True while the written value could mislead beside another figure: it reads the same as a
 * different one, or rounding moves it by more than a tenth of its distance to one (the step of
 * the last digit is then over a fifth of that distance), which would hide or swell a gap.
 */
function collides(
  value: number,
  text: string,
  others: readonly number[],
  fraction: number,
  compact: boolean,
  write: (v: number, fraction: number, compact: boolean) => string,
): boolean {
  const step = stepOf(value, fraction, compact);
  return others.some((other) => step > Math.abs(value - other) / 5 || write(other, fraction, compact) === text);
}

/** The size of one unit in the last digit written; compact notation counts in thousands, millions… */
function stepOf(value: number, fraction: number, compact: boolean): number {
  const magnitude = Math.abs(value);
  const scale = compact && magnitude >= 1000 ? 10 ** (3 * Math.floor(Math.log10(magnitude) / 3)) : 1;
  return scale * 10 ** -fraction;
}

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(safeLocale(locale), options);
  } catch {
    return new Intl.NumberFormat('en-GB', options);
  }
}
