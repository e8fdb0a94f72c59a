/**
 * Every element under `default-src 'self'; script-src 'self'; style-src 'self'`, in Chromium,
 * from the built bundle: no policy violation, and the same drawing as without the policy.
 * Needs `npm run build` first (as package.test.ts does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderElement } from './ssr-render.js';
import { CHROMIUM, STRICT_CSP, startCspServer, type CspServer } from './csp-server.js';

const BODY = `
  <okr-tree id="tree" src="/data/acme.json"></okr-tree>
  <okr-progress id="zero" label="Nothing yet" value="0" expected="0.5" status="off-track"></okr-progress>
  <okr-progress id="sixty" label="Hiring" value="0.6" expected="0.5" status="on-track"></okr-progress>
  <okr-progress id="ring" label="Ring" variant="ring" size="120" value="0.6" expected="0.5" status="at-risk"></okr-progress>
  <okr-card id="card" src="/data/acme.json" objective="new-markets"></okr-card>
  <kpi-gauge id="gauge" src="/data/acme.json" kpi="revenue"></kpi-gauge>
  <kpi-trend id="trend" src="/data/acme.json" kpi="revenue"></kpi-trend>
  <kpi-board id="board" src="/data/acme.json" key></kpi-board>`;
const IDS = ['tree', 'zero', 'sixty', 'ring', 'card', 'gauge', 'trend', 'board'];

const page = (body: string, head = ''): string =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>CSP</title>${head}<link rel="stylesheet" href="/page.css"></head><body>${body}</body></html>`;
const PAGE_CSS = 'body { margin: 16px; font: 16px/1.4 sans-serif; width: 900px; } body > * { margin-block-end: 16px; }';

let server: CspServer;
let browser: Browser;

beforeAll(async () => {
  server = await startCspServer({ '/cairn-elements.js': 'dist/cairn-elements.js', '/data/acme.json': 'test/generated/acme-snapshot.json' });
  server.put('/page.css', { body: PAGE_CSS, type: 'text/css', csp: STRICT_CSP });
  const scripted = page(BODY, '<script type="module" src="/cairn-elements.js"></script>');
  server.put('/strict.html', { body: scripted, type: 'text/html', csp: STRICT_CSP });
  server.put('/open.html', { body: scripted, type: 'text/html' });
  browser = await chromium.launch(CHROMIUM);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  /** Violations reported by securitypolicyviolation events and by the console. */
  violations: () => Promise<string[]>;
}

/** Opens a page that records every CSP violation from its first byte, reduced motion on. */
async function open(path: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce' });
  const p = await context.newPage();
  const logged: string[] = [];
  p.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) logged.push(message.text());
  });
  await p.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`), true);
  });
  await p.goto(server.origin + path);
  return { page: p, violations: async () => [...(await p.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...logged] };
}

/** Waits until every element has drawn past its loading state. */
async function drawn(p: Page): Promise<void> {
  await p.waitForFunction((ids) => ids.every((id) => {
    const root = document.getElementById(id)?.shadowRoot;
    return !!root && root.childElementCount > 0 && !/Loading/.test(root.textContent ?? '');
  }), IDS);
  // Nested elements (the card's bars, the board's gauges) draw one frame later.
  await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const box = (p: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number }> =>
  p.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

describe('the elements under a strict Content-Security-Policy', { timeout: 180_000 }, () => {
  it('draw with no violation: the tree has its height, a 0 % bar is empty, a 60 % bar 60 % full', async () => {
    const { page: p, violations } = await open('/strict.html');
    await drawn(p);
    expect(await violations()).toEqual([]);
    expect((await box(p, '#tree [part="viewport"]')).height).toBeGreaterThan(100);
    expect((await box(p, '#zero [part="fill"]')).width).toBeLessThan(1);
    expect((await box(p, '#card okr-progress[part="progress"] [part="fill"]')).width).toBeLessThan(1);
    const track = await box(p, '#sixty [part="track"]');
    expect((await box(p, '#sixty [part="fill"]')).width).toBeCloseTo(track.width * 0.6, 0);
    const marker = await box(p, '#sixty [part="marker"]');
    expect(marker.x + marker.width / 2 - track.x).toBeCloseTo(track.width * 0.5, 0);
    expect((await box(p, '#ring [part="ring"]')).width).toBeCloseTo(120, 0);
    await p.context().close();
  });

  it('places the trend tooltip at the focused point', async () => {
    const { page: p, violations } = await open('/strict.html');
    await drawn(p);
    await p.locator('#trend [part="plot"]').focus();
    await p.locator('#trend [part="tooltip"]').waitFor();
    const point = await box(p, '#trend .focus-point');
    const tip = await box(p, '#trend [part="tooltip"]');
    const plot = await box(p, '#trend [part="plot"]');
    // The tooltip sits beside the point: it overlaps the point's column or row, never the plot's corner.
    expect(Math.abs(tip.y + tip.height / 2 - (point.y + point.height / 2))).toBeLessThan(tip.height + 20);
    expect(tip.x).toBeLessThan(point.x + point.width + 20);
    expect(tip.x + tip.width).toBeGreaterThan(point.x - 20);
    expect(tip.x - plot.x).toBeGreaterThan(plot.width / 2);
    expect(await violations()).toEqual([]);
    await p.context().close();
  });

  it('draws every element exactly as without a policy', async () => {
    const strict = await open('/strict.html');
    const plain = await open('/open.html');
    await drawn(strict.page);
    await drawn(plain.page);
    for (const id of IDS) {
      const [a, b] = await Promise.all([strict.page.locator(`#${id}`).screenshot({ animations: 'disabled' }), plain.page.locator(`#${id}`).screenshot({ animations: 'disabled' })]);
      expect(a.equals(b), `${id} differs under the policy`).toBe(true);
    }
    await strict.page.context().close();
    await plain.page.context().close();
  });
});

