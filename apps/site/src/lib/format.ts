/**
 * The site's one door to formatting. Until @cairn/elements/format is published, a stand-in with
 * the same names; it is replaced by a re-export when that entry lands.
 */
export const formatPercent = (share: number | null | undefined, locale: string): string =>
  share === null || share === undefined || !Number.isFinite(share) ? '–' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
export const formatScore = (score: number): string => score.toFixed(2);
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
const STATUS: Record<string, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  done: 'Done',
  achieved: 'Achieved',
  partial: 'Partly achieved',
  missed: 'Missed',
};
const HEALTH: Record<string, string> = { healthy: 'Healthy', warning: 'Warning', critical: 'Critical', unknown: 'Unknown' };
export const statusLook = (status: string): { label: string } => ({ label: STATUS[status] ?? status });
export const healthLook = (health: string): { label: string } => ({ label: HEALTH[health] ?? health });
export function formatValue(value: number | null | undefined, unit: string | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const magnitude = Math.abs(value);
  const digits = new Intl.NumberFormat(locale, { maximumFractionDigits: magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : 2 }).format(value);
  return unit ? `${digits} ${unit}` : digits;
}
const TONES: Record<string, string> = { 'on-track': 'good', done: 'good', achieved: 'good', healthy: 'good', 'at-risk': 'warn', partial: 'warn', warning: 'warn', 'off-track': 'bad', missed: 'bad', critical: 'bad' };
/** The tone of a status or health: good, warn, bad or none (the elements' --cairn-* tokens). */
export const toneOf = (state: string): string => TONES[state] ?? 'none';
