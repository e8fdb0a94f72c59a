import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ICON_VIEW_BOX, iconPaths, type IconName, type IconPath } from './icons.js';

const shapes = (name: IconName): SVGTemplateResult[] => pathShapes(iconPaths(name));
const pathShapes = (paths: readonly IconPath[]): SVGTemplateResult[] =>
  paths.map((p) => (p.filled ? svg`<path d=${p.d} fill="currentColor" stroke="none"></path>` : svg`<path d=${p.d}></path>`));

/** A meaning-carrying icon in HTML, decorative: the word beside it is what is read out. */
export function icon(name: IconName): TemplateResult {
  return iconOfPaths(iconPaths(name));
}

/** The same, from the icon's paths (`CHECK` of icons.ts): the table of every icon then stays out of the bundle. */
export function iconOfPaths(paths: readonly IconPath[]): TemplateResult {
  return html`<svg class="cairn-icon" viewBox=${ICON_VIEW_BOX} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${pathShapes(paths)}</svg>`;
}

/** The same icon placed inside an SVG drawing, `size` units square at (x, y). */
export function svgIcon(name: IconName, x: number, y: number, size: number): SVGTemplateResult {
  return svg`<svg class="cairn-icon" x=${x} y=${y} width=${size} height=${size} viewBox=${ICON_VIEW_BOX} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${shapes(name)}</svg>`;
}
