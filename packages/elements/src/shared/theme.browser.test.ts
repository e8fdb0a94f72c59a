import { commands } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, settle, shadow, snapshot } from '../../test/browser-helpers.js';
import '../index.js';
import { DARK_TOKENS, LIGHT_TOKENS } from './tokens.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Chromium's prefers-color-scheme (test/media-commands.ts). */
    emulateColorScheme: (scheme: 'light' | 'dark' | 'no-preference') => Promise<void>;
  }
}

afterEach(async () => {
  cleanup();
  document.documentElement.removeAttribute('style');
  await commands.emulateColorScheme('light');
});

const hex = (colour: string): string => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

/** Every element on the demo data, as a page would show them side by side. */
async function page(): Promise<HTMLElement[]> {
  document.body.innerHTML = `
    <okr-tree></okr-tree>
    <okr-card objective="faster-checkout" narrative></okr-card>
    <okr-progress objective="eco-leader" show-label></okr-progress>
    <kpi-gauge kpi="nps"></kpi-gauge>
    <kpi-trend kpi="nps"></kpi-trend>
    <kpi-board></kpi-board>
    <kpi-gauge kpi="nps" value=""></kpi-gauge>`;
  const elements = [...document.body.children] as (HTMLElement & { data: unknown })[];
  for (const el of elements) el.data = snapshot;
  for (const el of elements) await settle(el);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return elements;
}

const PROPERTIES = [
  'color',
  'background-color',
  'fill',
  'stroke',
  'border-top-color',
  'border-left-color',
  'border-bottom-color',
  'outline-color',
  'font-family',
  'font-size',
  'border-top-left-radius',
  'transition-duration',
  'stop-color',
];

/** The computed look of everything drawn, nested shadow roots included. */
function drawn(roots: readonly HTMLElement[]): string[] {
  const out: string[] = [];
  const walk = (node: Element | ShadowRoot): void => {
    for (const child of node.children) {
      const style = getComputedStyle(child);
      for (const name of PROPERTIES) out.push(`${name}:${style.getPropertyValue(name)}`);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  for (const root of roots) {
    const style = getComputedStyle(root);
    for (const name of PROPERTIES) out.push(`${name}:${style.getPropertyValue(name)}`);
    walk(shadow(root));
  }
  return out;
}

/** Each documented token, a value no default uses, and how that value reads once computed. */
const DOCUMENTED: [token: string, value: string, computed: string][] = [
  ...(Object.keys(LIGHT_TOKENS) as (keyof typeof LIGHT_TOKENS)[]).map((name, i): [string, string, string] => [`--cairn-${name}`, `rgb(${i + 1}, 2, 3)`, `rgb(${i + 1}, 2, 3)`]),
  ['--cairn-radius', '13px', 'border-top-left-radius:13px'],
  ['--cairn-font-family', 'Courier New', 'font-family:"Courier New"'],
  ['--cairn-font-size', '21px', 'font-size:21px'],
  ['--cairn-duration', '777ms', 'transition-duration:0.777s'],
];

describe('theme tokens', () => {
  it.each(DOCUMENTED)('%s set on :root changes what every element draws', async (token, value, computed) => {
    const elements = await page();
    const tree = elements[0]!;
    // The focus ring is only drawn on a focused row.
    shadow(tree)
      .querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')
      ?.focus({ focusVisible: true } as FocusOptions);
    const before = drawn(elements);
    expect(
      before.some((line) => line.includes(computed)),
      `${computed} before`,
    ).toBe(false);
    document.documentElement.style.setProperty(token, value);
    const after = drawn(elements);
    expect(after.filter((line) => line.includes(computed)).length, `${token} is drawn`).toBeGreaterThan(0);
  });

  it('a token set on an okr-card reaches the okr-progress bars inside it', async () => {
    const [, card] = await page();
    const nested = [...shadow(card!).querySelectorAll('okr-progress')];
    expect(nested.length).toBeGreaterThan(1);
    card!.style.setProperty('--cairn-bad', 'rgb(200, 0, 200)');
    card!.style.setProperty('--cairn-track', 'rgb(0, 200, 200)');
    for (const progress of nested) {
      const root = shadow(progress as HTMLElement);
      expect(getComputedStyle(root.querySelector('[part="track"]')!).backgroundColor).toBe('rgb(0, 200, 200)');
    }
    const offTrack = nested.find((p) => shadow(p as HTMLElement).querySelector('.progress[data-tone="bad"]'));
    expect(offTrack, 'an off-track bar in faster-checkout').toBeDefined();
    expect(getComputedStyle(shadow(offTrack as HTMLElement).querySelector('[part="fill"]')!).fill).toBe('rgb(200, 0, 200)');
  });

  it('follows the reader\'s dark preference, and theme="light" or "dark" overrides it', async () => {
    await commands.emulateColorScheme('dark');
    const elements = await page();
    for (const el of elements) expect(getComputedStyle(el).backgroundColor, el.localName).toBe(hex(DARK_TOKENS.bg));
    for (const el of elements) el.setAttribute('theme', 'light');
    for (const el of elements) expect(getComputedStyle(el).backgroundColor, el.localName).toBe(hex(LIGHT_TOKENS.bg));
    await commands.emulateColorScheme('light');
    for (const el of elements) el.setAttribute('theme', 'dark');
    for (const el of elements) expect(getComputedStyle(el).backgroundColor, el.localName).toBe(hex(DARK_TOKENS.bg));
    for (const el of elements) el.removeAttribute('theme');
    for (const el of elements) expect(getComputedStyle(el).backgroundColor, el.localName).toBe(hex(LIGHT_TOKENS.bg));
  });

  it('a token given as light-dark() follows each element\'s scheme: the reader\'s, or the one its theme attribute forces', async () => {
    await commands.emulateColorScheme('dark');
    document.documentElement.style.setProperty('--cairn-bg', 'light-dark(rgb(1, 1, 1), rgb(2, 2, 2))');
    const elements = await page();
    for (const el of elements) expect(getComputedStyle(el).backgroundColor, el.localName).toBe('rgb(2, 2, 2)');
    for (const el of elements) el.setAttribute('theme', 'light');
    for (const el of elements) expect(getComputedStyle(el).backgroundColor, el.localName).toBe('rgb(1, 1, 1)');
  });

  it("a page's token wins over the dark defaults too", async () => {
    await commands.emulateColorScheme('dark');
    document.documentElement.style.setProperty('--cairn-bg', 'rgb(9, 9, 9)');
    const elements = await page();
    for (const el of elements) expect(getComputedStyle(el).backgroundColor, el.localName).toBe('rgb(9, 9, 9)');
  });
});
