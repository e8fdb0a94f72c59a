import { css } from 'lit';
import { describe, expect, it } from 'vitest';
import { compactCss, compactCssText } from './compact-css.js';
import { themeStyles } from './theme.styles.js';
import { DARK_TOKENS, LIGHT_TOKENS } from './tokens.js';

describe('compactCssText', () => {
  it('drops comments, the whitespace around braces, semicolons, commas and after colons, and the last semicolon of a rule', () => {
    const text = `
      /* a note for the reader of the source */
      .status,
      .health {
        display: inline-flex;
        gap: 0.35em 1em;
      }
      @media (prefers-reduced-motion: reduce) {
        :host { --_duration: 0ms; }
      }`;
    expect(compactCssText(text)).toBe('.status,.health{display:inline-flex;gap:0.35em 1em}@media (prefers-reduced-motion:reduce){:host{--_duration:0ms}}');
  });

  it('keeps a descendant combinator before a pseudo-class, and the spaces calc() needs', () => {
    expect(compactCssText('.ring svg :focus-visible { block-size: calc(100%  +  8px); }')).toBe('.ring svg :focus-visible{block-size:calc(100% + 8px)}');
  });

  it('keeps a semicolon inside quoted text before a brace', () => {
    expect(compactCssText(`.a::after { content: ';}'; }`)).toBe(`.a::after{content:';}'}`);
  });

  it('keeps quoted text as written, comment-like text and double spaces included', () => {
    expect(compactCssText(`.a::before { content: "a  /* b */  c"; font-family: 'Segoe  UI', sans-serif; }`)).toBe(`.a::before{content:"a  /* b */  c";font-family:'Segoe  UI',sans-serif}`);
  });

  it('gives a CSSResult of the compact text', () => {
    expect(compactCss(css`:host {  display: block;  }`).cssText).toBe(':host{display:block}');
  });
});

describe('themeStyles', () => {
  it('names every default colour once, light and dark together in light-dark()', () => {
    const text = themeStyles.cssText;
    for (const name of Object.keys(LIGHT_TOKENS) as (keyof typeof LIGHT_TOKENS)[]) {
      expect(text.split(`--_${name}:`).length - 1, name).toBe(1);
      expect(text).toContain(`--_${name}:var(--cairn-${name},light-dark(${LIGHT_TOKENS[name]},${DARK_TOKENS[name]}))`);
    }
    expect(text).not.toContain('prefers-color-scheme');
  });

  it('follows the reader unless the theme attribute forces light or dark', () => {
    const text = themeStyles.cssText;
    expect(text).toContain(':host{color-scheme:light dark;');
    expect(text).toContain(":host([theme='light']){color-scheme:light}");
    expect(text).toContain(":host([theme='dark']){color-scheme:dark}");
  });
});
