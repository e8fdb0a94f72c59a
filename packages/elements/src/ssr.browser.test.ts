// Hydration support must load before any Lit element class is defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { commands } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, settle, shadow, snapshot } from '../test/browser-helpers.js';
import './index.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    renderSsr: (tag: string, attributes: Record<string, string>, data?: unknown) => Promise<string>;
  }
}

afterEach(cleanup);

/** Server-rendered markup (declarative shadow DOM) put into the page, then hydrated by Lit. */
async function serverRendered(tag: string, attributes: Record<string, string>, data?: unknown): Promise<HTMLElement> {
  const markup = await commands.renderSsr(tag, attributes, data);
  const host = document.createElement('div');
  host.setHTMLUnsafe(markup);
  document.body.append(host);
  const element = host.querySelector(tag) as HTMLElement;
  await settle(element);
  return element;
}

describe('server rendering and hydration', () => {
  it('kpi-gauge renders on the server and hydrates without re-creating its DOM', async () => {
    const markup = await commands.renderSsr('kpi-gauge', { value: '88', target: '90', critical: '80', unit: '%', label: 'CSAT' });
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(markup).toContain('role="meter"');
    const el = await serverRendered('kpi-gauge', { value: '88', target: '90', critical: '80', unit: '%', label: 'CSAT' });
    const meterBefore = shadow(el).querySelector('[role="meter"]');
    expect(meterBefore?.getAttribute('aria-valuenow')).toBe('88');
    el.setAttribute('value', '92');
    await settle(el);
    const meterAfter = shadow(el).querySelector('[role="meter"]');
    expect(meterAfter).toBe(meterBefore);
    expect(meterAfter?.getAttribute('aria-valuenow')).toBe('92');
  });

  it('kpi-gauge renders data on the server and hydrates from the inline JSON beside it', async () => {
    const markup = await commands.renderSsr('kpi-gauge', { kpi: 'customer-satisfaction' }, snapshot);
    expect(markup).toContain('88 %');
    const el = await serverRendered('kpi-gauge', { kpi: 'customer-satisfaction' }, snapshot);
    expect(shadow(el).querySelector('[part="value"]')?.textContent).toBe('88 %');
    el.setAttribute('kpi', 'uptime');
    await settle(el);
    expect(shadow(el).querySelector('[part="value"]')?.textContent).toBe('99.97 %');
  });
});
