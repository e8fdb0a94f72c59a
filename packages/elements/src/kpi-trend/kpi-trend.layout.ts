import { civilOfDay, dayOfCivil, daysInMonth, fromDay, isIsoDay, toDay } from '@cairn/core/calendar';
import { calendarTicks, isoOfDay, linearScale, linearTicks, niceDomain } from '../shared/scale.js';
import { area, curveMonotoneX, curveStepAfter, line } from 'd3-shape';
import { gaugeBands, type Band, type Direction } from '../kpi-gauge/kpi-gauge.layout.js';
import type { Tone } from '../shared/status.js';

export type { Band, Direction };

/** One measurement of a KPI. */
export interface Measurement {
  date: string;
  value: number;
}

/** A target in force from `from` (inclusive) until `to` (exclusive), clipped to the window. */
export interface TargetStep {
  from: string;
  to: string;
  value: Band;
}

export interface TrendInput {
  /** The measurements inside the window, oldest first. */
  series: Measurement[];
  /** First and last day shown, ISO dates. */
  window: [string, string];
  targets: TargetStep[];
  critical: Band | null;
  direction: Direction;
  width: number;
  height: number;
}

export interface TrendPoint {
  x: number;
  y: number;
  date: string;
  value: number;
}

export interface TrendLayout {
  width: number;
  height: number;
  /** Edges of the plot area inside the SVG. */
  plot: { left: number; top: number; right: number; bottom: number };
  domain: [number, number];
  line: string | null;
  area: string | null;
  points: TrendPoint[];
  /** Step lines of numeric targets, one path per unbroken run. */
  targetLines: string[];
  /** Shaded target bands of range KPIs, one path per unbroken run. */
  targetBands: string[];
  /** Threshold bands (critical, warning, healthy) behind the line, per target step. */
  bands: { tone: Tone; x: number; y: number; width: number; height: number }[];
  /** The same bands drawn as one path per tone, in order of first appearance, rectangles side by side in one outline: a few nodes, however many steps. */
  bandPaths: { tone: Tone; d: string }[];
  xTicks: { x: number; date: string }[];
  yTicks: { y: number; value: number }[];
  /** The grid line of every y tick as one path: one node and one binding, however many ticks. */
  grid: string;
  /** Where the label of the last value goes. */
  last: { x: number; y: number; anchor: 'start' | 'end'; labelX: number; labelY: number } | null;
}

/** The day number of an ISO day (days since 1970-01-01), or null when it is not a real day. */
export function dayNumberOf(iso: string): number | null {
  return isIsoDay(iso) ? toDay(iso) : null;
}

/** Moves an ISO day by whole months, keeping the day or clamping it to the month's end. */
export function addMonths(iso: string, months: number): string {
  const day = dayNumberOf(iso);
  if (day === null) return iso;
  const from = civilOfDay(day);
  // The first of the month that many months on (dayOfCivil carries months past 12 into years).
  const first = civilOfDay(dayOfCivil(from.year, from.month + months, 1));
  return fromDay(dayOfCivil(first.year, first.month, Math.min(from.day, daysInMonth(first.year, first.month))));
}

/**
 * Reads the standalone `values` attribute: `2026-01-31:88 2026-02-28:90`, separated by spaces,
 * commas or semicolons. Unreadable pairs are skipped; the result is sorted by date.
 */
export function parseValues(text: string | null | undefined): Measurement[] {
  if (!text) return [];
  const out: Measurement[] = [];
  for (const pair of text.split(/[\s,;]+/)) {
    const at = pair.indexOf(':');
    if (at < 0) continue;
    const date = pair.slice(0, at);
    const raw = pair.slice(at + 1);
    const value = raw === '' ? Number.NaN : Number(raw);
    if (dayNumberOf(date) !== null && Number.isFinite(value)) out.push({ date, value });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** A target or critical attribute: `90`, or a range band `30..45`. */
export function parseBand(input: unknown): Band | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  if (typeof input !== 'string' || input.trim() === '') return null;
  const range = /^\s*(-?[\d.]+)\s*\.\.\s*(-?[\d.]+)\s*$/.exec(input);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    return Number.isFinite(a) && Number.isFinite(b) ? { min: Math.min(a, b), max: Math.max(a, b) } : null;
  }
  const n = Number(input);
  return Number.isFinite(n) ? n : null;
}

