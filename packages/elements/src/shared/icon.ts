import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ICON_NAMES, ICON_VIEW_BOX, iconPaths, pathsMarkup, type IconName, type IconPath } from './icons.js';

const shapes = (name: IconName): SVGTemplateResult[] => pathShapes(iconPaths(name));
const pathShapes = (paths: readonly IconPath[]): SVGTemplateResult[] =>
  paths.map((p) => (p.filled ? svg`<path d=${p.d} fill="currentColor" stroke="none"></path>` : svg`<path d=${p.d}></path>`));

/**
 * The icon as a template with its paths written into its markup, one per icon made once: with no
 * binding inside, a server-rendered icon carries no hydration markers and renders in one step.
 * The strings are built here from the constant path data of icons.ts, never from data.
 */
function fixedIcon(name: IconName): TemplateResult {
  const markup = `<svg class="cairn-icon" viewBox="${ICON_VIEW_BOX}" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${pathsMarkup(iconPaths(name), '></path>')}</svg>`;
  const strings = Object.freeze(Object.assign([markup], { raw: Object.freeze([markup]) })) as unknown as TemplateStringsArray;
  return html(strings);
}

// Marked free of side effects, so a bundle that never calls icon() (the gauge) leaves the table of every icon out.
const fixedIcons = /* @__NO_SIDE_EFFECTS__ */ (): Readonly<Record<IconName, TemplateResult>> =>
  Object.freeze(Object.fromEntries(ICON_NAMES.map((name) => [name, fixedIcon(name)])) as Record<IconName, TemplateResult>);
const FIXED_ICONS = fixedIcons();

/** A meaning-carrying icon in HTML, decorative: the word beside it is what is read out. */
export function icon(name: IconName): TemplateResult {
  return FIXED_ICONS[name];
}

/** The same, from the icon's paths (`CHECK` of icons.ts): the table of every icon then stays out of the bundle. */
export function iconOfPaths(paths: readonly IconPath[]): TemplateResult {
  return html`<svg class="cairn-icon" viewBox=${ICON_VIEW_BOX} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${pathShapes(paths)}</svg>`;
}

/** The same icon placed inside an SVG drawing, `size` units square at (x, y). */
export function svgIcon(name: IconName, x: number, y: number, size: number): SVGTemplateResult {
  return svg`<svg class="cairn-icon" x=${x} y=${y} width=${size} height=${size} viewBox=${ICON_VIEW_BOX} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${shapes(name)}</svg>`;
}
