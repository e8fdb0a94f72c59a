import { z } from 'zod';
import { isTimeZone } from '../calendar.js';
import { IsoDateSchema, SchemaRefSchema } from './primitives.js';
import { VisibilitySchema } from './visibility.js';

const fraction = z.number().min(0).max(1);

const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/;
const httpUrl = (example: string) => z.string().regex(HTTP_URL, { error: `must be an absolute http or https address, like ${example}` });

/** Where a site's pages live under its host: "/" or "/goals/", slashes at both ends. */
const BasePathSchema = z.string().regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, { error: 'must be a path that starts and ends with "/", like "/" or "/goals/"' });

/** A picture inside the goals folder, copied into the built site. */
const LogoPathSchema = z.string().regex(/^(?!\/)(?![A-Za-z]:)(?!.*(?:^|[\\/])\.\.(?:[\\/]|$))[^\\]+\.(?:svg|png|jpe?g|webp|gif|ico|avif)$/i, {
  error: 'must be the path of a picture inside the goals folder (svg, png, jpg, webp, gif, avif or ico), like "assets/logo.svg"',
});

/** An edit-link pattern: where "edit this file" points, with {path} (and optionally {branch}) filled in. */
const EditUrlSchema = z
  .string()
  .regex(/^https?:\/\/\S*\{path\}\S*$/, { error: 'must be an http or https address holding {path}, like https://github.com/acme/goals/edit/{branch}/{path}' });

export const SiteConfigSchema = z.strictObject({
  title: z.string().optional().describe('The site title, also the report heading when organisation is not set'),
  description: z.string().optional().describe('One sentence for search engines and link previews'),
  url: httpUrl('https://goals.example.com').optional().describe('The address the site is published at'),
  repository: httpUrl('https://github.com/acme/goals').optional().describe('The goals repository, for "edit this file" and "propose a check-in" links'),
  branch: z.string().min(1).optional().describe('The branch edit links open; default main'),
  directory: z
    .string()
    .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\\]*[^\\/]$/, { error: 'must be a relative folder inside the repository, like "goals"' })
    .optional()
    .describe('Where the goals folder sits in the repository, when not at its root'),
  edit_url: EditUrlSchema.optional().describe('Edit-link pattern for hosts other than GitHub and GitLab: {path} and {branch} are filled in'),
  locale: z.string().optional().describe('How numbers and dates are written in reports and on the site, as a BCP 47 tag like en-GB; default en-GB'),
  base: BasePathSchema.optional().describe('The path the site is served under, like "/goals/"; default "/"'),
  logo: LogoPathSchema.optional().describe('A picture inside the goals folder shown in the header'),
  audience: VisibilitySchema.optional().describe('Who a build is for when `cairn build --audience` is not given; default public'),
});

export const ScoringConfigSchema = z.strictObject({
  pace: z
    .strictObject({
      on_track: fraction.default(0.1).describe("How far an objective's score may trail the share of time elapsed and still be on track, 0..1 (a lag, not a score); default 0.1"),
      at_risk: fraction.default(0.25).describe('The lag up to which it is at risk; beyond it, off track, 0..1; default 0.25'),
    })
    .optional()
    .describe('How far a score may lag behind the time elapsed in its period before it is at risk or off track'),
  grades: z
    .strictObject({
      green: fraction.default(0.7).describe('The lowest grade shown green, 0..1; default 0.7'),
      yellow: fraction.default(0.4).describe('The lowest grade shown yellow; below it, red, 0..1; default 0.4'),
    })
    .optional()
    .describe('Where the colours of a grade change'),
});

const RuleLevelSchema = z.enum(['error', 'warning', 'off']);

/** What `cairn diff --check` holds a change to; each rule is error (fails the check), warning or off. */
export const ReviewConfigSchema = z.strictObject({
  closed_period_targets: RuleLevelSchema.optional().describe('A start, target, stretch or weight edited, or a key result added or removed, after its period ended; default error'),
  unexplained_score_change: RuleLevelSchema.optional().describe(
    'An objective score changed with no check-in, measurement or visible key-result change explaining it; default error',
  ),
  moved_goalposts: RuleLevelSchema.optional().describe('A start, target, stretch or weight edited while its period is running; default warning'),
  closed_period_checkin: RuleLevelSchema.optional().describe("A check-in added or rewritten with a date after its objective's period ended, once that period has ended; default error"),
  moved_kpi_goalposts: RuleLevelSchema.optional().describe("A KPI's target or critical line changed (time-bound targets that start after the as-of date excepted); default warning"),
});

/** `cairn.config.yaml`: organisation, site and scoring settings; every field is optional. */
export const ConfigSchema = z
  .strictObject({
    $schema: SchemaRefSchema.optional(),
    organisation: z.string().optional().describe('The name shown in reports and on the site'),
    as_of: IsoDateSchema.optional().describe('The date everything is scored at, written YYYY-MM-DD; pin it so the scores read the same any day. Default today'),
    time_zone: z
      .string()
      .refine(isTimeZone, { error: 'is not a time zone name: write one such as Europe/Berlin, America/Los_Angeles or UTC' })
      .optional()
      .describe('The IANA time zone whose calendar day is "today" when as_of is not pinned (dates of new check-ins and measurements, scoring); default UTC'),
    default_period: z.string().optional().describe('The period shown first; default: the shortest period containing the as-of date'),
    visibility: VisibilitySchema.optional().describe('The visibility of objectives and KPIs that do not set one; default public'),
    site: SiteConfigSchema.optional().describe('The goals site: title, address, repository links, locale'),
    scoring: ScoringConfigSchema.optional().describe('The thresholds of pace and colour'),
    review: ReviewConfigSchema.optional().describe('The rules of cairn diff --check'),
  })
  .describe('Cairn configuration (cairn.config.yaml)');

export type Config = z.output<typeof ConfigSchema>;
export type SiteConfig = z.output<typeof SiteConfigSchema>;
