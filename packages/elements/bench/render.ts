/**
 * First render in headless Chromium: each scenario is a page of bench/pages/, loaded `runs`
 * times, each time in a fresh browser context (no cache, no shared state), and reports
 * { loadMs, renderMs, drawn }; the median of the runs is kept.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Scenario {
  id: string;
  label: string;
  /** Path and query of the page, e.g. "/gauges-cairn.html?count=100". */
  url: string;
}

export interface PageResult {
  loadMs: number;
  renderMs: number;
  drawn: number;
  note?: string;
}

export interface ScenarioResult {
  scenario: Scenario;
  runs: PageResult[];
  /** Medians over the runs. */
  loadMs: number;
  renderMs: number;
  drawn: number;
  note: string;
}

type Reported = PageResult | { error: string } | undefined;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export async function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Loads the page once in a fresh context and waits (up to `timeoutMs`) for its report. */
export async function runPage(browser: Browser, origin: string, scenario: Scenario, timeoutMs = 120_000): Promise<PageResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${origin}${scenario.url}`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => (window as Window & { __benchResult?: unknown }).__benchResult !== undefined, undefined, { timeout: timeoutMs, polling: 50 });
    const result = await page.evaluate(() => (window as Window & { __benchResult?: Reported }).__benchResult);
    if (result === undefined) throw new Error(`${scenario.id}: the page reported nothing`);
    if ('error' in result) throw new Error(`${scenario.id}: ${result.error}${pageErrors.length ? `\n  page errors: ${pageErrors.join('\n  ')}` : ''}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Runs every scenario `runs` times, round-robin (run 1 of each, then run 2 of each, …), so a
 * burst of other work on the machine lands on all scenarios alike rather than on one.
 */
export async function runRounds(browser: Browser, origin: string, scenarios: Scenario[], runs: number, log: (line: string) => void): Promise<Map<string, ScenarioResult>> {
  const all = new Map<string, PageResult[]>(scenarios.map((s) => [s.id, []]));
  for (let run = 1; run <= runs; run += 1) {
    log(`  round ${run}/${runs}`);
    for (const scenario of scenarios) {
      const result = await runPage(browser, origin, scenario);
      all.get(scenario.id)?.push(result);
      log(`    ${scenario.label}: render ${result.renderMs.toFixed(1)} ms, library load ${result.loadMs.toFixed(1)} ms, ${result.drawn} drawn`);
    }
  }
  return new Map(
    scenarios.map((scenario) => {
      const results = all.get(scenario.id) ?? [];
      return [
        scenario.id,
        {
          scenario,
          runs: results,
          loadMs: median(results.map((r) => r.loadMs)),
          renderMs: median(results.map((r) => r.renderMs)),
          drawn: median(results.map((r) => r.drawn)),
          note: results[0]?.note ?? '',
        },
      ];
    }),
  );
}

/** The HTML shell of a page: an empty #root and the page's module script. */
export function pageHtml(script: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>${script}</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } #root { padding: 8px; }</style></head>
<body><div id="root"></div><script type="module" src="/pages/${script}"></script></body>
</html>
`;
}