export interface WindowOptions {
  from?: string | undefined;
  to?: string | undefined;
  months?: number | undefined;
}

/**
 * The days shown: `from`/`to` when given, else `months` (18 by default) back from `to`, which
 * defaults to the latest measurement, but not before the first one. Returns the window and the measurements inside it.
 */
export function trendWindow(series: readonly Measurement[], options: WindowOptions = {}): { window: [string, string] | null; series: Measurement[] } {
  const sorted = series.filter((m) => dayNumberOf(m.date) !== null && Number.isFinite(m.value)).sort((a, b) => a.date.localeCompare(b.date));
  const latest = sorted.at(-1)?.date;
  const to = options.to && dayNumberOf(options.to) !== null ? options.to : latest;
  if (!to) return { window: null, series: [] };
  const months = options.months !== undefined && options.months > 0 ? Math.round(options.months) : 18;
  // Without an explicit start the chart begins no earlier than the first measurement, so a
  // short history fills the width instead of hugging the right edge.
  const first = sorted[0]?.date ?? to;
  const back = addMonths(to, -months);
  let from = options.from && dayNumberOf(options.from) !== null ? options.from : back < first ? first : back;
  if (from > to) from = to;
  return { window: [from, to], series: sorted.filter((m) => m.date >= from && m.date <= to) };
}

/**
 * Time-bound targets as steps inside the window. Before the first dated target there was none;
 * a KPI without dated targets has its one target across the whole window.
 */
export function targetSteps(targets: readonly { from: string; value: Band }[] | null | undefined, target: Band | null, [start, end]: [string, string]): TargetStep[] {
  if (!targets || targets.length === 0) return target === null ? [] : [{ from: start, to: end, value: target }];
  const sorted = [...targets].sort((a, b) => a.from.localeCompare(b.from));
  const steps: TargetStep[] = [];
  sorted.forEach((t, i) => {
    const next = sorted[i + 1]?.from ?? end;
    const from = t.from > start ? t.from : start;
    const to = next < end ? next : end;
    if (to > from) steps.push({ from, to, value: t.value });
  });
  return steps;
}

const lines = (band: Band | null): number[] => (band === null ? [] : typeof band === 'number' ? [band] : [band.min, band.max]);

/** The value axis: the measurements, targets and critical lines, with a little room, nice ends. */
export function trendDomain(series: readonly Measurement[], targets: readonly TargetStep[], critical: Band | null): [number, number] {
  const known = [...series.map((m) => m.value), ...targets.flatMap((t) => lines(t.value)), ...lines(critical)].filter(Number.isFinite);
  if (known.length === 0) return [0, 1];
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const span = hi - lo || Math.abs(hi) || 1;
  let min = lo - span * 0.1;
  const max = hi + span * 0.1;
  if (lo >= 0 && min < 0) min = 0;
  return niceDomain(min, max, 5);
}

const round = (n: number): number => Math.round(n * 100) / 100;

type BandRect = { tone: Tone; x: number; y: number; width: number; height: number };

/** Whether `next` starts where `last` ends and the two share some height, so one outline can hold both. */
const continues = (last: BandRect, next: BandRect): boolean =>
  Math.abs(last.x + last.width - next.x) < 0.011 && Math.max(last.y, next.y) < Math.min(last.y + last.height, next.y + next.height);

