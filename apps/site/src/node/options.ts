/** Who a build is for: `public` leaves internal items and hidden values out entirely. */
export type Audience = 'public' | 'internal';

export interface SiteOptions {
  /** Any goals folder on disk, absolute or relative to the working directory. */
  goalsDir: string;
  /** Where the site is written; default `<goalsDir>/dist-site`. */
  outDir?: string;
  /** YYYY-MM-DD; else the config's `as_of`; else today. */
  asOf?: string;
  /** Base path such as "/goals/"; else the config's `site.base`; else "/". */
  base?: string;
  /** Absolute site URL; else the config's `site.url`. */
  siteUrl?: string;
  /** Else the config's `site.audience`; else "public". */
  audience?: Audience;
  /**
   * How many processes render the pages at once. Default: one per processor core, up to four,
   * when the goals hold 3,000 or more objectives and KPIs; else one. Each holds the scored goals.
   */
  processes?: number;
  /** Progress lines: pages written, time taken. */
  log?: (line: string) => void;
}

export interface BuildResult {
  outDir: string;
  /** HTML pages written. */
  pages: number;
  /** Every file written, pages included. */
  files: number;
  /** Time the build took, in milliseconds. */
  ms: number;
  /** The path the site is served under (`/` or like `/goals/`): `previewSite` needs the same. */
  base: string;
}

export interface ServeOptions {
  port?: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}
