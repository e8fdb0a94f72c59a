// Shared by the benchmark pages (plain browser JS, served as is by bench/server.ts).
// Each page imports its library after taking t0, draws, waits until drawn and reports through
// window.__benchResult, which bench/render.ts polls.

/** One animation frame, then a task: the frame's style, layout and paint have run by then. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export const params = new URLSearchParams(location.search);

/** { loadMs, renderMs, drawn, note? } or { error }. */
export function report(result) {
  window.__benchResult = result;
}

export async function run(body) {
  try {
    report(await body());
  } catch (error) {
    report({ error: String((error && error.stack) || error) });
  }
}

/** The readings of the gauge pages: varied values, the same targets and units on both sides. */
export function gaugeReadings(count) {
  const units = ['%', 'pts', 'ms', 'NPS'];
  return Array.from({ length: count }, (_, i) => ({
    label: `KPI ${i + 1}`,
    value: 5 + ((i * 37) % 95),
    target: 60 + (i % 5) * 5,
    critical: 30 + (i % 3) * 5,
    unit: units[i % units.length],
  }));
}

/** Imports Cairn's one-file bundle, or the element's standalone file when the bundle lacks it. */
export async function loadCairn(tag) {
  await import('/dist/cairn-elements.js');
  if (customElements.get(tag)) return 'cairn-elements.js';
  await import(`/dist/standalone/${tag}.js`);
  if (!customElements.get(tag)) throw new Error(`<${tag}> is not defined by the bundle nor by standalone/${tag}.js`);
  return `standalone/${tag}.js`;
}

/** With ?profile=1, a console profile of the render (bench/profile.ts collects it over CDP). */
export const profiling = params.get('profile') === '1';
export function startProfile() {
  if (profiling) console.profile('render');
}
export function endProfile() {
  if (profiling) console.profileEnd('render');
}
