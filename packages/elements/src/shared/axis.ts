import { formatBand, type Band, type FormatValueOptions } from './format.js';
import { dateFormat } from './format.js';

/**
 * Labels for calendar ticks that never repeat: month ticks read "Oct 2026, Nov, Dec", day or
 * week ticks read "5 Oct, 12 Oct" (a month name alone would say "Oct" four times). The year is
 * written on the first tick and wherever it changes.
 */
export function calendarTickLabels(isos: readonly string[], locale: string): string[] {
  const dates = isos.map((iso) => new Date(`${iso}T00:00:00Z`));
  const monthly = dates.every((d) => d.getUTCDate() === 1) && new Set(dates.map((d) => `${d.getUTCFullYear()}-${d.getUTCMonth()}`)).size === dates.length;
  return dates.map((d, i) => {
    const withYear = i === 0 || d.getUTCFullYear() !== dates[i - 1]!.getUTCFullYear();
    const options: Intl.DateTimeFormatOptions = monthly ? { month: 'short' } : { day: 'numeric', month: 'short' };
    return dateFormat(locale, withYear ? { ...options, year: 'numeric' } : options).format(d);
  });
}

/**
 * The critical line in words that say which side is critical: "≤ 80" for a KPI that should
 * rise, "≥ 2" for one that should fall, "outside 1–8 days" for a range (a bare "1–8 days"
 * would read as the critical zone itself).
 */
export function criticalLegend(
  critical: Band | null | undefined,
  direction: string,
  unit: string | null | undefined,
  locale: string,
  options: FormatValueOptions = {},
): string | null {
  if (critical === null || critical === undefined) return null;
  const text = formatBand(critical, unit, locale, options);
  if (typeof critical !== 'number') return `outside ${text}`;
  return direction === 'decrease' ? `≥ ${text}` : `≤ ${text}`;
}
