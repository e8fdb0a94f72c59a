import type { IconName } from './icons.js';

/**
 * Words and icons for every status, health and trend, so nothing relies on colour alone.
 * `tone` maps to the --cairn-good / --cairn-warn / --cairn-bad / --cairn-none tokens.
 */
export type Tone = 'good' | 'warn' | 'bad' | 'none';

export interface StatusLook {
  readonly label: string;
  readonly icon: IconName;
  readonly tone: Tone;
}

/** The grade's own signal, shown in words and an icon beside the number, never as a colour. */
export interface GradeLook {
  readonly label: string;
  readonly icon: IconName;
}

const STATUS: Readonly<Record<string, StatusLook>> = {
  'not-started': { label: 'Not started', icon: 'empty', tone: 'none' },
  'on-track': { label: 'On track', icon: 'check', tone: 'good' },
  'at-risk': { label: 'At risk', icon: 'alert', tone: 'warn' },
  'off-track': { label: 'Off track', icon: 'cross', tone: 'bad' },
  done: { label: 'Done', icon: 'star', tone: 'good' },
  achieved: { label: 'Achieved', icon: 'star', tone: 'good' },
  partial: { label: 'Partly achieved', icon: 'half', tone: 'warn' },
  missed: { label: 'Missed', icon: 'cross', tone: 'bad' },
};

const HEALTH: Readonly<Record<string, StatusLook>> = {
  healthy: { label: 'Healthy', icon: 'check', tone: 'good' },
  warning: { label: 'Warning', icon: 'alert', tone: 'warn' },
  critical: { label: 'Critical', icon: 'cross', tone: 'bad' },
  unknown: { label: 'Unknown', icon: 'question', tone: 'none' },
};

const TREND: Readonly<Record<string, StatusLook>> = {
  improving: { label: 'Improving', icon: 'rising', tone: 'good' },
  worsening: { label: 'Worsening', icon: 'falling', tone: 'bad' },
  flat: { label: 'Flat', icon: 'level', tone: 'none' },
  unknown: { label: 'Trend unknown', icon: 'dot', tone: 'none' },
};

const GRADE: Readonly<Record<string, GradeLook>> = {
  green: { label: 'green', icon: 'star' },
  yellow: { label: 'yellow', icon: 'half' },
  red: { label: 'red', icon: 'empty' },
};

/** The stale flag beside a KPI's health. */
export const STALE_LOOK: StatusLook = { label: 'Stale', icon: 'clock', tone: 'warn' };

export function statusLook(status: string | undefined | null): StatusLook {
  return STATUS[status ?? ''] ?? { label: status ?? 'Unknown', icon: 'question', tone: 'none' };
}

export function healthLook(health: string | undefined | null): StatusLook {
  return HEALTH[health ?? ''] ?? HEALTH.unknown!;
}

export function trendLook(trend: string | undefined | null): StatusLook {
  return TREND[trend ?? ''] ?? TREND.unknown!;
}

/** The grade colour core computed (green, yellow, red) in words and an icon. */
export function gradeLook(colour: string | undefined | null): GradeLook {
  return GRADE[colour ?? ''] ?? { label: 'no grade', icon: 'question' };
}

/**
 * The one colour rule for objectives and key results in every element and on the site: the
 * tone of their status (pace during the period, the result after it); the grade is shown in
 * words and an icon.
 */
export function objectiveTone(objective: { readonly status?: string | null }): Tone {
  return statusLook(objective.status).tone;
}

/** Kept for grade-coloured drawings outside the rule (the grade legend); objectives use objectiveTone. */
export function colourTone(colour: string | undefined | null): Tone {
  return colour === 'green' ? 'good' : colour === 'yellow' ? 'warn' : colour === 'red' ? 'bad' : 'none';
}

/** The public custom property of a tone, e.g. "--cairn-good". */
export function toneToken(tone: Tone): `--cairn-${Tone}` {
  return `--cairn-${tone}`;
}
