// First: it loads Lit's hydration support before any element is defined.
import { serverRendered } from '../../test/ssr-helpers.js';
import { commands } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, settle, shadow, snapshot } from '../../test/browser-helpers.js';
import './okr-progress.js';
import { iconPaths } from '../shared/icons.js';
import { statusLook } from '../shared/status.js';

afterEach(cleanup);

describe('okr-progress on the server', () => {
  it('renders a bar from attributes and hydrates without re-creating its DOM', async () => {
    const attrs = { value: '0.6', expected: '0.5', status: 'on-track', label: 'Hiring', locale: 'en-GB' };
    const markup = await commands.renderSsr('okr-progress', attrs);
    expect(markup).toContain('shadowrootmode="open"');
    expect(markup).toContain('role="progressbar"');
    expect(markup).toContain('aria-valuetext="60 %, on track, expected 50 %"');
    // The bar's length is in the markup, with no style attribute a strict CSP would block.
    expect(markup).toMatch(/<rect part="fill" class="fill" width="60%"/);
    expect(markup).not.toContain('style=');
    const el = await serverRendered('okr-progress', attrs);
    const before = shadow(el).querySelector('[role="progressbar"]');
    const fillBefore = shadow(el).querySelector('[part="fill"]');
    expect(before?.getAttribute('aria-valuenow')).toBe('60');
    el.setAttribute('value', '0.75');
    el.setAttribute('status', 'at-risk');
    await settle(el);
    const after = shadow(el).querySelector('[role="progressbar"]');
    expect(after).toBe(before);
    expect(shadow(el).querySelector('[part="fill"]')).toBe(fillBefore);
    expect(after?.getAttribute('aria-valuetext')).toBe('75 %, at risk, expected 50 %');
    expect(fillBefore?.getAttribute('width')).toBe('75%');
  });

  it('writes a score on the 0.00–1.00 scale in the server-rendered markup with format="score"', async () => {
    const markup = await commands.renderSsr('okr-progress', { value: '0.5714', expected: '0.494505', label: 'Q4 2026', format: 'score', bare: '', locale: 'en-GB' });
    expect(markup).toContain('aria-valuetext="0.57, 49 % of the time passed"');
    expect(markup).toContain('aria-valuemax="1"');
    expect(markup).not.toContain('%,');
  });

  it('renders the status icon as fixed markup, without hydration markers, and swaps it when the status changes', async () => {
    const attrs = { value: '0.6', expected: '0.5', status: 'on-track', label: 'Hiring', locale: 'en-GB' };
    const markup = await commands.renderSsr('okr-progress', attrs);
    const icon = /<svg class="cairn-icon"[\s\S]*?<\/svg>/.exec(markup)?.[0] ?? '';
    const onTrack = iconPaths(statusLook('on-track').icon);
    expect(icon).not.toContain('<!--');
    for (const path of onTrack) expect(icon).toContain(`d="${path.d}"`);
    const el = await serverRendered('okr-progress', attrs);
    const drawn = (): string[] => [...shadow(el).querySelectorAll('.status .cairn-icon path')].map((p) => p.getAttribute('d') ?? '');
    expect(drawn()).toEqual(onTrack.map((p) => p.d));
    el.setAttribute('status', 'at-risk');
    await settle(el);
    expect(drawn()).toEqual(iconPaths(statusLook('at-risk').icon).map((p) => p.d));
    expect(shadow(el).querySelector('.status')?.textContent).toBe('At risk');
  });

  it('renders a ring from snapshot data and hydrates from the inline JSON beside it', async () => {
    const attrs = { variant: 'ring', 'key-result': 'faster-checkout#lighthouse' };
    const markup = await commands.renderSsr('okr-progress', attrs, snapshot);
    expect(markup).toContain('class="ring-fill"');
    expect(markup).toContain('9 %, off track, expected 49 %');
    const el = await serverRendered('okr-progress', attrs, snapshot);
    const ring = shadow(el).querySelector('[part="ring"]');
    expect(ring).not.toBeNull();
    el.setAttribute('key-result', 'faster-checkout#third-party-scripts');
    await settle(el);
    expect(shadow(el).querySelector('[part="ring"]')).toBe(ring);
    expect(shadow(el).querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext')).toBe('25 %, at risk, expected 49 %');
  });
});
