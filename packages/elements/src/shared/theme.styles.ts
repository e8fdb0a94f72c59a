import { css, unsafeCSS, type CSSResult } from 'lit';
import { compactCss } from './compact-css.js';
import { DARK_TOKENS, LIGHT_TOKENS, type ColourToken } from './tokens.js';

/**
 * The theme as private tokens (`--_good`) that read the public ones (`--cairn-good`) with a
 * default, as material-web does. Public tokens are never declared here, so one set on `:root`
 * or on an outer element (an okr-card) reaches every element inside it, nested ones included.
 * Each default names its light and its dark colour once, in `light-dark()`, which picks by the
 * host's `color-scheme`: the reader's preference, or the one the `theme` attribute forces.
 * Status is never shown by colour alone.
 */
function privateTokens(light: Readonly<Record<ColourToken, string>>, dark: Readonly<Record<ColourToken, string>>): CSSResult {
  const lines = (Object.keys(light) as ColourToken[]).map((name) => `--_${name}: var(--cairn-${name}, light-dark(${light[name]}, ${dark[name]}));`);
  return unsafeCSS(lines.join('\n'));
}

const tokens = privateTokens(LIGHT_TOKENS, DARK_TOKENS);

// The host paints its background, so a dark element stays readable on a light page and the other
// way round (said here: a comment inside the CSS text would ship in every bundle).
export const themeStyles = compactCss(css`
  :host {
    color-scheme: light dark;
    ${tokens}
    --_font: var(--cairn-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--cairn-radius, 6px);
    --_duration: var(--cairn-duration, 240ms);
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--cairn-font-size, 14px);
    line-height: 1.4;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }

  .state {
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }

  .state.error {
    color: var(--_bad);
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
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`);
