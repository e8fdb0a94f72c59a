import { unsafeCSS, type CSSResult } from 'lit';

// Quoted text stays as written; comments go; whitespace shrinks to one space, or to none beside { } ; , and after a colon; a rule's last semicolon goes.
const COMMENT = /('[^']*'|"[^"]*")|\/\*[\s\S]*?\*\//g;
const SPACE = /('[^']*'|"[^"]*")|\s*;\s*(?=\})|\s*([{};,])\s*|(:)\s+|\s+/g;

/**
 * CSS text without comments and with no more whitespace than it needs. Quoted strings are kept
 * as they are; a space between two words or before a colon (a descendant `:focus`) is kept.
 */
export function compactCssText(text: string): string {
  return text
    .replace(COMMENT, (_match, quoted: string | undefined) => quoted ?? ' ')
    .replace(SPACE, (match, quoted: string | undefined, punctuation: string | undefined, colon: string | undefined) => quoted ?? punctuation ?? colon ?? (match.includes(';') ? '' : ' '))
    .trim();
}

/**
 * The same styles in less text: every server-rendered element repeats its whole style text in
 * its shadow root, so each byte saved here is saved once per element on a page. Done once, when
 * the module loads; the CSP hashes of @cairn/elements/csp are taken from this same text.
 */
export function compactCss(styles: CSSResult): CSSResult {
  return unsafeCSS(compactCssText(styles.cssText));
}
