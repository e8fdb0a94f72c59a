// Builds one self-contained ES module per element (dist/standalone/<tag>.js), each with Lit
// inside, for pages that want a single element with a single script tag.
import { readdirSync, existsSync } from 'node:fs';
import { build } from 'vite';

const root = new URL('..', import.meta.url);
const tags = readdirSync(new URL('src/', root), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared' && existsSync(new URL(`src/${entry.name}/${entry.name}.ts`, root)))
  .map((entry) => entry.name)
  .sort();

for (const tag of tags) {
  await build({
    configFile: false,
    root: new URL('.', root).pathname,
    logLevel: 'warn',
    build: {
      outDir: 'dist/standalone',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: `src/${tag}/${tag}.ts`, formats: ['es'], fileName: () => `${tag}.js` },
      // No comments: the /* @__PURE__ */ marks only help a later bundler, and this file is the last step.
      rolldownOptions: { output: { codeSplitting: false, minify: true, comments: false } },
    },
  });
}
console.log(`standalone bundles: ${tags.map((tag) => `dist/standalone/${tag}.js`).join(', ')}`);
