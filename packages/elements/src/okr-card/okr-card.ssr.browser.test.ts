// First: it loads Lit's hydration support before any element is defined.
import { serverRendered } from '../../test/ssr-helpers.js';
import { commands } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, settle, shadow, snapshot } from '../../test/browser-helpers.js';
import './okr-card.js';

afterEach(cleanup);

describe('okr-card on the server', () => {
  it('renders the card, its heading and its nested progress bars', async () => {
    const markup = await commands.renderSsr('okr-card', { objective: 'faster-checkout', href: '/objectives/{id}/', 'heading-level': '2' }, snapshot);
    expect(markup).toContain('shadowrootmode="open"');
    expect(markup).toMatch(/<h2[^>]*part="title"/);
    expect(markup).toContain('href="/objectives/faster-checkout/"');
    expect(markup).toContain('2.1 → 0.8 MB');
    // The nested <okr-progress> elements are server-rendered too, with their own shadow roots.
    expect(markup).toContain('0.18, off track, 49 % of the time passed');
    expect(markup).toContain('25 %, at risk, expected 49 %');
    expect(markup.match(/role="progressbar"/g)).toHaveLength(4);
  });

  it('hydrates without re-creating its DOM and follows a change of objective', async () => {
    const el = await serverRendered('okr-card', { objective: 'faster-checkout' }, snapshot);
    const article = shadow(el).querySelector('article');
    const heading = shadow(el).querySelector('h3');
    const nested = shadow(el).querySelector('okr-progress') as HTMLElement;
    const nestedBar = shadow(nested).querySelector('[role="progressbar"]');
    expect(heading?.textContent?.trim()).toBe('Make the new checkout faster than the old one');
    el.setAttribute('objective', 'second-shift');
    await settle(el);
    await settle(nested);
    expect(shadow(el).querySelector('article')).toBe(article);
    expect(shadow(el).querySelector('h3')).toBe(heading);
    expect(heading?.textContent?.trim()).toBe('Run a second warehouse shift from November');
    expect(shadow(el).querySelector('okr-progress')).toBe(nested);
    expect(shadow(nested).querySelector('[role="progressbar"]')).toBe(nestedBar);
    expect(nestedBar?.getAttribute('aria-valuenow')).toBe('0.89');
    expect(shadow(el).querySelectorAll('[part="key-result"]')).toHaveLength(4);
  });
});
