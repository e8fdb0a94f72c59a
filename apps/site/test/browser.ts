import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright';
import { previewSite, type PreviewOptions } from '../src/node/index.js';

/** The system Chromium with the flags this machine needs. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface Watched {
  page: Page;
  /** Console errors, page errors and Content-Security-Policy violations seen so far. */
  problems: string[];
  /** Requests that went to another origin. */
  foreign: string[];
}

/** A page that records every console error, uncaught error, CSP violation and off-origin request. */
export async function watchedPage(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  });
  await page.exposeFunction('__cspViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __cspViolation(text: string): void }).__cspViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return { page, problems, foreign };
}

/**
 * Serves a built site as `cairn preview` does, opens a watched page on it and runs `work` with
 * the page and the site's address; the page and the server are closed whatever happens.
 */
export async function onPreview(
  browser: Browser,
  preview: Omit<PreviewOptions, 'port'>,
  work: (watched: Watched & { url: string }) => Promise<void>,
  options: BrowserContextOptions = {},
): Promise<void> {
  const server = await previewSite({ ...preview, port: 0 });
  try {
    const watched = await watchedPage(browser, new URL(server.url).origin, options);
    try {
      await work({ ...watched, url: server.url });
    } finally {
      await watched.page.context().close();
    }
  } finally {
    await server.close();
  }
}

/** The elements the site hydrates: those the reader can use. Cards, progress bars and gauges are complete as rendered and stay static. */
export const INTERACTIVE = ['okr-tree', 'kpi-board', 'kpi-trend'] as const;
export const DISPLAY_ONLY = ['okr-card', 'okr-progress', 'kpi-gauge'] as const;

/**
 * The elements on the page that should have hydrated and have not yet (their tags, in document
 * order): every interactive element, and every element inside one.
 */
export async function unhydrated(page: Page): Promise<string[]> {
  return page.evaluate((interactive) => {
    const ALL = 'okr-tree, okr-card, okr-progress, kpi-gauge, kpi-trend, kpi-board';
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot, nested: boolean): void => {
      for (const el of root.querySelectorAll<HTMLElement & { hasUpdated?: boolean }>(ALL)) {
        if (!nested && !interactive.includes(el.localName)) continue;
        if (!el.hasUpdated) found.push(el.localName);
        if (el.shadowRoot) walk(el.shadowRoot, true);
      }
    };
    walk(document, false);
    return found;
  }, [...INTERACTIVE] as string[]);
}

/**
 * Scrolls down the page a screen at a time, as a reader would, and waits until every element has
 * hydrated (each does so when it comes near the screen); fails after `timeout` ms.
 */
export async function waitForHydration(page: Page, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let left = await unhydrated(page);
  while (left.length > 0) {
    if (Date.now() > deadline) throw new Error(`still not hydrated after ${timeout} ms: ${left.join(', ')}`);
    await page.evaluate(() => window.scrollBy(0, window.innerHeight));
    await page.waitForTimeout(100);
    left = await unhydrated(page);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** axe-core's findings on the page as it is now, one line per rule broken, each starting with `label`. */
export async function axeViolations(page: Page, label: string, rules?: string[]): Promise<string[]> {
  // Only violations are read: axe then skips collecting every node that passed. The site has no
  // frames, so axe runs once in the page (legacy mode) instead of per frame and then again in a
  // new blank page to join the parts, which took a third of the time of each check.
  const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The text of a locator's first match, its runs of white space made one space. */
export const trimmed = async (locator: Locator): Promise<string> => ((await locator.first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
