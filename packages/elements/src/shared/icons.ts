/**
 * The icons that carry meaning (status, health, trend, stale), as SVG path data on a 16 × 16
 * grid: drawn shapes render the same everywhere, where a font glyph such as "⏱" may be an empty box.
 */
export type IconName = 'check' | 'alert' | 'cross' | 'star' | 'half' | 'empty' | 'question' | 'rising' | 'falling' | 'level' | 'dot' | 'clock' | 'warning';

/** One stroke of an icon; `filled` shapes are painted, the others outlined. */
export interface IconPath {
  readonly d: string;
  readonly filled: boolean;
}

export const ICON_VIEW_BOX = '0 0 16 16';

const RING = 'M8 1.75a6.25 6.25 0 1 0 0 12.5a6.25 6.25 0 1 0 0-12.5z';
const line = (d: string): IconPath => ({ d, filled: false });
const fill = (d: string): IconPath => ({ d, filled: true });
// Marked free of side effects, so the bundler drops the icons a bundle never reads.
const ringed = /* @__NO_SIDE_EFFECTS__ */ (...paths: IconPath[]): readonly IconPath[] => [line(RING), ...paths];

// One constant per icon, so a bundle that draws only a few (the gauge) carries only those.
export const CHECK = ringed(line('M5 8.3l2 2l4-4.5'));
export const ALERT = ringed(line('M8 4.6v4.1'), fill('M8 10.3a1 1 0 1 0 0 2a1 1 0 1 0 0-2z'));
export const CROSS = ringed(line('M5.7 5.7l4.6 4.6M10.3 5.7l-4.6 4.6'));
export const QUESTION = ringed(line('M6.2 6.4a1.85 1.85 0 1 1 2.6 1.7c-.5.25-.8.6-.8 1.1v.5'), fill('M8 10.8a.95.95 0 1 0 0 1.9a.95.95 0 1 0 0-1.9z'));
export const CLOCK = ringed(line('M8 4.5V8l2.5 1.6'));

const ICONS: Readonly<Record<IconName, readonly IconPath[]>> = {
  check: CHECK,
  alert: ALERT,
  cross: CROSS,
  star: ringed(fill('M8 3.9l1.2 2.5l2.7.4l-2 1.9l.5 2.7L8 10.1l-2.4 1.3l.5-2.7l-2-1.9l2.7-.4z')),
  half: ringed(fill('M8 1.75a6.25 6.25 0 0 1 0 12.5z')),
  empty: [line(RING)],
  question: QUESTION,
  rising: [line('M3 12.5L12.5 3M6.5 3h6v6')],
  falling: [line('M3 3.5L12.5 13M12.5 7v6h-6')],
  level: [line('M2 8h11.5M9.5 4l4 4l-4 4')],
  dot: [fill('M8 6a2 2 0 1 0 0 4a2 2 0 1 0 0-4z')],
  clock: CLOCK,
  warning: [line('M8 1.8L14.8 13.8H1.2z'), line('M8 6.2v3.6'), fill('M8 10.9a.9.9 0 1 0 0 1.8a.9.9 0 1 0 0-1.8z')],
};

/** Every icon's name. */
export const ICON_NAMES = /* @__PURE__ */ Object.keys(ICONS) as readonly IconName[];

/** The paths of an icon, to draw it in any SVG (stroke and fill in currentColor). */
export function iconPaths(name: IconName): readonly IconPath[] {
  return ICONS[name];
}

/** An icon as SVG markup, decorative (aria-hidden): the word beside it carries the meaning. */
export function iconMarkup(name: IconName): string {
  const paths = pathsMarkup(iconPaths(name), '/>');
  return `<svg class="cairn-icon" viewBox="${ICON_VIEW_BOX}" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths}</svg>`;
}

/** The paths as SVG markup, each element ended by `end` (`/>`, or `></path>` inside a Lit template). */
export function pathsMarkup(paths: readonly IconPath[], end: '/>' | '></path>'): string {
  return paths.map((p) => (p.filled ? `<path d="${p.d}" fill="currentColor" stroke="none"${end}` : `<path d="${p.d}"${end}`)).join('');
}