describe('server-rendered elements under a strict policy', { timeout: 180_000 }, () => {
  it('keep their shadow-root styles when style-src lists the hashes of @cairn/elements/csp, and only then', async () => {
    const { elementStyleHashes, elementStyleTexts } = await import('@cairn/elements/csp');
    const texts = elementStyleTexts();
    expect(texts.map((t) => t.tag)).toEqual(['kpi-board', 'kpi-gauge', 'kpi-trend', 'okr-card', 'okr-progress', 'okr-tree']);
    const hashes = await elementStyleHashes();
    expect(hashes).toHaveLength(6);
    for (const hash of hashes) expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    const snapshot: unknown = JSON.parse(readFileSync(new URL('./generated/acme-snapshot.json', import.meta.url), 'utf8'));
    const parts = await Promise.all([
      renderElement('okr-progress', { id: 'zero', value: '0', expected: '0.5', status: 'off-track', label: 'Nothing yet' }),
      renderElement('okr-progress', { id: 'sixty', value: '0.6', expected: '0.5', status: 'on-track', label: 'Hiring' }),
      renderElement('okr-tree', { id: 'tree' }, snapshot),
      renderElement('okr-card', { id: 'card', objective: 'new-markets' }, snapshot),
      renderElement('kpi-gauge', { id: 'gauge', kpi: 'revenue' }, snapshot),
      renderElement('kpi-trend', { id: 'trend', kpi: 'revenue' }, snapshot),
      renderElement('kpi-board', { id: 'board', key: '' }, snapshot),
    ]);
    for (const markup of parts) expect(markup).not.toMatch(/\sstyle=/);
    // No script on this page: what a reader sees before (or without) hydration.
    server.put('/ssr.html', { body: page(parts.join('\n')), type: 'text/html', csp: `${STRICT_CSP} ${hashes.join(' ')}` });
    server.put('/ssr-unhashed.html', { body: page(parts.join('\n')), type: 'text/html', csp: STRICT_CSP });

    const hashed = await open('/ssr.html');
    expect(await hashed.violations()).toEqual([]);
    const p = hashed.page;
    expect((await box(p, '#zero [part="fill"]')).width).toBeLessThan(1);
    const track = await box(p, '#sixty [part="track"]');
    expect(track.width).toBeGreaterThan(100);
    expect((await box(p, '#sixty [part="fill"]')).width).toBeCloseTo(track.width * 0.6, 0);
    expect((await box(p, '#tree [part="viewport"]')).height).toBeGreaterThan(100);
    const rows = await p.locator('#tree [role="treeitem"]').evaluateAll((items) => items.map((i) => i.getBoundingClientRect().top));
    expect(rows.length).toBeGreaterThan(3);
    // Rows stack at their own places, not on top of each other.
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]! - rows[i - 1]!).toBeCloseTo(44, 0);
    await p.context().close();

    const unhashed = await open('/ssr-unhashed.html');
    expect((await unhashed.violations()).length).toBeGreaterThanOrEqual(6);
    await unhashed.page.context().close();
  });
});

describe('the built bundles', () => {
  it('never evaluate code from strings, so no page needs unsafe-eval', () => {
    const dist = new URL('../dist/', import.meta.url);
    const files = ['cairn-elements.js', ...readdirSync(new URL('standalone/', dist)).filter((f) => f.endsWith('.js')).map((f) => `standalone/${f}`)];
    expect(files.length).toBeGreaterThan(6);
    for (const file of files) {
      const code = readFileSync(new URL(file, dist), 'utf8');
      expect(code, file).not.toMatch(/new Function\s*\(|\beval\s*\(|setTimeout\(\s*["'`]/);
    }
  });
});
