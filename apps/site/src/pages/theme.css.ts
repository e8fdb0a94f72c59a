import { DARK_TOKENS, LIGHT_TOKENS } from '../lib/format.js';

/**
 * The page's colours are the elements' own palette, written as CSS custom properties, so the
 * page and the elements never disagree. Dark follows the system unless the reader picks a theme.
 */
const tokens = (palette: Readonly<Record<string, string>>): string =>
  Object.entries(palette)
    .map(([name, value]) => `  --cairn-${name}: ${value};`)
    .join('\n');

export function GET(): Response {
  const css = `:root {\n${tokens(LIGHT_TOKENS)}\n}
@media (prefers-color-scheme: dark) {
  :root:not(:has(#theme-light:checked)) {\n${tokens(DARK_TOKENS)}\n  }
}
:root:has(#theme-dark:checked) {\n${tokens(DARK_TOKENS)}\n}
`;
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
}
