/// <reference types="vite/client" />
/**
 * The theming sample a page author copies from docs/elements.md, applied as written: its status
 * and accent colours keep WCAG AA contrast (4.5:1) on the elements' own background in the
 * reader's light and dark schemes, and a token set on an <okr-card> does what the docs say.
 */
import docs from '../../../../docs/elements.md?raw';
import { commands } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mount, settle, shadow, snapshot } from '../../test/browser-helpers.js';
import '../index.js';
import { DARK_TOKENS, LIGHT_TOKENS } from './tokens.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateColorScheme: (scheme: 'light' | 'dark' | 'no-preference') => Promise<void>;
  }
}

/** The first css block after "## Look and feel". */
const sample = /## Look and feel[\s\S]*?```css\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';

let style: HTMLStyleElement | null = null;
afterEach(async () => {
  cleanup();
  style?.remove();
  await commands.emulateColorScheme('light');
});

const channels = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
const luminance = (colour: string): number => {
  const [r = 0, g = 0, b = 0] = channels(colour)
    .map((v) => v / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m) as [number, number];
  return (x + 0.05) / (y + 0.05);
};
const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('the theming sample in docs/elements.md', () => {
  it('is there, and sets the status and accent tokens', () => {
    for (const token of ['--cairn-accent', '--cairn-good', '--cairn-warn', '--cairn-bad']) expect(sample).toContain(`${token}:`);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps status words and the accent at 4.5:1 or more in the ${scheme} scheme`, async () => {
      await commands.emulateColorScheme(scheme);
      style = document.createElement('style');
      style.textContent = sample;
      document.head.append(style);
      const tokens = scheme === 'dark' ? DARK_TOKENS : LIGHT_TOKENS;
      const seen: Record<string, number> = {};
      for (const status of ['on-track', 'at-risk', 'off-track']) {
        const bar = await mount<HTMLElement>(`<okr-progress label="x" value="0.5" expected="0.5" status="${status}"></okr-progress>`);
        const colour = getComputedStyle(shadow(bar).querySelector('[part="status"]') as Element).color;
        seen[status] = Math.min(contrast(colour, rgb(tokens.bg)), contrast(colour, rgb(tokens.surface)));
      }
      for (const highlight of [false, true]) {
        const card = await mount<HTMLElement & { data: unknown }>(`<okr-card ${highlight ? 'class="highlight"' : ''} objective="eco-leader" href="/o/{id}/"></okr-card>`);
        card.data = snapshot;
        await settle(card);
        const colour = getComputedStyle(shadow(card).querySelector('[part="title-link"]') as Element).color;
        seen[highlight ? 'highlighted title' : 'title'] = contrast(colour, rgb(tokens.bg));
      }
      for (const [what, ratio] of Object.entries(seen)) expect(ratio, `${what} in ${scheme}`).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('a card’s accent colours its title link, not its status-coloured bars', async () => {
    style = document.createElement('style');
    style.textContent = sample;
    document.head.append(style);
    const card = await mount<HTMLElement & { data: unknown }>('<okr-card class="highlight" objective="eco-leader" href="/o/{id}/"></okr-card>');
    card.data = snapshot;
    await settle(card);
    const plain = await mount<HTMLElement & { data: unknown }>('<okr-card objective="eco-leader" href="/o/{id}/"></okr-card>');
    plain.data = snapshot;
    await settle(plain);
    const link = (el: HTMLElement): string => getComputedStyle(shadow(el).querySelector('[part="title-link"]') as Element).color;
    expect(link(card)).toBe(rgb('#b3261e'));
    expect(link(plain)).toBe(rgb('#5b3cc4'));
    const fills = (el: HTMLElement): string[] =>
      [...shadow(el).querySelectorAll('okr-progress')].map((bar) => getComputedStyle(shadow(bar as HTMLElement).querySelector('[part="fill"]') as Element).fill);
    expect(fills(card).length).toBeGreaterThan(1);
    expect(fills(card)).toEqual(fills(plain));
    expect(fills(card)).not.toContain(rgb('#b3261e'));
  });
});

describe('the figures docs/elements.md quotes', () => {
  it('are the demo’s values as the elements write them in Chromium, en-GB and en-US', async () => {
    const shown: Record<string, string> = {};
    for (const locale of ['en-GB', 'en-US']) {
      for (const kpi of ['eco-revenue', 'site-visitors', 'pipeline-value']) {
        const gauge = await mount<HTMLElement & { data: unknown }>(`<kpi-gauge kpi="${kpi}" locale="${locale}"></kpi-gauge>`);
        gauge.data = snapshot;
        await settle(gauge);
        shown[`${kpi} ${locale}`] = shadow(gauge).querySelector('[part="value"]')?.textContent?.trim() ?? '';
      }
    }
    const text = docs.replace(/\s+/g, ' ');
    expect(text).toContain(`currency codes as money ("${shown['eco-revenue en-GB']}")`);
    expect(text).toContain(`shortened ("${shown['site-visitors en-GB']}", "${shown['pipeline-value en-GB']}")`);
    expect(text).toContain(`1,150,000 against a 1,300,000 target reads "${shown['eco-revenue en-GB']}"`);
    expect(text).toContain(`(\`en-US\` writes "${shown['eco-revenue en-US']}" and "${shown['site-visitors en-US']?.replace(' visitors', '')}")`);
  });
});
