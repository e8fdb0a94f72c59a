import { afterEach, describe, expect, it } from 'vitest';
import type { DataErrorDetail } from '../shared/cairn-element.js';
import { axeViolations, cleanup, mount, settle, shadow, snapshot, snapshotUrl, until } from '../../test/browser-helpers.js';
import './okr-progress.js';
import type { OkrProgress } from './okr-progress.js';

afterEach(cleanup);

const bar = (el: HTMLElement): HTMLElement => shadow(el).querySelector('[role="progressbar"]') as HTMLElement;
const part = (el: HTMLElement, name: string): HTMLElement | null => shadow(el).querySelector(`[part~="${name}"]`);
const objectives = (snapshot as { objectives: { id: string }[] }).objectives;

function collectErrors(): string[] {
  const messages: string[] = [];
  document.addEventListener('okr-error', (event) => messages.push((event as CustomEvent<DataErrorDetail>).detail.message));
  return messages;
}

describe('<okr-progress>', () => {
  it('draws from attributes alone, with status in words and an icon', async () => {
    const el = await mount<OkrProgress>('<okr-progress label="Hiring" value="0.6" expected="0.494505" status="on-track" locale="en-GB"></okr-progress>');
    const p = bar(el);
    expect(p.getAttribute('aria-label')).toBe('Hiring');
    expect(p.getAttribute('aria-valuenow')).toBe('60');
    expect(p.getAttribute('aria-valuemin')).toBe('0');
    expect(p.getAttribute('aria-valuemax')).toBe('100');
    expect(p.getAttribute('aria-valuetext')).toBe('60 %, on track, expected 49 %');
    expect(part(el, 'status')?.textContent).toContain('On track');
    expect(part(el, 'status')?.querySelector('.icon svg.cairn-icon path')).not.toBeNull();
    expect(part(el, 'value')?.textContent).toBe('60 %');
    expect(part(el, 'fill')?.getAttribute('width')).toBe('60%');
    expect(part(el, 'marker')?.getAttribute('x')).toBe('49.45%');
  });

  it('format="score" writes the value and the expected pace on the 0.00–1.00 scale, to the eye and to screen readers', async () => {
    const el = await mount<OkrProgress>('<okr-progress format="score" label="Q4 2026" value="0.5714" expected="0.494505" status="on-track" locale="en-GB"></okr-progress>');
    expect(part(el, 'value')?.textContent).toBe('0.57');
    expect(bar(el).getAttribute('aria-valuetext')).toBe('0.57, on track, 49 % of the time passed');
    expect(bar(el).getAttribute('aria-valuenow')).toBe('0.57');
    expect(bar(el).getAttribute('aria-valuemax')).toBe('1');
    // The bar is drawn the same either way: 57 % of the track, the marker where 0.49 is.
    expect(part(el, 'fill')?.getAttribute('width')).toBe('57.14%');
    expect(part(el, 'marker')?.getAttribute('x')).toBe('49.45%');
    el.setAttribute('variant', 'ring');
    await settle(el);
    expect(part(el, 'value')?.textContent).toBe('0.57');
    el.removeAttribute('format');
    await settle(el);
    expect(part(el, 'value')?.textContent).toBe('57 %');
    expect(bar(el).getAttribute('aria-valuetext')).toBe('57 %, on track, expected 49 %');
    expect(bar(el).getAttribute('aria-valuemax')).toBe('100');
  });

  it('follows the width of its container', async () => {
    const el = await mount<OkrProgress>('<okr-progress value="0.5"></okr-progress>');
    el.parentElement!.style.width = '400px';
    await settle(el);
    const wide = part(el, 'track')!.getBoundingClientRect().width;
    el.parentElement!.style.width = '200px';
    await settle(el);
    const narrow = part(el, 'track')!.getBoundingClientRect().width;
    expect(wide).toBeGreaterThan(narrow + 100);
    expect(part(el, 'fill')!.getBoundingClientRect().width).toBeCloseTo(narrow / 2, 0);
  });

  it('follows attribute changes, and the status colour with it', async () => {
    const el = await mount<OkrProgress>('<okr-progress value="0.2" status="on-track"></okr-progress>');
    const good = getComputedStyle(part(el, 'fill')!).fill;
    el.setAttribute('value', '0.35');
    el.setAttribute('status', 'off-track');
    el.setAttribute('expected', '0.7');
    await settle(el);
    expect(bar(el).getAttribute('aria-valuenow')).toBe('35');
    expect(bar(el).getAttribute('aria-valuetext')).toBe('35 %, off track, expected 70 %');
    expect(part(el, 'status')?.textContent).toContain('Off track');
    expect(getComputedStyle(part(el, 'fill')!).fill).not.toBe(good);
    expect(part(el, 'marker')).not.toBeNull();
  });

  it('draws a ring with d3-shape when variant="ring", sized by the size attribute', async () => {
    const el = await mount<OkrProgress>('<okr-progress variant="ring" size="120" value="0.6" expected="0.5" status="at-risk"></okr-progress>');
    expect(part(el, 'ring')).not.toBeNull();
    expect(part(el, 'track')).toBeNull();
    expect(shadow(el).querySelector('.ring-fill')?.getAttribute('d')).toMatch(/^M0,-44A44,44/);
    expect(shadow(el).querySelector('.ring-marker')).not.toBeNull();
    expect(part(el, 'value')?.textContent).toBe('60 %');
    expect(part(el, 'status')?.textContent).toContain('At risk');
    expect(Math.round(part(el, 'ring')!.getBoundingClientRect().width)).toBe(120);
    el.size = 80;
    await settle(el);
    expect(Math.round(part(el, 'ring')!.getBoundingClientRect().width)).toBe(80);
  });

  it('bare: the bar alone, and screen readers still hear the numbers', async () => {
    const el = await mount<OkrProgress>('<okr-progress bare value="0.4" status="at-risk" expected="0.5"></okr-progress>');
    expect(part(el, 'status')).toBeNull();
    expect(part(el, 'value')).toBeNull();
    expect(bar(el).getAttribute('aria-valuetext')).toBe('40 %, at risk, expected 50 %');
  });

  it('reads an objective from the data property: score, expected and status', async () => {
    const el = await mount<OkrProgress>('<okr-progress objective="faster-checkout"></okr-progress>');
    el.data = snapshot;
    await settle(el);
    expect(bar(el).getAttribute('aria-label')).toBe('Make the new checkout faster than the old one');
    expect(bar(el).getAttribute('aria-valuenow')).toBe('18');
    expect(bar(el).getAttribute('aria-valuetext')).toBe('18 %, off track, expected 49 %');
  });

  it('reads a key result by "objective#kr", or a bare id with the objective attribute', async () => {
    const el = await mount<OkrProgress>('<okr-progress key-result="faster-checkout#third-party-scripts"></okr-progress>');
    el.data = snapshot;
    await settle(el);
    expect(bar(el).getAttribute('aria-label')).toBe('Remove third-party scripts from checkout, 14 down to 6');
    expect(bar(el).getAttribute('aria-valuetext')).toBe('25 %, at risk, expected 49 %');
    el.setAttribute('key-result', 'partners-signed');
    el.setAttribute('objective', 'sign-retail-partners');
    await settle(el);
    expect(bar(el).getAttribute('aria-valuetext')).toBe('100 %, done, expected 49 %');
  });

  it('reads an inline JSON script child holding one objective', async () => {
    const objective = objectives.find((o) => o.id === 'second-shift');
    const el = await mount<OkrProgress>(`<okr-progress variant="ring"><script type="application/json">${JSON.stringify(objective)}</script></okr-progress>`);
    expect(bar(el).getAttribute('aria-label')).toBe('Run a second warehouse shift from November');
    expect(bar(el).getAttribute('aria-valuenow')).toBe('89');
  });

  it('fetches src', async () => {
    const el = await mount<OkrProgress>(`<okr-progress src="${snapshotUrl}" objective="holiday-campaign"></okr-progress>`);
    await until(() => bar(el) !== null, 'the bar to load');
    expect(bar(el).getAttribute('aria-valuetext')).toBe('41 %, on track, expected 49 %');
  });

  it('reports a failed fetch as an alert and an okr-error event', async () => {
    const errors = collectErrors();
    const el = await mount<OkrProgress>('<okr-progress src="/no/such/snapshot.json"></okr-progress>');
    await until(() => shadow(el).querySelector('[role="alert"]') !== null, 'the error state');
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).toContain('the server answered 404');
    await until(() => errors.length > 0, 'the error event');
    expect(errors[0]).toContain('/no/such/snapshot.json');
  });

  it('reports unknown objectives and key results', async () => {
    const errors = collectErrors();
    const el = await mount<OkrProgress>('<okr-progress objective="nope"></okr-progress>');
    el.data = snapshot;
    await settle(el);
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).toContain('There is no objective "nope" in the data.');
    el.removeAttribute('objective');
    el.setAttribute('key-result', 'faster-checkout#nope');
    await settle(el);
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).toContain('There is no key result "faster-checkout#nope" in the data.');
    expect(errors).toEqual(['There is no objective "nope" in the data.', 'There is no key result "faster-checkout#nope" in the data.']);
  });

  it('has no axe violations, in light and dark, bar and ring', async () => {
    const light = await mount<OkrProgress>('<okr-progress label="Hiring" value="0.6" expected="0.5" status="at-risk"></okr-progress>');
    expect(await axeViolations(light)).toEqual([]);
    const dark = await mount<OkrProgress>('<okr-progress theme="dark" variant="ring" label="Hiring" value="0.3" expected="0.5" status="off-track"></okr-progress>');
    expect(await axeViolations(dark)).toEqual([]);
    expect(getComputedStyle(dark).backgroundColor).toBe('rgb(13, 17, 23)');
    for (const status of ['not-started', 'done', 'achieved', 'partial', 'missed']) {
      light.setAttribute('status', status);
      await settle(light);
      expect(await axeViolations(light)).toEqual([]);
    }
  });
});
