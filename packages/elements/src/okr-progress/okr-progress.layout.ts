import { arc } from 'd3-shape';
import { formatScore, formatValue } from '../shared/format.js';
import { statusLook } from '../shared/status.js';

/** A share on the 0..1 scale, clamped; null when it is not a finite number. */
export function clampShare(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.min(1, Math.max(0, value));
}

/** A share as a whole percentage, the number aria-valuenow carries. */
export function toPercent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

export interface BarLayout {
  /** Width of the filled part, in percent of the track. */
  fill: number;
  /** Position of the expected-pace marker, in percent of the track; null without one. */
  marker: number | null;
}

/** The bar as percentages of its track, so it stretches with its container. */
export function barLayout(value: number | null, expected: number | null): BarLayout {
  const v = clampShare(value);
  const e = clampShare(expected);
  return { fill: v === null ? 0 : round(v * 100), marker: e === null ? null : round(e * 100) };
}

export interface RingLayout {
  /** Side of the square viewBox; the SVG scales to the size the page gives it. */
  size: number;
  /** Centre of the ring; every path and point below is relative to it. */
  cx: number;
  cy: number;
  track: string;
  valueArc: string | null;
  marker: { x1: number; y1: number; x2: number; y2: number } | null;
}

const RING_SIZE = 100;
const RING_OUTER = 44;
const RING_THICKNESS = 10;

/**
 * A ring that fills clockwise from 12 o'clock, drawn with d3-shape's arc, and a tick across
 * it where the expected pace is.
 */
export function ringLayout(value: number | null, expected: number | null): RingLayout {
  const v = clampShare(value);
  const e = clampShare(expected);
  const inner = RING_OUTER - RING_THICKNESS;
  const ring = (to: number): string => arc<null>().digits(2).innerRadius(inner).outerRadius(RING_OUTER).startAngle(0).endAngle(to * 2 * Math.PI)(null) ?? '';
  const point = (share: number, r: number): { x: number; y: number } => {
    const a = share * 2 * Math.PI;
    return { x: round(r * Math.sin(a)), y: round(-r * Math.cos(a)) };
  };
  let marker: RingLayout['marker'] = null;
  if (e !== null) {
    const outer = point(e, RING_OUTER + 4);
    const innerPoint = point(e, inner - 4);
    marker = { x1: outer.x, y1: outer.y, x2: innerPoint.x, y2: innerPoint.y };
  }
  return {
    size: RING_SIZE,
    cx: RING_SIZE / 2,
    cy: RING_SIZE / 2,
    track: ring(1),
    valueArc: v === null || v === 0 ? null : ring(v),
    marker,
  };
}

/** How the value is written: a percentage (progress, the default) or a score on the 0.00–1.00 scale. */
export type ProgressFormat = 'percent' | 'score';

export interface ProgressText {
  /** aria-valuenow: whole percent, or the score with two decimals; null when there is no value. */
  now: number | null;
  /** aria-valuemax: 100 for a percentage, 1 for a score. */
  max: number;
  /** The value as shown, e.g. "60 %" or "0.60". */
  valueText: string;
  /** The expected pace as shown, or null. */
  expectedText: string | null;
  /** What a screen reader hears: "60 %, on track, expected 49 %" (or "0.60, on track, 49 % of the time passed"). */
  spoken: string;
}

/** The words that go with the bar, so status and pace never rely on colour or position alone. */
export function progressText(value: number | null, expected: number | null, status: string | null, locale: string, format: ProgressFormat = 'percent'): ProgressText {
  const share = clampShare(value);
  const pace = clampShare(expected);
  const score = format === 'score';
  // A score is written as scores are everywhere ("0.67"); the pace is the share of the period passed, a percentage wherever it is shown.
  const percent = (v: number | null): string => formatValue(toPercent(v), '%', locale);
  const now = score ? (share === null ? null : Math.round(share * 100) / 100) : toPercent(share);
  const valueText = score ? formatScore(share) : percent(share);
  const expectedText = pace === null ? null : percent(pace);
  const paceWords = expectedText === null ? null : score ? `${expectedText} of the time passed` : `expected ${expectedText}`;
  const spoken = [valueText, status ? statusLook(status).label.toLowerCase() : null, paceWords].filter(Boolean).join(', ');
  return { now, max: score ? 1 : 100, valueText, expectedText, spoken };
}

/**
 * Splits a key-result reference. `"objective#kr"` names both; a bare `"kr"` needs the
 * objective from elsewhere.
 */
export function parseKeyResultRef(ref: string, objective?: string): { objective: string | undefined; keyResult: string } {
  const hash = ref.indexOf('#');
  if (hash === -1) return { objective, keyResult: ref };
  return { objective: ref.slice(0, hash) || objective, keyResult: ref.slice(hash + 1) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
