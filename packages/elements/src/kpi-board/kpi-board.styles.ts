import { css } from 'lit';

export const boardStyles = css`
  :host {
    display: block;
  }
  .board {
    display: grid;
    gap: 0.5em;
  }
  .summary {
    margin: 0;
    color: var(--_muted);
  }
  .grid {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--kpi-board-tile-min, 220px)), 1fr));
    gap: var(--kpi-board-gap, 0.75rem);
  }
  .tile {
    position: relative;
    display: grid;
    align-content: start;
    gap: 0.4em;
    padding: 0.75em 0.9em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_none);
    border-radius: var(--_radius);
    background: var(--kpi-board-tile-bg, var(--_bg));
    cursor: pointer;
    transition: box-shadow var(--_duration) ease-out;
  }
  .tile[data-tone='good'] {
    border-inline-start-color: var(--_good);
  }
  .tile[data-tone='warn'] {
    border-inline-start-color: var(--_warn);
  }
  .tile[data-tone='bad'] {
    border-inline-start-color: var(--_bad);
  }
  .tile:hover {
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.12);
  }
  .tile:has(.tile-button:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .heading {
    font-weight: 600;
    line-height: 1.3;
  }
  .tile-button {
    font: inherit;
    color: inherit;
    text-decoration: none;
    background: none;
    border: 0;
    padding: 0;
    text-align: start;
    cursor: pointer;
  }
  /* The whole tile is the button's hit area; the outline is drawn on the tile instead. */
  .tile-button::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .tile-button:focus-visible {
    outline: none;
  }
  a.tile-button:hover {
    text-decoration: underline;
  }
  .gauge {
    --kpi-gauge-size: 100%;
    justify-self: center;
    inline-size: min(100%, 160px);
    background: transparent;
  }
  .sparkline {
    display: block;
    inline-size: 100%;
    block-size: 40px;
  }
  .spark-line {
    fill: none;
    stroke: var(--kpi-board-line-color, var(--_accent));
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .spark-area {
    fill: var(--kpi-board-line-color, var(--_accent));
    opacity: 0.1;
  }
  .spark-last {
    stroke: var(--kpi-board-line-color, var(--_accent));
    stroke-width: 6;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .spark-target {
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
  }
  .spark-band {
    fill: var(--_good);
    opacity: 0.15;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 0.8em;
    font-size: 0.9em;
  }
  .value {
    font-size: 1.35em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .health,
  .trend {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-weight: 600;
  }
  [data-tone='good'].health,
  [data-tone='good'].trend {
    color: var(--_good);
  }
  [data-tone='warn'].health {
    color: var(--_warn);
  }
  [data-tone='bad'].health,
  [data-tone='bad'].trend {
    color: var(--_bad);
  }
  [data-tone='none'].health,
  [data-tone='none'].trend {
    color: var(--_muted);
  }
  .stale {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    color: var(--_warn);
    font-weight: 600;
  }
  .date {
    color: var(--_muted);
  }
`;
