/**
 * Words and symbols for every status and health, so nothing relies on colour alone.
 * `tone` maps to the --cairn-good / --cairn-warn / --cairn-bad / --cairn-none tokens.
 */
export type Tone = 'good' | 'warn' | 'bad' | 'none';

export interface StatusLook {
  label: string;
  icon: string;
  tone: Tone;
}

const STATUS: Record<string, StatusLook> = {
  'not-started': { label: 'Not started', icon: '○', tone: 'none' },
  'on-track': { label: 'On track', icon: '✓', tone: 'good' },
  'at-risk': { label: 'At risk', icon: '!', tone: 'warn' },
  'off-track': { label: 'Off track', icon: '✕', tone: 'bad' },
  done: { label: 'Done', icon: '★', tone: 'good' },
  achieved: { label: 'Achieved', icon: '★', tone: 'good' },
  partial: { label: 'Partly achieved', icon: '◐', tone: 'warn' },
  missed: { label: 'Missed', icon: '✕', tone: 'bad' },
};

const HEALTH: Record<string, StatusLook> = {
  healthy: { label: 'Healthy', icon: '✓', tone: 'good' },
  warning: { label: 'Warning', icon: '!', tone: 'warn' },
  critical: { label: 'Critical', icon: '✕', tone: 'bad' },
  unknown: { label: 'Unknown', icon: '?', tone: 'none' },
};

const TREND: Record<string, StatusLook> = {
  improving: { label: 'Improving', icon: '↗', tone: 'good' },
  worsening: { label: 'Worsening', icon: '↘', tone: 'bad' },
  flat: { label: 'Flat', icon: '→', tone: 'none' },
  unknown: { label: 'Trend unknown', icon: '·', tone: 'none' },
};

const COLOUR_TONE: Record<string, Tone> = { green: 'good', yellow: 'warn', red: 'bad' };

export function statusLook(status: string | undefined | null): StatusLook {
  return STATUS[status ?? ''] ?? { label: status ?? 'Unknown', icon: '?', tone: 'none' };
}

export function healthLook(health: string | undefined | null): StatusLook {
  return HEALTH[health ?? ''] ?? HEALTH.unknown!;
}

export function trendLook(trend: string | undefined | null): StatusLook {
  return TREND[trend ?? ''] ?? TREND.unknown!;
}

export function colourTone(colour: string | undefined | null): Tone {
  return COLOUR_TONE[colour ?? ''] ?? 'none';
}

/** The CSS colour of a tone, through the theme's custom properties. */
export function toneColour(tone: Tone): string {
  return `var(--cairn-${tone})`;
}
