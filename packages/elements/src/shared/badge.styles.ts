import { css } from 'lit';
import { compactCss } from './compact-css.js';

/**
 * The status and health badge every element shows: words and an SVG icon in the tone's
 * colour, so state never rests on colour alone. Elements mark it `.status` or `.health` with a
 * `data-tone` of good, warn, bad or none.
 */
export const badgeStyles = compactCss(css`
  .status,
  .health {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
  }
  :is(.status, .health)[data-tone='good'] {
    color: var(--_good);
  }
  :is(.status, .health)[data-tone='warn'] {
    color: var(--_warn);
  }
  :is(.status, .health)[data-tone='bad'] {
    color: var(--_bad);
  }
  :is(.status, .health)[data-tone='none'] {
    color: var(--_muted);
  }
  .icon,
  .arrow,
  .warn-mark {
    display: inline-flex;
    flex: none;
  }
  :is(.icon, .arrow, .warn-mark) > .cairn-icon {
    inline-size: 1.15em;
    block-size: 1.15em;
  }
`);
