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
    color: var(--_fg);
  }
  svg {
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .track {
    fill: var(--_track);
  }
  .band {
    opacity: 0.3;
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
  .value-arc {
    fill: var(--kpi-gauge-value-color, var(--_fg));
    transition: d var(--_duration) ease-out;
  }
  .needle {
    stroke: var(--_fg);
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .hub {
    fill: var(--_fg);
  }
  .target {
    stroke: var(--kpi-gauge-target-color, var(--_accent));
    stroke-width: 3;
  }
  .tick {
    fill: var(--_muted);
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
    color: var(--_muted);
    font-size: 0.9em;
  }
  .stale {
    color: var(--_warn);
    font-weight: 600;
  }
`;
