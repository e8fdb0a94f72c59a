/**
 * Server rendering of the elements with @lit-labs/ssr, as the site renders them: ms and bytes per
 * element for the charts and bars an objective page carries most of (a <kpi-trend> per key result,
 * an <okr-progress> per key result and objective), and a KPI page's <kpi-trend>.
 * Figures, not tests. Renders the built package (dist/), in one Node process: a warm-up round of
 * every case, then measured rounds taken case by case in turn; the median round is reported.
 *
 *   npx tsx bench/ssr.ts [--count 400] [--rounds 5] [--dist dist]     (from packages/elements, after npm run build)
 *
 * `--dist` renders another build of the package (a copy inside the package, so it shares lit), to set two builds side by side.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';

const argv = process.argv.slice(2);
const distAt = argv.indexOf('--dist');
const dist = distAt >= 0 ? (argv.splice(distAt, 2)[1] ?? 'dist') : 'dist';
// The DOM shim of @lit-labs/ssr must exist before any element class is defined.
await import(pathToFileURL(resolve(dist, 'esm/index.js')).href);

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const QUARTER = { start: '2026-10-01', end: '2026-12-31' };
const YEAR = { start: '2026-01-01', end: '2026-12-31' };

/**
 * A key result's pace chart, shaped as apps/site/src/lib/pace.ts makes it: weekly target steps
 * over its period, a check-in every two weeks or so (~5 in a quarter, ~12 in a year).
 */
function keyResultTrend(i: number, period = QUARTER): Record<string, unknown> {
  const from = Date.parse(`${period.start}T00:00:00Z`);
  const to = Date.parse(`${period.end}T00:00:00Z`);
  const start = 10 + (i % 7);
  const target = start + 40 + (i % 11);
  const targets: { from: string; value: number }[] = [];
  for (let day = from; day <= to; day += 7 * DAY) targets.push({ from: iso(day), value: start + ((day - from) / (to - from)) * (target - start) });
  const checkins = Math.round((to - from) / (18 * DAY)) + (i % 3) - 1;
  const series = Array.from({ length: checkins }, (_, c) => ({ date: iso(from + (c + 1) * 14 * DAY + (i % 5) * DAY), value: Math.round((start + ((c + 1) * 30) / checkins + ((i + c) % 4)) * 10) / 10 }));
  return {
    id: `objective-${i}#kr-${i % 4}`,
    title: `Key result ${i}: check-ins against the expected pace`,
    unit: i % 2 === 0 ? '%' : 'customers',
    direction: 'increase',
    target,
    targets,
    critical: null,
    latest: series.at(-1),
    health: 'unknown',
    trend: 'unknown',
    series,
  };
}

/** A KPI page's chart: two years of monthly measurements, a dated target, a critical line. */
function kpiPageTrend(i: number): Record<string, unknown> {
  const series = Array.from({ length: 24 }, (_, m) => ({ date: iso(Date.UTC(2025, m + 1, 0)), value: Math.round((60 + Math.sin((i + m) / 3) * 8 + m * 0.4) * 10) / 10 }));
  // The KPI page embeds the whole snapshot KPI, not only what the chart reads.
  return {
    ...keyResultTrend(i),
    id: `kpi-${i}`,
    title: `KPI ${i}`,
    description: null,
    owner: 'alice',
    team: 'sales',
    targetNote: null,
    healthSetBy: 'rule',
    healthReason: null,
    stale: false,
    daysSinceLatest: null,
    trendChange: null,
    indicator: null,
    key: false,
    frequency: null,
    drives: [],
    drivenBy: [],
    keyResults: [],
    guards: [],
    target: 75,
    targets: [
      { from: '2025-01-01', value: 65 },
      { from: '2026-01-01', value: 75 },
    ],
    critical: 50,
    health: 'healthy',
    latest: series.at(-1),
    series,
  };
}

interface Case {
  label: string;
  template: (i: number) => TemplateResult;
}

// Each case is one template whose values are bindings, as the site's render-element.ts makes them, so Lit prepares it once.
const CASES: Case[] = [
  {
    label: '<kpi-trend> key-result pace',
    template: (i) => html`<kpi-trend locale="en-GB" from=${QUARTER.start} to=${QUARTER.end} label=${`Key result ${i}: values against the expected pace`} defer-hydration .data=${keyResultTrend(i)}></kpi-trend>`,
  },
  {
    label: '<kpi-trend> key-result pace, a year',
    template: (i) => html`<kpi-trend locale="en-GB" from=${YEAR.start} to=${YEAR.end} label=${`Key result ${i}: values against the expected pace`} defer-hydration .data=${keyResultTrend(i, YEAR)}></kpi-trend>`,
  },
  {
    label: '<kpi-trend> KPI page',
    template: (i) => html`<kpi-trend kpi=${`kpi-${i}`} locale="en-GB" defer-hydration .data=${kpiPageTrend(i)}></kpi-trend>`,
  },
  {
    label: '<okr-progress> bar',
    template: (i) =>
      html`<okr-progress value=${String((i % 100) / 100)} expected="0.46" status=${['on-track', 'at-risk', 'off-track'][i % 3]} locale="en-GB" label=${`Key result ${i}`} defer-hydration></okr-progress>`,
  },
];

