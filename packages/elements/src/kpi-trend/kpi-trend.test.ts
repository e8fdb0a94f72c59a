import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  nearestIndex,
  parseBand,
  parseValues,
  sparklineLayout,
  stepFocus,
  targetSteps,
  dayNumberOf,
  trendDomain,
  trendLayout,
  trendWindow,
  type Measurement,
} from './kpi-trend.layout.js';
import { isRealDay } from '../shared/shape.js';

/** The closed outlines of a path of absolute M, H, V and Z moves, as lists of corners. */
function outlines(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MHVZ])([^MHVZ]*)/g)) {
    if (command === 'M') {
      [x, y] = args!.split(',').map(Number) as [number, number];
      out.push([[x, y]]);
    } else if (command === 'H') out.at(-1)!.push([(x = Number(args)), y]);
    else if (command === 'V') out.at(-1)!.push([x, (y = Number(args))]);
  }
  return out;
}

/** Area of a polygon by the shoelace formula, positive when it runs clockwise on screen (y down). */
const area = (corners: [number, number][]): number => corners.reduce((sum, [x0, y0], i) => {
  const [x1, y1] = corners[(i + 1) % corners.length]!;
  return sum + (x0 * y1 - x1 * y0) / 2;
}, 0);

/** Whether a point lies inside any of the outlines (even-odd, by a ray to the right). */
const inside = (shapes: [number, number][][], [px, py]: [number, number]): boolean =>
  shapes.some((corners) =>
    corners.reduce((odd, [x0, y0], i) => {
      const [x1, y1] = corners[(i + 1) % corners.length]!;
      return y0 > py !== y1 > py && px < x0 + ((py - y0) * (x1 - x0)) / (y1 - y0) ? !odd : odd;
    }, false),
  );

const monthly: Measurement[] = [
  { date: '2026-01-31', value: 84 },
  { date: '2026-02-28', value: 86 },
  { date: '2026-03-31', value: 91 },
  { date: '2026-04-30', value: 88 },
];

describe('dates', () => {
  it('reads ISO days as day numbers and rejects anything else', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0);
    expect(dayNumberOf('2026-02-28')).toBe(Date.UTC(2026, 1, 28) / 86_400_000);
    expect(dayNumberOf('28.02.2026')).toBeNull();
    expect(dayNumberOf('')).toBeNull();
  });

  it('reads exactly the days isRealDay accepts, each as the day it names (property)', () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (year, month, day) => {
        const iso = `${year}-${month}-${day}`;
        const number = dayNumberOf(iso);
        expect(number !== null).toBe(isRealDay(iso));
        if (number !== null) expect(new Date(number * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
      }),
      { numRuns: 2000 },
    );
    expect(dayNumberOf('2028-02-29')).not.toBeNull();
    expect(dayNumberOf('2026-02-29')).toBeNull();
  });

  it('moves by months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-08-31', -18)).toBe('2025-02-28');
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2026-12-31', 14)).toBe('2028-02-29');
    expect(addMonths('not a day', 1)).toBe('not a day');
  });
});

describe('parseValues and parseBand (standalone attributes)', () => {
  it('reads date:value pairs, skips junk and sorts by date', () => {
    expect(parseValues('2026-02-28:90 2026-01-31:88, nonsense 2026-03-31: 2026-04-30:-1.5')).toEqual([
      { date: '2026-01-31', value: 88 },
      { date: '2026-02-28', value: 90 },
      { date: '2026-04-30', value: -1.5 },
    ]);
    expect(parseValues(undefined)).toEqual([]);
  });

  it('reads a number or a min..max band', () => {
    expect(parseBand('90')).toBe(90);
    expect(parseBand(7)).toBe(7);
    expect(parseBand('45..30')).toEqual({ min: 30, max: 45 });
    expect(parseBand('')).toBeNull();
    expect(parseBand('lots')).toBeNull();
  });
});

