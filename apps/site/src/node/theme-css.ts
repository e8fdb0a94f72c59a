import { DARK_TOKENS, LIGHT_TOKENS } from '@cairn/elements/format';

export const THEME_CSS_MODULE = 'virtual:cairn/theme.css';
const RESOLVED_THEME_CSS_MODULE = `\0${THEME_CSS_MODULE}`;

const tokens = (palette: Readonly<Record<string, string>>): string =>
  Object.entries(palette)
    .map(([name, value]) => `  --cairn-${name}: ${value};`)
    .join('\n');

/**
 * The page's colours: the elements' own palette as `--cairn-*` properties on :root, so page and
 * elements never disagree, and every element inherits them, nested ones included. Dark follows
 * the system unless the reader picks a theme with the header's radios (no JavaScript needed).
 */
export function themeCss(light: Readonly<Record<string, string>> = LIGHT_TOKENS, dark: Readonly<Record<string, string>> = DARK_TOKENS): string {
  return `:root {
${tokens(light)}
}
@media (prefers-color-scheme: dark) {
  :root:not(:has(#theme-light:checked)) {
${tokens(dark)}
  }
}
:root:has(#theme-dark:checked) {
${tokens(dark)}
}
`;
}

/**
 * A Vite plugin that serves themeCss() as a CSS module, so the tokens are bundled with the
 * site's stylesheet: one render-blocking request per page instead of two.
 */
export function themeCssPlugin() {
  return {
    name: 'cairn-theme-css',
    resolveId(id: string): string | undefined {
      return id === THEME_CSS_MODULE ? RESOLVED_THEME_CSS_MODULE : undefined;
    },
    load(id: string): string | undefined {
      return id === RESOLVED_THEME_CSS_MODULE ? themeCss() : undefined;
    },
  };
}
