/**
 * The theme's colours, light and dark. The elements fall back to these when a page sets no
 * `--cairn-*` property; the goals site sets the same values, so both draw one palette. Status
 * colours meet WCAG AA against the background (4.5:1 for text) in both schemes.
 */
export type ColourToken = 'fg' | 'muted' | 'bg' | 'surface' | 'border' | 'track' | 'accent' | 'focus' | 'good' | 'warn' | 'bad' | 'none';

export const LIGHT_TOKENS: Readonly<Record<ColourToken, string>> = {
  fg: '#1f2328',
  muted: '#59636e',
  bg: '#ffffff',
  surface: '#f6f8fa',
  border: '#d1d9e0',
  track: '#e6eaef',
  accent: '#0b5cad',
  focus: '#0b5cad',
  good: '#1a7f37',
  warn: '#9a6700',
  bad: '#c62828',
  none: '#6e7781',
};

export const DARK_TOKENS: Readonly<Record<ColourToken, string>> = {
  fg: '#e6edf3',
  muted: '#9198a1',
  bg: '#0d1117',
  surface: '#151b23',
  border: '#3d444d',
  track: '#262c36',
  accent: '#58a6ff',
  focus: '#58a6ff',
  good: '#3fb950',
  warn: '#d29922',
  bad: '#ff7b72',
  none: '#9198a1',
};
