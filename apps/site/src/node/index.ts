/** @cairn/site — builds, serves and previews the goals site of any goals folder. */
export type { Audience, SiteOptions, BuildResult, ServeOptions, RunningServer } from './options.js';
export { buildSite, defaultOutDir } from './build-site.js';
export { previewSite, type PreviewOptions } from './preview-site.js';
export { SiteDataError } from './site-data-error.js';
export { OutDirError } from './out-dir.js';
export { devSite } from './dev-site.js';
