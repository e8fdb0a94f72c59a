import { linearScale, niceDomain } from '../shared/scale.js';
import type { Tone } from '../shared/status.js';

export type Band = number | { min: number; max: number };
export type Direction = 'increase' | 'decrease' | 'range';

export interface GaugeInput {
  value: number | null;
  target: Band | null;
  critical: Band | null;
  direction: Direction;
  min?: number | undefined;
  max?: number | undefined;
  /** A value the scale never needs to pass unless the data does: 100 for percentages. */
  ceiling?: number | undefined;
  compact?: boolean | undefined;
}

export interface GaugeLayout {
  width: number;
  height: number;
  /** The centre of the dial; every path and point below is relative to it. */
  cx: number;
  cy: number;
  min: number;
  max: number;
  track: string;
  bands: { tone: Tone; path: string; from: number; to: number }[];
  valueArc: string | null;
  needle: { x1: number; y1: number; x2: number; y2: number } | null;
  targets: { x1: number; y1: number; x2: number; y2: number }[];
  ticks: { x: number; y: number; label: number; anchor: 'start' | 'middle' | 'end' }[];
}

/** The gauge sweeps 240°, from 8 o'clock to 4 o'clock, like a car's speedometer. */
const START = (-2 * Math.PI) / 3;
const END = (2 * Math.PI) / 3;

const lines = (band: Band | null): number[] => (band === null ? [] : typeof band === 'number' ? [band] : [band.min, band.max]);

/**
 * The scale's ends when none are given: every known line (value, target, critical) with room
 * on both sides, rounded to nice numbers, and never below zero for data that never is.
 */
export function gaugeDomain(input: GaugeInput): [number, number] {
  const known = [input.value, ...lines(input.target), ...lines(input.critical)].filter((n): n is number => n !== null && Number.isFinite(n));
  if (known.length === 0) return [input.min ?? 0, input.max ?? 100];
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const span = hi - lo || Math.abs(hi) || 1;
  let min = input.min ?? lo - span * 0.5;
  let max = input.max ?? hi + span * 0.5;
  if (input.min === undefined && lo >= 0 && min < 0) min = 0;
  if (max <= min) max = min + 1;
  const [niceMin, niceMax] = niceDomain(min, max, 5);
  const top = input.ceiling !== undefined && hi <= input.ceiling ? Math.min(niceMax, input.ceiling) : niceMax;
  return [input.min ?? niceMin, input.max ?? top];
}

/** Tone of each stretch of the scale, following the KPI's direction. */
export function gaugeBands(input: GaugeInput, [min, max]: [number, number]): { tone: Tone; from: number; to: number }[] {
  const clamp = (n: number): number => Math.min(max, Math.max(min, n));
  const raw: { tone: Tone; from: number; to: number }[] = [];
  const { target, critical, direction } = input;
  if (direction === 'range' && target !== null && typeof target === 'object') {
    const c = critical !== null && typeof critical === 'object' ? critical : null;
    raw.push(
      { tone: c ? 'bad' : 'warn', from: min, to: c ? c.min : target.min },
      ...(c ? [{ tone: 'warn' as Tone, from: c.min, to: target.min }] : []),
      { tone: 'good', from: target.min, to: target.max },
      ...(c ? [{ tone: 'warn' as Tone, from: target.max, to: c.max }] : []),
      { tone: c ? 'bad' : 'warn', from: c ? c.max : target.max, to: max },
    );
  } else if (typeof target === 'number') {
    const c = typeof critical === 'number' ? critical : null;
    if (direction === 'decrease') {
      raw.push({ tone: 'good', from: min, to: target }, { tone: 'warn', from: target, to: c ?? max }, ...(c !== null ? [{ tone: 'bad' as Tone, from: c, to: max }] : []));
    } else {
      raw.push(...(c !== null ? [{ tone: 'bad' as Tone, from: min, to: c }] : []), { tone: 'warn', from: c ?? min, to: target }, { tone: 'good', from: target, to: max });
    }
  }
  return raw.map((b) => ({ ...b, from: clamp(b.from), to: clamp(b.to) })).filter((b) => b.to > b.from);
}

/** Everything the gauge draws, as plain numbers and SVG path strings relative to the centre. */
export function gaugeLayout(input: GaugeInput): GaugeLayout {
  const width = input.compact ? 120 : 200;
  const radius = width / 2 - (input.compact ? 4 : 10);
  const thickness = input.compact ? 12 : 16;
  const cx = width / 2;
  const cy = radius + (input.compact ? 4 : 10);
  const height = Math.round(cy + radius * Math.cos(Math.PI / 3) + (input.compact ? 6 : 26));
  const [min, max] = gaugeDomain(input);
  const angle = linearScale([min, max], [START, END], true);
  const ring = (inner: number, outer: number, from: number, to: number): string => sector(inner, outer, angle(from), angle(to));
  const point = (value: number, r: number): { x: number; y: number } => {
    const a = angle(value);
    return { x: round(r * Math.sin(a)), y: round(-r * Math.cos(a)) };
  };
  const value = input.value;
  const tip = value === null ? null : point(value, radius - thickness - 6);
  return {
    width,
    height,
    cx,
    cy,
    min,
    max,
    track: ring(radius - thickness, radius, min, max),
    bands: gaugeBands(input, [min, max]).map((band) => ({ ...band, path: ring(radius - thickness, radius, band.from, band.to) })),
    valueArc: value === null ? null : ring(radius - thickness * 0.72, radius - thickness * 0.28, min, value),
    needle: tip === null ? null : { x1: 0, y1: 0, x2: tip.x, y2: tip.y },
    targets: lines(input.target).map((t) => {
      const outer = point(t, radius + 4);
      const inner = point(t, radius - thickness - 4);
      return { x1: outer.x, y1: outer.y, x2: inner.x, y2: inner.y };
    }),
    ticks: input.compact
      ? []
      : [min, max].map((label, i) => {
          const p = point(label, radius + 2);
          return { x: p.x, y: round(p.y + 16), label, anchor: i === 0 ? ('start' as const) : ('end' as const) };
        }),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * An annular sector from angle a0 to a1 (radians, clockwise from 12 o'clock), as SVG path data.
 * Written out rather than taken from d3-shape's arc(): with d3-path it would cost a fifth of
 * the gauge's 12 kB budget, for a shape that is two arcs and two lines.
 */
export function sector(inner: number, outer: number, a0: number, a1: number): string {
  if (a1 - a0 < 1e-6) return '';
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const at = (r: number, a: number): string => `${round(r * Math.sin(a))},${round(-r * Math.cos(a))}`;
  return `M${at(outer, a0)}A${outer},${outer},0,${large},1,${at(outer, a1)}L${at(inner, a1)}A${inner},${inner},0,${large},0,${at(inner, a0)}Z`;
}
