import { css } from 'lit';

/**
 * Design tokens every element declares on :host, so a page themes all of them with a few
 * custom properties. Status colours meet WCAG AA against their background (4.5:1 for text,
 * 3:1 for marks) in both schemes, and status is never shown by colour alone.
 */
/** Written once, used for the reader's dark preference and for theme="dark". */
const darkTokens = css`
  --cairn-fg: #e6edf3;
  --cairn-muted: #9198a1;
  --cairn-bg: #0d1117;
  --cairn-surface: #151b23;
  --cairn-border: #3d444d;
  --cairn-track: #262c36;
  --cairn-accent: #58a6ff;
  --cairn-focus: #58a6ff;
  --cairn-good: #3fb950;
  --cairn-warn: #d29922;
  --cairn-bad: #ff7b72;
  --cairn-none: #9198a1;
`;

export const themeStyles = css`
  :host {
    --cairn-font: var(--cairn-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --cairn-fg: #1f2328;
    --cairn-muted: #59636e;
    --cairn-bg: #ffffff;
    --cairn-surface: #f6f8fa;
    --cairn-border: #d1d9e0;
    --cairn-track: #e6eaef;
    --cairn-accent: #0b5cad;
    --cairn-focus: #0b5cad;
    --cairn-good: #1a7f37;
    --cairn-warn: #9a6700;
    --cairn-bad: #c62828;
    --cairn-none: #6e7781;
    --cairn-radius: 6px;
    --cairn-duration: 240ms;
    color: var(--cairn-fg);
    /* Painted, so a dark element stays readable on a light page and the other way round. */
    background: var(--cairn-bg);
    font-family: var(--cairn-font);
    font-size: var(--cairn-font-size, 14px);
    line-height: 1.4;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  :host([hidden]) {
    display: none;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --cairn-duration: 0ms;
    }
  }

  .state {
    padding: 0.5em 0.75em;
    border-radius: var(--cairn-radius);
    background: var(--cairn-surface);
    color: var(--cairn-muted);
  }

  .state.error {
    color: var(--cairn-bad);
    border: 1px solid currentColor;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: 2px solid var(--cairn-focus);
    outline-offset: 2px;
  }
`;
