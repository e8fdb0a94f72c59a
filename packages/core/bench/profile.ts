/** Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time by function and by file. */
import { readFileSync } from 'node:fs';

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  name: string;
  where: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: HotSpot[];
  files: HotSpot[];
}

/** Shortens a script URL to `src/…`, `<package>/…` (node_modules) or `node:…`. */
function shortUrl(url: string): string {
  if (url === '') return '(native)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) return url.slice(modules + '/node_modules/'.length);
  const core = url.indexOf('/packages/core/');
  if (core >= 0) return url.slice(core + '/packages/core/'.length);
  return url.replace(/^file:\/\//, '');
}

export function summariseProfile(path: string, top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  // timeDeltas[i + 1] is the time spent in the sample i before the next one was taken.
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  const functions = new Map<string, HotSpot>();
  const files = new Map<string, HotSpot>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    totalUs += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = shortUrl(url);
    const name = functionName || '(anonymous)';
    const where = url ? `${file}:${lineNumber + 1}` : file;
    const fnKey = `${name}@${where}`;
    const fn = functions.get(fnKey) ?? { name, where, ms: 0, share: 0 };
    fn.ms += us / 1000;
    functions.set(fnKey, fn);
    const fileKey = url ? file : name;
    const agg = files.get(fileKey) ?? { name: fileKey, where: fileKey, ms: 0, share: 0 };
    agg.ms += us / 1000;
    files.set(fileKey, agg);
  }
  const totalMs = totalUs / 1000;
  const rank = (items: Iterable<HotSpot>): HotSpot[] =>
    [...items]
      .map((item) => ({ ...item, share: totalMs > 0 ? item.ms / totalMs : 0 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top);
  return { totalMs, functions: rank(functions.values()), files: rank(files.values()) };
}
