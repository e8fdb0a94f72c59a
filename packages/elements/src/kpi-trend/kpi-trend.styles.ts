import { css } from 'lit';
import { compactCss } from '../shared/compact-css.js';

export const trendStyles = compactCss(css`
  :host {
    display: block;
    max-inline-size: 100%;
  }
  figure {
    margin: 0;
    display: grid;
    gap: 0.4em;
  }
  .title {
    font-weight: 600;
  }
  .plot {
    position: relative;
    block-size: var(--kpi-trend-height, 240px);
    min-inline-size: 0;
    border-radius: var(--_radius);
    touch-action: pan-y;
  }
  svg[part='svg'] {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .drawing {
    overflow: visible;
  }
  /* Lines keep their width however the drawing is stretched to its box; points stay round. */
  .drawing path {
    vector-effect: non-scaling-stroke;
  }
  .band {
    opacity: var(--kpi-trend-band-opacity, 0.14);
  }
  .band[data-tone='good'] {
    fill: var(--_good);
  }
  .band[data-tone='warn'] {
    fill: var(--_warn);
  }
  .band[data-tone='bad'] {
    fill: var(--_bad);
  }
  .grid {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  .axis {
    stroke: var(--_muted);
  }
  .tick {
    fill: var(--_muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .target-line {
    fill: none;
    stroke: var(--kpi-trend-target-color, var(--_fg));
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  .target-band {
    fill: var(--kpi-trend-target-color, var(--_fg));
    fill-opacity: 0.1;
    stroke: var(--kpi-trend-target-color, var(--_fg));
    stroke-dasharray: 6 4;
  }
  .area {
    fill: var(--kpi-trend-line-color, var(--_accent));
    opacity: 0.08;
  }
  .line {
    fill: none;
    stroke: var(--kpi-trend-line-color, var(--_accent));
    stroke-width: 2;
    stroke-linejoin: round;
    transition: d var(--_duration) ease-out;
  }
  .last {
    stroke: var(--kpi-trend-line-color, var(--_accent));
    stroke-width: 8;
    stroke-linecap: round;
  }
  .last-label {
    fill: var(--_fg);
    font-weight: 700;
    font-size: 12px;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
  }
  .cursor {
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }
  /* A ring of the line's colour round a dot of the background's, each a round cap, as points are drawn. */
  .focus-ring,
  .focus-point {
    stroke-linecap: round;
  }
  .focus-ring {
    stroke: var(--kpi-trend-line-color, var(--_accent));
    stroke-width: 12.5;
  }
  .focus-point {
    stroke: var(--_bg);
    stroke-width: 7.5;
  }
  .tooltip {
    position: absolute;
    transform: translate(-50%, calc(-100% - 10px));
    display: grid;
    padding: 0.3em 0.55em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.15);
    font-size: 0.9em;
    white-space: nowrap;
    pointer-events: none;
    transition:
      left var(--_duration) ease-out,
      top var(--_duration) ease-out;
  }
  .tooltip[data-align='start'] {
    transform: translate(-12px, calc(-100% - 10px));
  }
  .tooltip[data-align='end'] {
    transform: translate(calc(-100% + 12px), calc(-100% - 10px));
  }
  .tip-date {
    color: var(--_muted);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1em;
    align-items: center;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .summary strong {
    color: var(--_fg);
  }
  .legend {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .swatch {
    display: inline-block;
    inline-size: 1.4em;
    block-size: 0;
    border-block-start: 2px dashed var(--kpi-trend-target-color, var(--_fg));
  }
  .critical-swatch {
    block-size: 0.8em;
    border: 0;
    background: var(--_bad);
    opacity: 0.35;
  }
`);
