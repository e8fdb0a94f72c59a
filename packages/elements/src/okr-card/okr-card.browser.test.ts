import { afterEach, describe, expect, it } from 'vitest';
import type { DataErrorDetail } from '../shared/cairn-element.js';
import { axeViolations, cleanup, mount, settle, shadow, snapshot, snapshotUrl, until } from '../../test/browser-helpers.js';
import './okr-card.js';
import type { OkrCard, OkrCardSelectDetail } from './okr-card.js';

afterEach(cleanup);

const $ = (el: HTMLElement, selector: string): HTMLElement | null => shadow(el).querySelector(selector);
const $$ = (el: HTMLElement, selector: string): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
/** A description list as "term: description" lines. */
const pairs = (dl: HTMLElement | null): string[] =>
  [...(dl?.querySelectorAll('div') ?? [])].map((d) => `${d.querySelector('dt')?.textContent?.trim()}: ${d.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim()}`);
const objectives = (snapshot as { objectives: { id: string; narrative: string }[] }).objectives;

async function card(markup: string, data: unknown = snapshot): Promise<OkrCard> {
  const el = await mount<OkrCard>(markup);
  el.data = data;
  await settle(el);
  return el;
}

function collect<T>(name: 'okr-select' | 'okr-error'): T[] {
  const details: T[] = [];
  document.addEventListener(name, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

describe('<okr-card>', () => {
  it('shows an objective at a glance from the data property', async () => {
    const el = await card('<okr-card objective="faster-checkout"></okr-card>');
    const heading = $(el, 'h3');
    expect(heading?.textContent?.trim()).toBe('Make the new checkout faster than the old one');
    expect($(el, 'article')?.getAttribute('aria-labelledby')).toBe(heading?.id);
    expect(pairs($(el, '[part="meta"]'))).toEqual(['Owner: mia', 'Team: Web Shop', 'Period: Q4 2026']);
    expect($(el, '[part="status"]')?.textContent).toContain('Off track');
    expect($(el, '[part="status"] .icon svg.cairn-icon path')).not.toBeNull();
    expect(pairs($(el, '[part="facts"]'))).toEqual(['Score: 0.18', 'Grade: 0.2 red', 'Expected: 49 %', 'Forecast: projected 0.42 at period end, likely to miss']);
    expect($(el, '[part="forecast"] .warn-mark')?.getAttribute('aria-hidden')).toBe('true');
    // The mark is an icon of the text's size, not an SVG at its default 300 × 150 or its viewBox's size.
    const mark = $(el, '[part="forecast"] .warn-mark svg')!.getBoundingClientRect();
    const text = Number.parseFloat(getComputedStyle($(el, '[part="forecast"] dd')!).fontSize);
    expect(mark.height).toBeGreaterThan(0);
    expect(mark.height).toBeLessThanOrEqual(text * 1.5);
    expect(mark.width).toBeLessThanOrEqual(text * 1.5);
    expect($(el, '[part="badge"]')).toBeNull();
    const progress = $(el, 'okr-progress[part="progress"]')!;
    // Screen readers hear the score as the eye reads it beside the bar ("Score 0.18").
    expect(shadow(progress).querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext')).toBe('0.18, off track, 49 % of the time passed');
  });

  it('lists key results with current → target, progress, status and confidence', async () => {
    const el = await card('<okr-card objective="faster-checkout"></okr-card>');
    const rows = $$(el, '[part="key-result"]');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.querySelector('.kr-title')?.textContent).toBe('Cut the checkout page weight from 2.4 MB to 0.8 MB');
    expect(rows[0]!.querySelector('.measure')?.textContent).toBe('2.1 → 0.8 MB');
    expect(rows[0]!.querySelector('.confidence')?.textContent).toBe('Confidence 40 %');
    const krBar = rows[1]!.querySelector('okr-progress')!;
    await settle(krBar);
    const p = shadow(krBar).querySelector('[role="progressbar"]');
    expect(p?.getAttribute('aria-label')).toBe('Remove third-party scripts from checkout, 14 down to 6');
    expect(p?.getAttribute('aria-valuetext')).toBe('25 %, at risk, expected 49 %');
    expect(shadow(krBar).querySelector('[part="status"]')?.textContent).toContain('At risk');
  });

  it('shows the committed badge, team names, the stretch mark and milestones', async () => {
    const el = await card('<okr-card objective="sign-retail-partners"></okr-card>');
    expect($(el, '[part="badge"]')?.textContent).toBe('Committed');
    expect($(el, '[part="meta"]')?.textContent).toContain('Field Sales');
    const rows = $$(el, '[part="key-result"]');
    expect(rows[1]!.querySelector('.stretch')?.textContent).toContain('Stretch reached');
    expect(rows[0]!.querySelector('.stretch')).toBeNull();
    expect(rows[2]!.querySelector('.measure')?.textContent).toBe('2 of 3 milestones');
    expect(rows[2]!.querySelector('.confidence')).toBeNull();
  });

  it('formats measures with the locale attribute', async () => {
    const el = await card('<okr-card objective="organic-search" locale="de-DE"></okr-card>');
    const measures = $$(el, '.measure').map((m) => m.textContent);
    expect(measures).toContain('36.500 → 42.000 sessions');
    el.setAttribute('objective', 'retail-channel');
    el.setAttribute('locale', 'en-GB');
    await settle(el);
    expect($(el, '.measure')?.textContent).toBe('€6m → €7m');
  });

  it('sets the heading level and follows attribute changes', async () => {
    const el = await card('<okr-card objective="faster-checkout" heading-level="2"></okr-card>');
    expect($(el, 'h2')).not.toBeNull();
    expect($(el, 'h3')).toBeNull();
    el.setAttribute('heading-level', '5');
    el.setAttribute('objective', 'second-shift');
    await settle(el);
    expect($(el, 'h5')?.textContent?.trim()).toBe('Run a second warehouse shift from November');
    el.setAttribute('heading-level', '9');
    await settle(el);
    expect($(el, 'h3')).not.toBeNull();
  });

  it('shows the narrative excerpt as plain text, never as HTML', async () => {
    const hostile = { ...objectives.find((o) => o.id === 'faster-checkout')!, narrative: '**Slow** <img src=x onerror="window.__pwned=1"> [checkout](/x).\n\nSecond paragraph.' };
    const el = await card('<okr-card narrative></okr-card>', hostile);
    expect($(el, '[part="narrative"]')?.textContent).toBe('Slow checkout.');
    expect($(el, '[part="narrative"] img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    el.narrative = false;
    await settle(el);
    expect($(el, '[part="narrative"]')).toBeNull();
  });

  it('turns the title into a link from the href template and emits okr-select on click', async () => {
    const selected = collect<OkrCardSelectDetail>('okr-select');
    const el = await card('<okr-card objective="faster-checkout" href="/objectives/{id}/"></okr-card>');
    const link = $(el, 'a[part="title-link"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/objectives/faster-checkout/');
    el.addEventListener('okr-select', (event) => event.preventDefault(), { once: true });
    link.click();
    expect(selected).toEqual([{ id: 'faster-checkout', ref: null, kind: 'objective' }]);
    // Cancelling the event kept the page where it was.
    expect(location.pathname).not.toBe('/objectives/faster-checkout/');
  });

  it('without a link or selectable, the title and key results are plain text with no tab stop', async () => {
    const selected = collect<OkrCardSelectDetail>('okr-select');
    const el = await card('<okr-card objective="faster-checkout"></okr-card>');
    expect($$(el, 'button, a, [tabindex]')).toEqual([]);
    expect($(el, '[part="title-link"]')?.localName).toBe('span');
    expect($$(el, '[part="key-result-title"]').map((t) => t.localName)).toEqual(['span', 'span', 'span']);
    // Nothing to press: a click selects nothing either, so no pointer promises otherwise.
    $$(el, '[part="key-result"]')[0]!.click();
    expect(selected).toEqual([]);
    expect(getComputedStyle($$(el, '[part="key-result"]')[0]!).cursor).toBe('auto');
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    const { userEvent } = await import('vitest/browser');
    await userEvent.tab();
    expect(document.activeElement).not.toBe(el);
  });

  it('links each key result to its anchor on the objective’s page when the card has href, and emits okr-select', async () => {
    const selected = collect<OkrCardSelectDetail>('okr-select');
    const el = await card('<okr-card objective="faster-checkout" href="/objectives/{period}/{id}/"></okr-card>');
    const links = $$(el, 'a[part="key-result-title"]') as HTMLAnchorElement[];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/objectives/2026-q4/faster-checkout/#kr-image-weight',
      '/objectives/2026-q4/faster-checkout/#kr-third-party-scripts',
      '/objectives/2026-q4/faster-checkout/#kr-lighthouse',
    ]);
    expect(links[0]?.textContent).toBe('Cut the checkout page weight from 2.4 MB to 0.8 MB');
    expect($$(el, 'button')).toEqual([]);
    // Tab reaches the title and each key result's link, and only those.
    const title = $(el, 'a[part="title-link"]')!;
    title.focus();
    const { userEvent } = await import('vitest/browser');
    for (const link of links) {
      await userEvent.tab();
      expect(shadow(el).activeElement).toBe(link);
    }
    el.addEventListener('okr-select', (event) => event.preventDefault(), { once: true });
    links[1]!.click();
    expect(selected).toEqual([{ id: 'faster-checkout', ref: 'faster-checkout#third-party-scripts', kind: 'key-result' }]);
    expect(location.hash).not.toBe('#kr-third-party-scripts');
    // A click beside the link is not a second way to select.
    $$(el, '[part="key-result"]')[1]!.querySelector<HTMLElement>('.measure')!.click();
    expect(selected).toHaveLength(1);
    el.setAttribute('key-result-href', '/okrs/{id}/{kr}');
    await settle(el);
    expect($(el, 'a[part="key-result-title"]')?.getAttribute('href')).toBe('/okrs/faster-checkout/image-weight');
    el.removeAttribute('href');
    await settle(el);
    expect($(el, '[part="title-link"]')?.localName).toBe('span');
    expect($(el, 'a[part="key-result-title"]')?.getAttribute('href')).toBe('/okrs/faster-checkout/image-weight');
  });

  it('selectable: Tab reaches the title and each key result as buttons, Enter selects', async () => {
    const selected = collect<OkrCardSelectDetail>('okr-select');
    const el = await card('<okr-card objective="faster-checkout" selectable></okr-card>');
    const title = $(el, 'button[part="title-link"]')!;
    const krButtons = $$(el, '.kr-title');
    expect(krButtons).toHaveLength(3);
    for (const control of [title, ...krButtons]) {
      expect(control.tabIndex).toBe(0);
      expect(control.localName).toBe('button');
    }
    const { userEvent } = await import('vitest/browser');
    title.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(krButtons[0]);
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(krButtons[1]);
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([
      { id: 'faster-checkout', ref: null, kind: 'objective' },
      { id: 'faster-checkout', ref: 'faster-checkout#third-party-scripts', kind: 'key-result' },
    ]);
  });

  it('selectable: emits okr-select once when any part of a key-result row is clicked', async () => {
    const selected = collect<OkrCardSelectDetail>('okr-select');
    const el = await card('<okr-card objective="faster-checkout" selectable></okr-card>');
    const row = $$(el, '[part="key-result"]')[2]!;
    expect(getComputedStyle(row).cursor).toBe('pointer');
    (row.querySelector('.measure') as HTMLElement).click();
    (row.querySelector('.kr-title') as HTMLElement).click();
    expect(selected).toEqual([
      { id: 'faster-checkout', ref: 'faster-checkout#lighthouse', kind: 'key-result' },
      { id: 'faster-checkout', ref: 'faster-checkout#lighthouse', kind: 'key-result' },
    ]);
  });

  it('uses the only objective of the data, from an inline JSON script child', async () => {
    const objective = objectives.find((o) => o.id === 'second-shift');
    const el = await mount<OkrCard>(`<okr-card><script type="application/json">${JSON.stringify({ objective })}</script></okr-card>`);
    expect($(el, 'h3')?.textContent?.trim()).toBe('Run a second warehouse shift from November');
    // Without the snapshot's teams, the team id stands in for its name.
    expect($(el, '[part="meta"]')?.textContent).toContain('fulfilment');
  });

  it('fetches src', async () => {
    const el = await mount<OkrCard>(`<okr-card src="${snapshotUrl}" objective="holiday-campaign"></okr-card>`);
    await until(() => $(el, 'h3') !== null, 'the card to load');
    expect($(el, 'h3')?.textContent?.trim()).toBe('Run a holiday campaign that makes gifting green feel easy');
    expect($(el, '[part="meta"]')?.textContent).toContain('Brand');
  });

  it('reports a failed fetch, an unknown id and an ambiguous snapshot', async () => {
    const errors = collect<DataErrorDetail>('okr-error');
    const failed = await mount<OkrCard>('<okr-card src="/no/such/card.json"></okr-card>');
    await until(() => $(failed, '[role="alert"]') !== null, 'the error state');
    expect($(failed, '[role="alert"]')?.textContent).toContain('the server answered 404');
    const unknown = await card('<okr-card objective="nope"></okr-card>');
    expect($(unknown, '[role="alert"]')?.textContent).toContain('There is no objective "nope" in the data.');
    const several = await card('<okr-card></okr-card>');
    expect($(several, '[role="alert"]')?.textContent).toContain('name one with the objective attribute');
    await until(() => errors.length === 3, 'three error events');
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining('/no/such/card.json'),
      'There is no objective "nope" in the data.',
      'The data holds several objectives: name one with the objective attribute.',
    ]);
  });

  it('has no axe violations, in light and dark, with and without a link', async () => {
    const light = await card('<okr-card objective="sign-retail-partners" narrative></okr-card>');
    expect(await axeViolations(light)).toEqual([]);
    const dark = await card('<okr-card theme="dark" objective="faster-checkout" href="/objectives/{id}/" narrative></okr-card>');
    expect(await axeViolations(dark)).toEqual([]);
    const selectable = await card('<okr-card objective="faster-checkout" selectable></okr-card>');
    expect(await axeViolations(selectable)).toEqual([]);
    const nested = $(dark, 'okr-progress')!;
    expect(nested.getAttribute('theme')).toBe('dark');
    expect(getComputedStyle(nested).backgroundColor).toBe('rgb(13, 17, 23)');
  });
});
