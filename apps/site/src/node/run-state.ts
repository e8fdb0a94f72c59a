import type { SiteConfig } from '@cairn/core';
import type { Audience } from './options.js';

/**
 * Everything one build (or one dev server) hands to the pages, through the `virtual:cairn/run`
 * module: plain JSON, so it survives the trip into Astro's page bundle.
 */
export interface RunState {
  /** The scored snapshot for this audience, as a JSON file the pages read once. */
  snapshotFile: string;
  goalsDir: string;
  /** Always starts and ends with "/". */
  base: string;
  siteUrl: string | null;
  audience: Audience;
  title: string;
  description: string | null;
  locale: string;
  /** The config's `site` block, for edit links (core's editLink reads it). */
  site: SiteConfig;
  /** A logo file inside the goals folder, copied to /logo.<ext>; null for none. */
  logo: string | null;
  /** True under `devSite`: no CSP meta (Vite injects inline styles) and a live problem banner. */
  dev: boolean;
  /**
   * Which part of the pages this process renders: a large build splits its pages among processes,
   * page `i` of each route going to part `i % count`. `{ index: 0, count: 1 }` renders them all.
   */
  part: { index: number; count: number };
  /** Problems to show on every page while developing; always empty in a build. */
  problems: { file: string; line: number; column: number; severity: string; message: string }[];
}