describe('trendWindow', () => {
  const weekly: Measurement[] = Array.from({ length: 120 }, (_, i) => ({ date: new Date(Date.UTC(2024, 0, 7 + i * 7)).toISOString().slice(0, 10), value: i }));

  it('shows the last 18 months up to the latest measurement by default', () => {
    const { window, series } = trendWindow(weekly);
    expect(window).toEqual(['2024-10-19', '2026-04-19']);
    expect(series[0]?.date).toBe('2024-10-20');
    expect(series.at(-1)?.date).toBe('2026-04-19');
  });

  it('takes months, or an explicit from/to window', () => {
    expect(trendWindow(weekly, { months: 3 }).window).toEqual(['2026-01-19', '2026-04-19']);
    const fixed = trendWindow(weekly, { from: '2025-01-01', to: '2025-01-31' });
    expect(fixed.window).toEqual(['2025-01-01', '2025-01-31']);
    expect(fixed.series.map((m) => m.date)).toEqual(['2025-01-05', '2025-01-12', '2025-01-19', '2025-01-26']);
  });

  it('starts no earlier than the first measurement unless from is given', () => {
    expect(trendWindow(monthly).window).toEqual(['2026-01-31', '2026-04-30']);
    expect(trendWindow(monthly, { from: '2025-06-01' }).window).toEqual(['2025-06-01', '2026-04-30']);
  });

  it('has no window without measurements', () => {
    expect(trendWindow([])).toEqual({ window: null, series: [] });
  });
});

describe('targetSteps', () => {
  it('turns time-bound targets into steps clipped to the window, with no target before the first', () => {
    const targets = [
      { from: '2026-07-01', value: 90 },
      { from: '2026-01-01', value: 85 },
    ];
    expect(targetSteps(targets, 90, ['2025-05-08', '2026-11-08'])).toEqual([
      { from: '2026-01-01', to: '2026-07-01', value: 85 },
      { from: '2026-07-01', to: '2026-11-08', value: 90 },
    ]);
    expect(targetSteps(targets, 90, ['2026-03-01', '2026-05-01'])).toEqual([{ from: '2026-03-01', to: '2026-05-01', value: 85 }]);
  });

  it('spans the window with the one target when there are no dated ones', () => {
    expect(targetSteps(null, { min: 30, max: 45 }, ['2026-01-01', '2026-06-30'])).toEqual([{ from: '2026-01-01', to: '2026-06-30', value: { min: 30, max: 45 } }]);
    expect(targetSteps([], null, ['2026-01-01', '2026-06-30'])).toEqual([]);
  });
});

describe('trendDomain', () => {
  it('covers measurements, targets and critical lines with nice ends', () => {
    expect(trendDomain(monthly, [{ from: '2026-01-31', to: '2026-04-30', value: 90 }], 80)).toEqual([75, 95]);
    expect(trendDomain([], [], null)).toEqual([0, 1]);
  });

  it('stays at or above zero for data that never goes below it', () => {
    expect(trendDomain([{ date: '2026-01-01', value: 0.2 }, { date: '2026-02-01', value: 3 }], [], null)[0]).toBe(0);
  });
});

