// custom-elements.json, generated from the elements' JSDoc (@tagname, @summary, @fires, @csspart, @cssprop).
// The shared base class is read too, so inherited attributes (src, locale, theme) are listed.
export default {
  globs: ['src/*/*.ts', 'src/shared/cairn-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.layout.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