/** One outline around side-by-side rectangles: along their tops left to right, back along their bottoms, a move only where an edge steps. */
function outline(chain: readonly BandRect[]): string {
  const last = chain.at(-1)!;
  const bottom = (r: BandRect): number => round(r.y + r.height);
  let d = `M${chain[0]!.x},${chain[0]!.y}`;
  chain.forEach((r, i) => {
    const next = chain[i + 1];
    if (next?.y === r.y) return;
    d += next ? `H${next.x}V${next.y}` : `H${round(last.x + last.width)}V${bottom(last)}`;
  });
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const r = chain[i]!;
    const before = chain[i - 1];
    if (before && bottom(before) === bottom(r)) continue;
    d += before ? `H${r.x}V${bottom(before)}` : `H${r.x}`;
  }
  return `${d}Z`;
}

/**
 * The bands as one path per tone, in order of first appearance; the rectangles of a tone that
 * follow each other across target steps share one outline (a staircase), so a weekly target
 * over a quarter draws in a few short paths.
 */
function bandPaths(bands: readonly BandRect[]): { tone: Tone; d: string }[] {
  const chains = new Map<Tone, BandRect[][]>();
  for (const b of bands) {
    const ofTone = chains.get(b.tone) ?? [];
    const chain = ofTone.find((c) => continues(c.at(-1)!, b));
    if (chain) chain.push(b);
    else ofTone.push([b]);
    chains.set(b.tone, ofTone);
  }
  return [...chains].map(([tone, ofTone]) => ({ tone, d: ofTone.map(outline).join('') }));
}

