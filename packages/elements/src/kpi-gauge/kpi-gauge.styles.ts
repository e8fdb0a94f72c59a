import { css } from 'lit';

export const gaugeStyles = css`
  :host {
    display: inline-block;
    inline-size: var(--kpi-gauge-size, 220px);
    max-inline-size: 100%;
    vertical-align: top;
  }
  :host([compact]) {
    inline-size: var(--kpi-gauge-size, 140px);
  }
  figure {
    margin: 0;
    display: grid;
    gap: 0.25em;
    text-align: center;
  }
  .label {
    font-weight: 600;
    color: var(--cairn-fg);
  }
  svg {
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .track {
    fill: var(--cairn-track);
  }
  .band {
    opacity: 0.3;
  }
  .band[data-tone='good'] {
    fill: var(--cairn-good);
  }
  .band[data-tone='warn'] {
    fill: var(--cairn-warn);
  }
  .band[data-tone='bad'] {
    fill: var(--cairn-bad);
  }
  .value-arc {
    fill: var(--kpi-gauge-value-color, var(--cairn-fg));
    transition: d var(--cairn-duration) ease-out;
  }
  .needle {
    stroke: var(--cairn-fg);
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .hub {
    fill: var(--cairn-fg);
  }
  .target {
    stroke: var(--kpi-gauge-target-color, var(--cairn-accent));
    stroke-width: 3;
  }
  .tick {
    fill: var(--cairn-muted);
    font-size: 11px;
  }
  .reading {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  :host([compact]) .reading {
    font-size: 1.15em;
  }
  .meta {
    color: var(--cairn-muted);
    font-size: 0.9em;
  }
  .stale {
    color: var(--cairn-warn);
    font-weight: 600;
  }
`;
