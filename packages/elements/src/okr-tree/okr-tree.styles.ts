import { css, unsafeCSS } from 'lit';
import { STYLED_LEVELS } from './okr-tree.list.js';

/** `--_level` for each aria-level the stylesheet knows, so server-rendered rows are indented too. */
const levels = unsafeCSS(Array.from({ length: STYLED_LEVELS }, (_, i) => `.row[aria-level='${i + 1}'] { --_level: ${i + 1}; }`).join('\n'));

export const treeStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --okr-tree-row-gap: 0.75em;
  }
  .viewport {
    position: relative;
    overflow: auto;
    max-block-size: var(--okr-tree-max-height, 32rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [role='tree'].list {
    position: relative;
    margin: 0;
    padding: 0;
  }
  .gap {
    display: block;
  }
  ${levels}
  .row {
    position: relative;
    block-size: 44px;
    padding-inline-start: calc((var(--_level, 1) - 1) * var(--okr-tree-indent, 1.25em) + 0.5em);
    box-sizing: border-box;
    display: grid;
    /* The status column fits its longest words, "Partly achieved" with its icon; the grade its icon and number. */
    grid-template-columns: 1.25em minmax(6em, 1fr) var(--okr-tree-owner-width, 7em) var(--okr-tree-bar-width, 7em) 3.2em 3.4em 9.5em;
    align-items: center;
    gap: var(--okr-tree-row-gap);
    padding-inline-end: 0.75em;
    border-block-end: 1px solid var(--_track);
    cursor: default;
    color: var(--_fg);
    background: var(--_bg);
  }
  .row:hover .title {
    text-decoration: underline;
  }
  .row:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .row[aria-selected='true'] {
    box-shadow: inset 4px 0 0 var(--okr-tree-selected-color, var(--_accent));
  }
  .row[aria-selected='true'] .title {
    font-weight: 700;
  }
  .twisty {
    display: inline-grid;
    place-items: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    color: var(--_muted);
    cursor: pointer;
    transition: transform var(--_duration) ease-out;
  }
  .twisty[data-open='true'] {
    transform: rotate(90deg);
  }
  .title {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .kind {
    display: inline-block;
    margin-inline-end: 0.4em;
    padding: 0 0.3em;
    border: 1px solid var(--_border);
    border-radius: 3px;
    color: var(--_muted);
    font-size: 0.8em;
  }
  .owner,
  .grade,
  .pct {
    color: var(--_muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .grade,
  .pct {
    text-align: end;
  }
  .grade .icon {
    vertical-align: -0.2em;
    margin-inline-end: 0.2em;
  }
  .bar {
    position: relative;
    block-size: 0.5em;
    border-radius: 0.25em;
    background: var(--_track);
  }
  /* The bar is SVG with its lengths in attributes (see okr-tree.list.ts); CSS only colours it. */
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
    rx: 0.25em;
    fill: var(--_tone, var(--_none));
    transition: width var(--_duration) ease-out;
  }
  .pace {
    y: -0.3em;
    height: calc(100% + 0.6em);
    fill: var(--okr-tree-pace-color, var(--_fg));
  }
  /* --_tone is private (as in <okr-progress>): pages recolour the tones through --cairn-good,
     --cairn-warn and --cairn-bad, which every element shares. */
  [data-tone='good'] {
    --_tone: var(--_good);
  }
  [data-tone='warn'] {
    --_tone: var(--_warn);
  }
  [data-tone='bad'] {
    --_tone: var(--_bad);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    white-space: nowrap;
    font-weight: 600;
    color: var(--_tone, var(--_muted));
  }
  /* Narrow: the title gets a line of its own, and progress, grade and status in words the next. */
  @container (max-width: 720px) {
    .row {
      grid-template-columns: 1.25em minmax(3em, 1fr) 3em 3.4em max-content;
      grid-template-areas:
        'twisty title title title title'
        '. bar pct grade status';
      row-gap: 0;
      column-gap: 0.5em;
      align-content: center;
    }
    .twisty {
      grid-area: twisty;
    }
    .title {
      grid-area: title;
      line-height: 1.3;
    }
    .bar {
      grid-area: bar;
    }
    .pct {
      grid-area: pct;
    }
    .grade {
      grid-area: grade;
    }
    .status {
      grid-area: status;
    }
    .owner {
      display: none;
    }
    .pct,
    .grade,
    .status {
      font-size: 0.8em;
      line-height: 1.3;
    }
  }

  /* Chart layout */
  .chart {
    position: relative;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .chart svg {
    display: block;
    inline-size: 100%;
    block-size: var(--okr-tree-chart-height, 28rem);
    touch-action: none;
    cursor: grab;
    user-select: none;
  }
  .chart svg.panning {
    cursor: grabbing;
  }
  /* A bar of its own above the drawing: floating over it, the buttons hid the cards beneath. */
  .controls {
    display: flex;
    justify-content: flex-end;
    gap: 0.25em;
    padding: 0.25em;
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
  }
  .controls button {
    min-inline-size: 2em;
    block-size: 2em;
    font: inherit;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .link {
    fill: none;
    stroke: var(--okr-tree-link-color, var(--_border));
    stroke-width: 1.5;
  }
  .card {
    fill: var(--_bg);
    stroke: var(--_border);
  }
  .node {
    cursor: pointer;
    outline: none;
  }
  .node:focus-visible .card {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .node[aria-selected='true'] .card {
    stroke: var(--okr-tree-selected-color, var(--_accent));
    stroke-width: 2;
  }
  .strip {
    fill: var(--_tone, var(--_none));
  }
  .node-title {
    fill: var(--_fg);
    font-size: 12px;
    font-weight: 600;
  }
  .toggle {
    cursor: pointer;
  }
  .toggle-target {
    fill: transparent;
  }
  .toggle:hover .toggle-target {
    fill: var(--_track);
  }
  .node-meta {
    fill: var(--_muted);
    font-size: 11px;
  }
  .toggle-sign {
    font-size: 15px;
    font-weight: 600;
  }
  .node-icon {
    color: var(--_tone, var(--_muted));
  }
  .node-track {
    fill: var(--_track);
  }
  .node-fill {
    fill: var(--_tone, var(--_none));
  }
  .node-pace {
    fill: var(--okr-tree-pace-color, var(--_fg));
  }
`;