interface Figures {
  label: string;
  ms: number;
  /** Processor time (user + system) of this process: what other work on a shared machine skews least. */
  cpuMs: number;
  bytes: number;
  styleBytes: number;
  styles: number;
  commentBytes: number;
  comments: number;
}

const bytesOf = (text: string): number => Buffer.byteLength(text, 'utf8');
const sumOf = (text: string, pattern: RegExp): { bytes: number; count: number } => {
  let bytes = 0;
  let count = 0;
  for (const match of text.matchAll(pattern)) {
    bytes += bytesOf(match[0]);
    count += 1;
  }
  return { bytes, count };
};

async function round(c: Case, count: number): Promise<{ ms: number; cpuMs: number; markup: string[] }> {
  const templates = Array.from({ length: count }, (_, i) => c.template(i));
  const markup: string[] = [];
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const template of templates) markup.push(await collectResult(render(template)));
  const used = process.cpuUsage(cpu);
  return { ms: (performance.now() - started) / count, cpuMs: (used.user + used.system) / 1000 / count, markup };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Renders `count` elements of each case per round: one warm-up round each, then `rounds` measured ones in turn. */
export async function measureSsr(count: number, rounds: number): Promise<Figures[]> {
  for (const c of CASES) await round(c, count);
  // Round-robin, so a slow stretch of a shared machine falls on every case alike.
  const times = CASES.map((): number[] => []);
  const cpuTimes = CASES.map((): number[] => []);
  const markups = CASES.map((): string[] => []);
  for (let r = 0; r < rounds; r += 1) {
    for (const [i, c] of CASES.entries()) {
      const result = await round(c, count);
      times[i]!.push(result.ms);
      cpuTimes[i]!.push(result.cpuMs);
      markups[i] = result.markup;
    }
  }
  const out: Figures[] = [];
  for (const [i, c] of CASES.entries()) {
    const all = markups[i]!.join('');
    const styles = sumOf(all, /<style>[\s\S]*?<\/style>/g);
    const comments = sumOf(all, /<!--[\s\S]*?-->/g);
    out.push({
      label: c.label,
      ms: median(times[i]!),
      cpuMs: median(cpuTimes[i]!),
      bytes: bytesOf(all) / count,
      styleBytes: styles.bytes / count,
      styles: styles.count / count,
      commentBytes: comments.bytes / count,
      comments: comments.count / count,
    });
  }
  return out;
}

function parse(argv: string[]): { count: number; rounds: number } {
  const options = { count: 400, rounds: 5 };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--count') options.count = Math.max(1, Number(argv[(i += 1)]) || 1);
    else if (argv[i] === '--rounds') options.rounds = Math.max(1, Number(argv[(i += 1)]) || 1);
    else if (argv[i] !== '--') throw new Error(`unknown option ${argv[i]}`);
  }
  return options;
}

const { count, rounds } = parse(argv);
process.stdout.write(`Server rendering (@lit-labs/ssr, ${dist}/), ${count} elements per round, median of ${rounds} rounds after a warm-up; bytes per element\n`);
const rows = await measureSsr(count, rounds);
const header = ['element', 'ms', 'cpu ms', 'bytes', 'style bytes (blocks)', 'comment bytes (count)', 'rest'];
const cells = rows.map((r) => [
  r.label,
  r.ms.toFixed(3),
  r.cpuMs.toFixed(3),
  Math.round(r.bytes).toLocaleString('en-GB'),
  `${Math.round(r.styleBytes).toLocaleString('en-GB')} (${r.styles})`,
  `${Math.round(r.commentBytes).toLocaleString('en-GB')} (${Math.round(r.comments)})`,
  Math.round(r.bytes - r.styleBytes - r.commentBytes).toLocaleString('en-GB'),
]);
const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => (row[c] ?? '').length)));
const line = (row: string[]): string => `| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(' | ')} |`;
process.stdout.write(`${line(header)}\n|${widths.map((w, c) => `${'-'.repeat(w + 1)}${c === 0 ? '-' : ':'}`).join('|')}|\n`);
for (const row of cells) process.stdout.write(`${line(row)}\n`);
