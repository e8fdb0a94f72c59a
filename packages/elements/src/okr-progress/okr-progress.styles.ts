import { css } from 'lit';
import { compactCss } from '../shared/compact-css.js';

export const progressStyles = compactCss(css`
  :host {
    display: block;
    min-inline-size: 4em;
  }
  :host([variant='ring']) {
    display: inline-block;
    vertical-align: top;
    min-inline-size: 0;
  }
  .progress {
    --_fill: var(--okr-progress-fill-color, var(--_tone));
  }
  .progress[data-tone='good'] {
    --_tone: var(--_good);
  }
  .progress[data-tone='warn'] {
    --_tone: var(--_warn);
  }
  .progress[data-tone='bad'] {
    --_tone: var(--_bad);
  }
  .progress[data-tone='none'] {
    --_tone: var(--_none);
  }
  .progress[data-tone='accent'] {
    --_tone: var(--_accent);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .track {
    position: relative;
    flex: 1 1 6em;
    block-size: var(--okr-progress-height, 8px);
    border-radius: var(--okr-progress-radius, 999px);
    background: var(--okr-progress-track-color, var(--_track));
    /* The marker sticks out above and below the track. */
    margin-block: 4px;
  }
  /* The bar is drawn in SVG, its lengths set by attributes (see _bar): CSS only colours it. */
  .bar-svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .bar-svg:dir(rtl) {
    transform: scaleX(-1);
  }
  .fill {
    /* Half the bar's height, not a huge radius: SVG would round a long bar into an ellipse. */
    rx: min(var(--okr-progress-radius, 999px), calc(var(--okr-progress-height, 8px) / 2));
    fill: var(--_fill);
    transition: width var(--_duration) ease-out;
  }
  .marker {
    /* It sticks out 4px above and below the track. */
    y: -4px;
    height: calc(100% + 8px);
    rx: 1px;
    fill: var(--okr-progress-marker-color, var(--_fg));
  }
  .words {
    display: inline-flex;
    align-items: center;
    gap: 0.6em;
    white-space: nowrap;
  }
  .value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    min-inline-size: 3.2em;
    text-align: end;
  }
  .ring {
    display: inline-grid;
    justify-items: center;
    gap: 0.25em;
    /* --_ring-size is set through the CSSOM from the size attribute; a style attribute would break under a strict CSP. */
    inline-size: var(--_ring-size, var(--okr-progress-size, 96px));
    max-inline-size: 100%;
  }
  .ring svg {
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .ring-track {
    fill: var(--okr-progress-track-color, var(--_track));
  }
  .ring-fill {
    fill: var(--_fill);
    transition: d var(--_duration) ease-out;
  }
  .ring-marker {
    stroke: var(--okr-progress-marker-color, var(--_fg));
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .ring-value {
    fill: var(--_fg);
    font-size: 20px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .ring .words {
    font-size: 0.9em;
    white-space: normal;
    text-align: center;
  }
`);
