import { commands, page } from 'vitest/browser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, settle, snapshot } from '../test/browser-helpers.js';
import './index.js';

/**
 * Pictures of every element on the demo data, light and dark, wide and narrow, kept in
 * src/__screenshots__/ for a person to review. A changed picture fails the test until it is
 * accepted with `npx vitest run src/screenshots.browser.test.ts -u` (see docs/elements.md).
 */

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateColorScheme: (scheme: 'light' | 'dark' | 'no-preference') => Promise<void>;
  }
}

const SCENES: Record<string, string> = {
  'okr-tree': '<okr-tree></okr-tree>',
  'okr-tree-chart': '<okr-tree layout="chart"></okr-tree>',
  'okr-card': '<okr-card objective="eco-leader" narrative></okr-card>',
  'okr-progress': `
    <okr-progress objective="eco-leader" show-label></okr-progress>
    <okr-progress objective="faster-checkout" show-label></okr-progress>
    <okr-progress objective="fix-trial-conversion" variant="ring" show-label></okr-progress>`,
  // Gauges side by side in a grid, as a dashboard shows them: each follows its column.
  'kpi-gauge': `
    <div class="row">
      <kpi-gauge kpi="eco-revenue"></kpi-gauge>
      <kpi-gauge kpi="inventory-days-of-cover"></kpi-gauge>
      <kpi-gauge kpi="employee-turnover"></kpi-gauge>
    </div>`,
  'kpi-trend': `
    <kpi-trend kpi="eco-revenue"></kpi-trend>
    <kpi-trend kpi="inventory-days-of-cover"></kpi-trend>`,
  'kpi-board': '<kpi-board tile="sparkline"></kpi-board>',
};

const TAGS = ['okr-tree', 'okr-card', 'okr-progress', 'kpi-gauge', 'kpi-trend', 'kpi-board'];
const WIDTHS = [1280, 375] as const;
const SCHEMES = ['light', 'dark'] as const;

beforeAll(() => {
  // Still pictures: transitions would be caught half way.
  document.documentElement.style.setProperty('--cairn-duration', '0ms');
  document.body.style.margin = '0';
});

afterEach(cleanup);

afterAll(async () => {
  document.documentElement.removeAttribute('style');
  await commands.emulateColorScheme('light');
});

describe('screenshots on the demo data', () => {
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      for (const [name, markup] of Object.entries(SCENES)) {
        it(`${name}, ${scheme}, ${width} px`, async () => {
          await page.viewport(width, 900);
          await commands.emulateColorScheme(scheme);
          const frame = document.createElement('div');
          frame.className = 'scene';
          frame.style.cssText = `display:grid;gap:16px;padding:16px;box-sizing:border-box;inline-size:${width}px;background:${scheme === 'dark' ? '#0d1117' : '#ffffff'}`;
          frame.innerHTML = markup;
          document.body.append(frame);
          for (const row of frame.querySelectorAll<HTMLElement>('.row')) row.style.cssText = 'display:grid;gap:16px;grid-template-columns:repeat(auto-fill,minmax(160px,1fr))';
          const elements = [...frame.querySelectorAll(TAGS.join(','))] as (HTMLElement & { data: unknown })[];
          for (const el of elements) el.data = snapshot;
          for (const el of elements) await settle(el);
          await document.fonts.ready;
          // The whole scene in the picture: the viewport grows to hold it.
          await page.viewport(width, Math.max(600, Math.ceil(frame.getBoundingClientRect().height)));
          for (const el of elements) await settle(el);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          await expect.element(page.elementLocator(frame)).toMatchScreenshot(`${name}-${scheme}-${width}`);
        });
      }
    }
  }
});