describe('trendLayout', () => {
  const input = {
    series: monthly,
    window: ['2026-01-31', '2026-04-30'] as [string, string],
    targets: [{ from: '2026-01-31', to: '2026-04-30', value: 90 }],
    critical: 80,
    direction: 'increase' as const,
    width: 400,
    height: 200,
  };

  it('draws a stable SVG with rounded numbers', () => {
    expect(trendLayout(input)).toMatchSnapshot();
  });

  it('paints no fill under the line over threshold bands (it would grey them out), one without bands', () => {
    expect(trendLayout(input).bands.length).toBeGreaterThan(0);
    expect(trendLayout(input).area).toBeNull();
    expect(trendLayout({ ...input, targets: [], critical: null }).area).toMatch(/^M/);
  });

  it('spans the plot with the window and puts higher values higher', () => {
    const layout = trendLayout(input);
    expect(layout.points[0]?.x).toBe(layout.plot.left);
    expect(layout.points.at(-1)?.x).toBe(layout.plot.right);
    expect(layout.points[2]!.y).toBeLessThan(layout.points[0]!.y);
    expect(layout.last).toMatchObject({ x: layout.plot.right, anchor: 'end' });
    for (const p of layout.points) expect(Math.round(p.x * 100) / 100).toBe(p.x);
  });

  it('draws the bands of every target step as one path per tone, side-by-side rectangles in one outline', () => {
    const steps = trendLayout({ ...input, targets: [{ from: '2026-01-31', to: '2026-03-01', value: 85 }, { from: '2026-03-01', to: '2026-04-30', value: 90 }] });
    expect(steps.bandPaths.map((p) => p.tone)).toEqual(['bad', 'warn', 'good']);
    // The critical band keeps its height: one rectangle. The others step up with the target: one staircase each.
    for (const path of steps.bandPaths) expect(path.d.match(/M/g)).toHaveLength(1);
    const bad = steps.bands.filter((b) => b.tone === 'bad');
    expect(steps.bandPaths[0]!.d).toBe(`M${bad[0]!.x},${bad[0]!.y}H${steps.plot.right}V${steps.plot.bottom}H${bad[0]!.x}Z`);
    const warn = steps.bands.filter((b) => b.tone === 'warn');
    expect(steps.bandPaths[1]!.d).toMatch(new RegExp(`^M${warn[0]!.x},${warn[0]!.y}H${warn[1]!.x}V${warn[1]!.y}H${steps.plot.right}V`));
  });

  it('covers exactly the rectangles of each tone, for any targets, critical line and direction (property)', () => {
    const value = fc.integer({ min: 0, max: 200 });
    const band = fc.oneof(value, fc.tuple(value, value).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) + 1 })));
    fc.assert(
      fc.property(fc.array(band, { minLength: 1, maxLength: 16 }), fc.option(band), fc.constantFrom('increase' as const, 'decrease' as const, 'range' as const), (values, critical, direction) => {
        const dated = values.map((v, i) => ({ from: new Date(Date.UTC(2026, 0, 1 + 7 * i)).toISOString().slice(0, 10), value: v }));
        const targets = targetSteps(dated, null, ['2026-01-01', '2026-05-01']);
        const layout = trendLayout({ ...input, window: ['2026-01-01', '2026-05-01'], targets, critical, direction });
        for (const path of layout.bandPaths) {
          const rects = layout.bands.filter((b) => b.tone === path.tone);
          const shapes = outlines(path.d);
          const expected = rects.reduce((sum, r) => sum + r.width * r.height, 0);
          expect(shapes.reduce((sum, c) => sum + area(c), 0)).toBeCloseTo(expected, 0);
          for (const r of rects) {
            if (r.width > 0.1 && r.height > 0.1) expect(inside(shapes, [r.x + r.width / 2, r.y + r.height / 2]), `${path.tone} ${JSON.stringify(r)}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('colours bands by direction: healthy above an increase target, below a decrease one', () => {
    const up = trendLayout(input).bands;
    expect(up.map((b) => b.tone)).toEqual(['bad', 'warn', 'good']);
    const good = up.find((b) => b.tone === 'good')!;
    expect(good.y).toBe(trendLayout(input).plot.top);
    const down = trendLayout({ ...input, direction: 'decrease', critical: 95 }).bands;
    expect(down.map((b) => b.tone)).toEqual(['good', 'warn', 'bad']);
    expect(down.find((b) => b.tone === 'good')!.y + down.find((b) => b.tone === 'good')!.height).toBeCloseTo(trendLayout(input).plot.bottom, 1);
  });

  it('draws time-bound targets as one step line and range targets as a shaded band', () => {
    const steps = trendLayout({ ...input, targets: [{ from: '2026-01-31', to: '2026-03-01', value: 85 }, { from: '2026-03-01', to: '2026-04-30', value: 90 }] });
    expect(steps.targetLines).toHaveLength(1);
    expect(steps.targetLines[0]).toMatch(/^M52,(\d+)H[\d.]+V(?!\1$)\d+H386$/);
    expect(steps.bands).toHaveLength(6);
    const range = trendLayout({ ...input, direction: 'range', critical: { min: 70, max: 100 }, targets: [{ from: '2026-01-31', to: '2026-04-30', value: { min: 85, max: 92 } }] });
    expect(range.targetLines).toEqual([]);
    expect(range.targetBands).toHaveLength(1);
    expect(range.targetBands[0]).toMatch(/Z$/);
    expect(range.bands.map((b) => b.tone)).toEqual(['bad', 'warn', 'good', 'warn', 'bad']);
  });

  it('survives a single measurement and a zero-length window', () => {
    const one = trendLayout({ ...input, series: [{ date: '2026-01-31', value: 5 }], window: ['2026-01-31', '2026-01-31'], targets: [] });
    expect(one.points).toHaveLength(1);
    expect(one.area).toBeNull();
    expect(one.line).toMatch(/^M/);
    expect(one.last?.anchor).toBe('start');
  });

  it('draws the y grid as one path, a line across the plot at each tick', () => {
    const layout = trendLayout(input);
    expect(layout.grid).toBe(layout.yTicks.map((tick) => `M${layout.plot.left},${tick.y}H${layout.plot.right}`).join(''));
    expect(layout.grid.match(/M/g)).toHaveLength(layout.yTicks.length);
  });

  it('writes a step line with one H move per step and a V move only where the target changes', () => {
    // Weekly targets over the window, as a key result's expected pace: each value held for two weeks.
    const dated = Array.from({ length: 13 }, (_, i) => ({ from: new Date(Date.UTC(2026, 0, 31 + 7 * i)).toISOString().slice(0, 10), value: 80 + Math.floor(i / 2) }));
    const targets = targetSteps(dated, null, input.window);
    const [d] = trendLayout({ ...input, targets }).targetLines;
    expect(d!.match(/H/g)).toHaveLength(targets.length);
    expect(d!.match(/V/g)).toHaveLength(new Set(targets.map((t) => t.value)).size - 1);
    expect(d).toMatch(/^M52,[\d.]+(H[\d.]+(V[\d.]+)?)+$/);
    expect(d).toMatch(/H386$/);
  });

  it('places ticks inside the plot and fewer of them on narrow charts', () => {
    const wide = trendLayout({ ...input, series: monthly, window: ['2025-01-01', '2026-04-30'], width: 900 });
    const narrow = trendLayout({ ...input, series: monthly, window: ['2025-01-01', '2026-04-30'], width: 240 });
    expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
    for (const tick of wide.xTicks) expect(tick.x).toBeGreaterThanOrEqual(wide.plot.left);
    for (const tick of wide.yTicks) expect(tick.y).toBeLessThanOrEqual(wide.plot.bottom);
  });
});

describe('pointer and keyboard helpers', () => {
  it('finds the nearest point', () => {
    const points = [{ x: 10 }, { x: 50 }, { x: 90 }];
    expect(nearestIndex(points, 0)).toBe(0);
    expect(nearestIndex(points, 69)).toBe(1);
    expect(nearestIndex(points, 71)).toBe(2);
    expect(nearestIndex([], 5)).toBe(-1);
  });

  it('moves the focus with arrows, Home and End and ignores other keys', () => {
    expect(stepFocus('ArrowLeft', 3, 5)).toBe(2);
    expect(stepFocus('ArrowLeft', 0, 5)).toBe(0);
    expect(stepFocus('ArrowRight', 4, 5)).toBe(4);
    expect(stepFocus('ArrowRight', null, 5)).toBe(4);
    expect(stepFocus('Home', 3, 5)).toBe(0);
    expect(stepFocus('End', 0, 5)).toBe(4);
    expect(stepFocus('Enter', 2, 5)).toBeNull();
    expect(stepFocus('Home', null, 0)).toBeNull();
  });
});

describe('sparklineLayout', () => {
  it('draws a line, an area, the target and the last point in a small box', () => {
    const spark = sparklineLayout(monthly, 90, { width: 100, height: 30 });
    expect(spark).toMatchSnapshot();
    expect(spark.last).toEqual({ x: 97, y: expect.any(Number) });
    expect(spark.line).toMatch(/^M3,/);
    expect(spark.target).toEqual({ y: expect.any(Number) });
  });

  it('shades a range target and has nothing to draw without measurements', () => {
    expect(sparklineLayout(monthly, { min: 85, max: 90 }).target).toMatchObject({ height: expect.any(Number) });
    expect(sparklineLayout([], 3)).toEqual({ width: 120, height: 36, line: null, area: null, target: null, last: null });
  });
});
