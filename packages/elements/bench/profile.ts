/**
 * Where the render time goes: one more run of a scenario with ?profile=1, whose page wraps its
 * render in console.profile(); the CPU profile comes over CDP and its self time is summed by
 * source file (through the bundle's source map for Cairn's code) and by V8's own categories
 * ("(program)" is mostly Blink's style, layout and paint; "(garbage collector)").
 */
import type { Browser } from 'playwright-core';
import { originalPosition, type DecodedMap } from './composition.js';
import type { Scenario } from './render.js';

export interface Hotspot {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by source file or category, largest first. */
  byFile: Hotspot[];
  /** Self time by function (source file:line of the sample), largest first. */
  byFunction: Hotspot[];
}

/** The parts of a CDP Profiler.Profile read here. */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface Profile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples?: number[];
  timeDeltas?: number[];
}

function where(frame: CallFrame, maps: Map<string, DecodedMap>): { file: string; fn: string } {
  if (!frame.url) return { file: frame.functionName || '(native)', fn: frame.functionName || '(native)' };
  const path = new URL(frame.url).pathname;
  const map = [...maps.entries()].find(([suffix]) => path.endsWith(suffix))?.[1];
  const original = map ? originalPosition(map, frame.lineNumber, frame.columnNumber) : null;
  if (original) return { file: original.source, fn: `${original.source}:${original.line}` };
  return { file: path, fn: `${path}:${frame.lineNumber + 1} ${frame.functionName || '(anonymous)'}` };
}

export function summarise(profile: Profile, maps: Map<string, DecodedMap>, top = 8): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfByNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    // A sample's time is the gap to the next one.
    const us = deltas[i + 1] ?? 0;
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + us);
  });
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfByNode) {
    const node = nodes.get(id);
    // Idle time, and console.profile()'s own start-up in the page, are not the render's.
    if (!node || node.callFrame.functionName === '(idle)' || node.callFrame.url.endsWith('/pages/common.js')) continue;
    const { file, fn } = where(node.callFrame, maps);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    total += us;
  }
  const list = (m: Map<string, number>): Hotspot[] =>
    [...m.entries()]
      .map(([name, us]) => ({ name, ms: us / 1000, share: total > 0 ? us / total : 0 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top);
  return { totalMs: total / 1000, byFile: list(byFile), byFunction: list(byFunction) };
}

/** One run of `scenario` under the CPU profiler; `maps` maps a URL path suffix to a decoded source map. */
export async function profileScenario(browser: Browser, origin: string, scenario: Scenario, maps: Map<string, DecodedMap>): Promise<ProfileSummary> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const finished = new Promise<Profile>((resolve) => cdp.on('Profiler.consoleProfileFinished', (event) => resolve(event.profile)));
    const url = `${origin}${scenario.url}${scenario.url.includes('?') ? '&' : '?'}profile=1`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${scenario.id}: no profile within 120 s`)), 120_000).unref());
    const profile = await Promise.race([finished, timeout]);
    return summarise(profile, maps);
  } finally {
    await context.close();
  }
}
