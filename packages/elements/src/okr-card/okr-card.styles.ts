import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
  }
  .card {
    display: grid;
    gap: var(--okr-card-gap, 0.75em);
    padding: var(--okr-card-padding, 1em);
    border: 1px solid var(--okr-card-border-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--okr-card-background, var(--_bg));
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .title {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
    flex: 1 1 14em;
  }
  .title-link {
    color: inherit;
    font: inherit;
    text-align: start;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-decoration: none;
  }
  a.title-link {
    color: var(--_accent);
  }
  span.title-link {
    cursor: auto;
  }
  :is(a, button).title-link:hover {
    text-decoration: underline;
  }
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .badge {
    padding: 0.1em 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_accent);
    font-size: 0.85em;
    font-weight: 600;
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
  }
  dl > div {
    display: inline-flex;
    gap: 0.35em;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .facts dd {
    font-weight: 600;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  /* The grade's own signal in words and an icon; colour belongs to the status alone. */
  .grade-word {
    margin-inline-start: 0.25em;
    color: var(--_muted);
    font-weight: 400;
  }
  .grade-word .icon {
    vertical-align: -0.2em;
    margin-inline-end: 0.2em;
  }
  .forecast[data-miss] dd {
    color: var(--_warn);
  }
  .krs {
    display: grid;
    gap: 0.6em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .kr {
    display: grid;
    gap: 0.2em;
    padding-block-start: 0.6em;
    border-block-start: 1px solid var(--_border);
  }
  .kr[data-selectable] {
    cursor: pointer;
  }
  .kr-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.25em 1em;
  }
  .kr-title {
    flex: 1 1 12em;
    color: inherit;
    font: inherit;
    text-align: start;
    background: none;
    border: 0;
    padding: 0;
    text-decoration: none;
  }
  a.kr-title {
    color: var(--_accent);
  }
  .kr[data-selectable] .kr-title {
    cursor: pointer;
  }
  a.kr-title:hover,
  .kr[data-selectable]:hover .kr-title {
    text-decoration: underline;
  }
  .measure {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .kr-notes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .stretch {
    color: var(--_good);
    font-weight: 600;
  }
  .narrative,
  .none {
    margin: 0;
    color: var(--_muted);
  }
`;
