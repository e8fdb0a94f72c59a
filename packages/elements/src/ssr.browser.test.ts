// First: it loads Lit's hydration support before any element is defined.
import { serverRendered } from '../test/ssr-helpers.js';
import { commands } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, settle, shadow, snapshot } from '../test/browser-helpers.js';
import './index.js';

afterEach(cleanup);

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