/** Runs of consecutive steps of one kind (numbers or bands), so a step line stays unbroken. */
function runs(steps: readonly TargetStep[], kind: 'number' | 'band'): TargetStep[][] {
  const out: TargetStep[][] = [];
  let current: TargetStep[] = [];
  for (const step of steps) {
    const isKind = (typeof step.value === 'number') === (kind === 'number');
    const touches = current.length === 0 || current.at(-1)!.to === step.from;
    if (isKind && touches) current.push(step);
    else {
      if (current.length > 0) out.push(current);
      current = isKind ? [step] : [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Everything the chart draws, as rounded numbers and SVG path strings in a width × height box. */
export function trendLayout(input: TrendInput): TrendLayout {
  const width = Math.max(120, Math.round(input.width));
  const height = Math.max(80, Math.round(input.height));
  const plot = { left: 52, top: 14, right: width - 14, bottom: height - 26 };
  const [start, end] = input.window;
  // The time axis counts whole days: the day numbers of the window's first and last days.
  const startDay = dayNumberOf(start) ?? 0;
  let endDay = dayNumberOf(end) ?? startDay;
  if (endDay <= startDay) endDay = startDay + 1;
  const x = linearScale([startDay, endDay], [plot.left, plot.right]);
  const domain = trendDomain(input.series, input.targets, input.critical);
  const y = linearScale(domain, [plot.bottom, plot.top]);
  // Each target step's days are placed several times (bands, step line): each day is read once per layout.
  const placed = new Map<string, number>();
  const xOf = (iso: string): number => {
    let at = placed.get(iso);
    if (at === undefined) placed.set(iso, (at = round(x(dayNumberOf(iso) ?? startDay))));
    return at;
  };
  const yOf = (value: number): number => round(y(value));

  const points: TrendPoint[] = input.series.map((m) => ({ x: xOf(m.date), y: yOf(m.value), date: m.date, value: m.value }));
  const measured = line<TrendPoint>().x((p) => p.x).y((p) => p.y).curve(curveMonotoneX).digits(2);

  const stepPoints = (run: TargetStep[]): { x: number; value: Band }[] => [...run.map((s) => ({ x: xOf(s.from), value: s.value })), { x: xOf(run.at(-1)!.to), value: run.at(-1)!.value }];
  // The step line in H and V moves: half the text of d3's curveStepAfter, the same drawing.
  const stepLine = (points: { x: number; value: Band }[]): string => {
    let d = '';
    let lastY = Number.NaN;
    for (const [i, p] of points.entries()) {
      const y = yOf(p.value as number);
      if (i === 0) d = `M${p.x},${y}`;
      else d += y === lastY ? `H${p.x}` : `H${p.x}V${y}`;
      lastY = y;
    }
    return d;
  };
  const stepArea = area<{ x: number; value: Band }>()
    .x((p) => p.x)
    .y0((p) => yOf((p.value as { min: number }).min))
    .y1((p) => yOf((p.value as { max: number }).max))
    .curve(curveStepAfter)
    .digits(2);

  const bands = input.targets.flatMap((step) => {
    const x0 = xOf(step.from);
    const x1 = xOf(step.to);
    return gaugeBands({ value: null, target: step.value, critical: input.critical, direction: input.direction }, domain).map((b) => {
      const top = yOf(b.to);
      return { tone: b.tone, x: x0, y: top, width: round(x1 - x0), height: round(yOf(b.from) - top) };
    });
  });

  const tickCount = Math.max(2, Math.floor((plot.right - plot.left) / 90));
  const xTicks = calendarTicks(startDay, endDay, tickCount).map((day) => ({ x: round(x(day)), date: isoOfDay(day) }));
  const yTicks = linearTicks(y, Math.max(2, Math.min(5, Math.floor((plot.bottom - plot.top) / 36)))).map((value) => ({ y: yOf(value), value }));

  const lastPoint = points.at(-1);
  const last = lastPoint
    ? {
        x: lastPoint.x,
        y: lastPoint.y,
        anchor: lastPoint.x > (plot.left + plot.right) / 2 ? ('end' as const) : ('start' as const),
        labelX: round(lastPoint.x + (lastPoint.x > (plot.left + plot.right) / 2 ? -6 : 6)),
        labelY: round(lastPoint.y - plot.top < 18 ? lastPoint.y + 18 : lastPoint.y - 9),
      }
    : null;

  const drawn = points.length > 0 ? measured(points) : null;
  return {
    width,
    height,
    plot,
    domain,
    line: drawn,
    // A fill under the line would grey out the threshold bands it crosses: only without bands.
    area: drawn !== null && points.length > 1 && bands.length === 0 ? closedDown(drawn, points, plot.bottom) : null,
    points,
    targetLines: runs(input.targets, 'number').map((run) => stepLine(stepPoints(run))),
    targetBands: runs(input.targets, 'band').map((run) => stepArea(stepPoints(run)) ?? ''),
    bands,
    bandPaths: bandPaths(bands),
    xTicks,
    yTicks,
    grid: yTicks.map((tick) => `M${plot.left},${tick.y}H${plot.right}`).join(''),
    last,
  };
}

/** Index of the point nearest to `x` along the time axis, or -1 when there is none. */
export function nearestIndex(points: readonly { x: number }[], x: number): number {
  let best = -1;
  let distance = Number.POSITIVE_INFINITY;
  points.forEach((p, i) => {
    const d = Math.abs(p.x - x);
    if (d < distance) {
      distance = d;
      best = i;
    }
  });
  return best;
}

/** The index a key moves the focus point to, or null for keys the chart does not handle. */
export function stepFocus(key: string, current: number | null, count: number): number | null {
  if (count === 0) return null;
  const at = current ?? count - 1;
  switch (key) {
    case 'ArrowLeft':
      return current === null ? count - 1 : Math.max(0, at - 1);
    case 'ArrowRight':
      return current === null ? count - 1 : Math.min(count - 1, at + 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

export interface SparklineLayout {
  width: number;
  height: number;
  line: string | null;
  area: string | null;
  /** The target as a horizontal line (numbers) or band (ranges), in force at the latest point. */
  target: { y: number } | { y: number; height: number } | null;
  last: { x: number; y: number } | null;
}

/**
 * The fill under a line: the line's own path closed along a flat bottom, the shape d3's area
 * with a flat base draws, without writing every point a second time.
 */
function closedDown(line: string, points: readonly { x: number }[], bottom: number): string {
  return `${line}L${points.at(-1)!.x},${bottom}L${points[0]!.x},${bottom}Z`;
}

/** The sparkline's inner margin, in its own units. */
const SPARK_PAD = 3;
/** Width of the slots a sparkline keeps one measurement of: finer detail cannot be seen in a tile. */
const SPARK_SLOT = 2;

interface SparklineOptions {
  width?: number;
  height?: number;
  months?: number;
}

/** The sparkline's x scale: the measurements fill the width from the first shown to the last. */
function sparklineX(shown: readonly Measurement[], width: number): (day: number) => number {
  const startDay = dayNumberOf(shown[0]!.date)!;
  let endDay = dayNumberOf(shown.at(-1)!.date)!;
  if (endDay <= startDay) endDay = startDay + 1;
  return linearScale([startDay, endDay], [SPARK_PAD, width - SPARK_PAD]);
}

/**
 * The measurements a sparkline draws, as date and value: those of its window (the last
 * `months`), and where more than two fall in one slot of two units of width, the lowest and the
 * highest of the slot (the first of each when values repeat), besides the first and the last
 * measurement. The line keeps its ups and downs at the resolution a tile can show. A page that
 * embeds a board's data can embed just these (a daily KPI keeps about 115 of its 550 values in
 * 18 months), and the sparkline drawn from them is the one drawn from the whole series.
 */
export function sparklineSeries(series: readonly Measurement[], { width = 120, months = 18 }: SparklineOptions = {}): Measurement[] {
  const { series: shown } = trendWindow(series, { months });
  if (shown.length === 0) return [];
  const x = sparklineX(shown, width);
  const keep = new Set([0, shown.length - 1]);
  let slot = Number.NaN;
  let lowest = 0;
  let highest = 0;
  shown.forEach((m, i) => {
    const own = Math.floor(x(dayNumberOf(m.date)!) / SPARK_SLOT);
    if (own !== slot) {
      keep.add(lowest).add(highest);
      slot = own;
      lowest = i;
      highest = i;
    }
    if (m.value < shown[lowest]!.value) lowest = i;
    if (m.value > shown[highest]!.value) highest = i;
  });
  keep.add(lowest).add(highest);
  return shown.filter((_, i) => keep.has(i)).map(({ date, value }) => ({ date, value }));
}

/**
 * A small chart without axes for tiles: the last `months` of measurements stretched over
 * width × height, meant for an SVG with preserveAspectRatio="none".
 */
export function sparklineLayout(series: readonly Measurement[], target: Band | null, { width = 120, height = 36, months = 18 }: SparklineOptions = {}): SparklineLayout {
  const { window } = trendWindow(series, { months });
  const shown = sparklineSeries(series, { width, months });
  if (!window || shown.length === 0) return { width, height, line: null, area: null, target: null, last: null };
  const pad = SPARK_PAD;
  const steps = target === null ? [] : [{ from: window[0], to: window[1], value: target }];
  const domain = trendDomain(shown, steps, null);
  const x = sparklineX(shown, width);
  const y = linearScale(domain, [height - pad, pad]);
  const pts = shown.map((m) => ({ x: round(x(dayNumberOf(m.date)!)), y: round(y(m.value)) }));
  const path = line<{ x: number; y: number }>().x((p) => p.x).y((p) => p.y).curve(curveMonotoneX).digits(2);
  const lastPoint = pts.at(-1)!;
  const drawn = path(pts) ?? '';
  return {
    width,
    height,
    line: drawn,
    area: pts.length > 1 ? closedDown(drawn, pts, height - pad) : null,
    target: target === null ? null : typeof target === 'number' ? { y: round(y(target)) } : { y: round(y(target.max)), height: round(y(target.min) - y(target.max)) },
    last: { x: lastPoint.x, y: lastPoint.y },
  };
}
