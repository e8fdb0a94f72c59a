import { defineConfig } from 'vite';

/**
 * The one-file bundle for `<script type="module" src=".../cairn-elements.js">`: every element,
 * with Lit and the d3 modules inside, so an intranet page needs nothing else.
 * Per-element standalone bundles are built by scripts/build-standalone.mjs.
 */
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    // 'hidden': the package keeps the map, but the bundle names none; a site copies the bundle alone.
    sourcemap: 'hidden',
    // Library mode keeps ES output readable by default; a script-tag bundle should be small.
    minify: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'cairn-elements.js',
    },
    rolldownOptions: {
      // No comments: the /* @__PURE__ */ marks only help a later bundler, and this file is the last step.
      output: { codeSplitting: false, minify: true, comments: false },
    },
  },
});
