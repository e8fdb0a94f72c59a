import type { Period } from '../schema/period.js';
import { daysBetween, periodPhase } from '../score/index.js';

/**
 * The period a reader most likely wants: the configured one, else the shortest period running
 * at the as-of date (a quarter over its year), else the one that ended last.
 */
export function defaultPeriod(periods: readonly Period[], asOf: string, configured?: string): string | null {
  if (configured && periods.some((p) => p.id === configured)) return configured;
  const running = periods
    .filter((p) => periodPhase(p, asOf) === 'during')
    .sort((a, b) => daysBetween(a.start, a.end) - daysBetween(b.start, b.end) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  if (running[0]) return running[0].id;
  const ended = periods.filter((p) => p.end < asOf).sort((a, b) => b.end.localeCompare(a.end) || a.id.localeCompare(b.id));
  return ended[0]?.id ?? periods[0]?.id ?? null;
}
