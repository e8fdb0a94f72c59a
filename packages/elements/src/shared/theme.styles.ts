import { css, unsafeCSS, type CSSResult } from 'lit';
import { DARK_TOKENS, LIGHT_TOKENS, type ColourToken } from './tokens.js';

/**
 * The theme as private tokens (`--_good`) that read the public ones (`--cairn-good`) with a
 * default, as material-web does. Public tokens are never declared here, so one set on `:root`
 * or on an outer element (an okr-card) reaches every element inside it, nested ones included.
 * Status is never shown by colour alone.
 */
function privateTokens(values: Readonly<Record<ColourToken, string>>): CSSResult {
  const lines = (Object.keys(values) as ColourToken[]).map((name) => `--_${name}: var(--cairn-${name}, ${values[name]});`);
  return unsafeCSS(lines.join('\n'));
}

const lightTokens = privateTokens(LIGHT_TOKENS);
const darkTokens = privateTokens(DARK_TOKENS);

// The host paints its background, so a dark element stays readable on a light page and the other
// way round (said here: a comment inside the CSS text would ship in every bundle).
export const themeStyles = css`
  :host {
    ${lightTokens}
    --_font: var(--cairn-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--cairn-radius, 6px);
    --_duration: var(--cairn-duration, 240ms);
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
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
`;
