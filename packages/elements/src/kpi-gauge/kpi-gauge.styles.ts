import { css } from 'lit';

// Comments stay out of the CSS text, which ships in the bundle: the gauge fills the width it is
// given, up to a size where a dial still reads as one; its health and stale lines are centred
// under the centred value, like everything else in the figure.
export const gaugeStyles = css`
  :host {
    display: inline-block;
    inline-size: var(--kpi-gauge-size, 100%);
    max-inline-size: min(100%, var(--kpi-gauge-max-size, 22rem));
    vertical-align: top;
  }
  :host([compact]) {
    max-inline-size: min(100%, var(--kpi-gauge-max-size, 12rem));
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
  .health,
  .stale {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.35em;
    text-align: center;
  }
`;
