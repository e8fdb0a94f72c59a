// First: it loads Lit's hydration support before any element is defined.
import { serverRendered } from '../../test/ssr-helpers.js';
import { commands } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, settle, shadow, snapshot } from '../../test/browser-helpers.js';
import './kpi-trend.js';

afterEach(cleanup);

describe('<kpi-trend> server rendering', () => {
  const attributes = { label: 'CSAT', values: '2026-01-31:84 2026-02-28:86 2026-03-31:91', target: '90', critical: '80', unit: '%', locale: 'en-GB' };

  it('renders the chart and its table on the server and hydrates without re-creating its DOM', async () => {
    const markup = await commands.renderSsr('kpi-trend', attributes);
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(markup).toContain('class="line"');
    expect(markup).toContain('<caption><!--lit-part-->CSAT<!--/lit-part--></caption>');
    const el = await serverRendered('kpi-trend', attributes);
    const lineBefore = shadow(el).querySelector('path.line');
    expect(shadow(el).querySelectorAll('tbody tr')).toHaveLength(3);
    el.setAttribute('values', `${attributes.values} 2026-04-30:88`);
    await settle(el);
    expect(shadow(el).querySelector('path.line')).toBe(lineBefore);
    expect(shadow(el).querySelectorAll('tbody tr')).toHaveLength(4);
    expect(shadow(el).querySelector('.last-label')?.textContent).toBe('88 %');
  });

  it('renders snapshot data on the server and hydrates from the inline JSON beside it', async () => {
    const markup = await commands.renderSsr('kpi-trend', { kpi: 'customer-satisfaction', locale: 'en-GB' }, snapshot);
    expect(markup).toContain('Customer satisfaction score');
    const el = await serverRendered('kpi-trend', { kpi: 'customer-satisfaction', locale: 'en-GB' }, snapshot);
    const figure = shadow(el).querySelector('figure');
    expect(shadow(el).querySelector('.last-label')?.textContent).toBe('88 %');
    el.setAttribute('kpi', 'uptime');
    await settle(el);
    expect(shadow(el).querySelector('figure')).toBe(figure);
    expect(shadow(el).querySelector('figcaption')?.textContent).toBe('Web shop uptime');
  });
});
