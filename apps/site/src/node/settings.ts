import { chosenAudience, type Config } from '@cairn/core';
import { dayIn } from '@cairn/core/calendar';
import type { Audience } from './options.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The as-of day: the option, else the config's `as_of`, else today (in the config's `time_zone`, else UTC). */
export function resolveAsOf(option: string | undefined, config: Config, today: () => Date = () => new Date()): string {
  if (option !== undefined) {
    const date = new Date(`${option}T00:00:00Z`);
    if (!ISO_DAY.test(option) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== option) {
      throw new Error(`asOf must be a date written YYYY-MM-DD, not "${option}"`);
    }
    return option;
  }
  return config.as_of ?? dayIn(today(), config.time_zone);
}

/** A base path always starts and ends with "/": "goals" and "/goals" both become "/goals/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed !== '' && !/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
    throw new Error(`base must be a path such as /goals/, not "${base}"`);
  }
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function resolveAudience(option: Audience | undefined, config: Config): Audience {
  // A caller of buildSite from plain JavaScript may pass anything; the config's value is checked when it is read.
  if (option !== undefined && option !== 'public' && option !== 'internal') throw new Error(`audience must be public or internal, not "${String(option)}"`);
  return chosenAudience(option, config);
}

/** An absolute http(s) URL or nothing: it becomes canonical links and the sitemap's origin. */
export function resolveSiteUrl(url: string | undefined): string | null {
  if (url === undefined || url === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`siteUrl must be an absolute URL such as https://goals.example.com, not "${url}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`siteUrl must start with https:// or http://, not "${url}"`);
  return parsed.href;
}
