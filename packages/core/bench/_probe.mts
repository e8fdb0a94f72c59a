import { readGoalsFolder } from '../src/node.js';
import { parseYamlSource } from '../src/source/yaml-source.js';
import { splitFrontMatter } from '../src/source/front-matter.js';
import { parseCsvSource } from '../src/source/csv-source.js';
import { ObjectiveSchema } from '../src/schema/objective.js';
import { KpiSchema } from '../src/schema/kpi.js';
const files = await readGoalsFolder(process.argv[2]!);
const acc: Record<string, number> = {};
const add = (k: string, t: number) => { acc[k] = (acc[k] ?? 0) + performance.now() - t; };
for (const { path, text } of files) {
  let t = performance.now();
  if (path.endsWith('.csv')) { parseCsvSource(path, text); add('csv', t); continue; }
  if (path.startsWith('objectives/')) {
    const f = splitFrontMatter(text); add('front', t); t = performance.now();
    const p = parseYamlSource(path, f.yaml!, 1); add('objective yaml', t); t = performance.now();
    ObjectiveSchema.safeParse(p.doc!.value); add('objective zod', t);
  } else if (path.startsWith('kpis/')) {
    const k = text.includes('measurements:\n') ? 'kpi inline' : 'kpi csv-def';
    const p = parseYamlSource(path, text); add(k + ' yaml', t); t = performance.now();
    KpiSchema.safeParse(p.doc!.value); add(k + ' zod', t);
  }
}
console.log(Object.fromEntries(Object.entries(acc).map(([k, v]) => [k, v.toFixed(0)])));
