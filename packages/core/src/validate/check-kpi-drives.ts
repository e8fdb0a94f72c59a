import type { Repository } from '../load/model.js';
import { refProblem, type Report } from './problem.js';

/**
 * `drives` says which KPI moves which; KPIs that drive each other round a loop say nothing about
 * cause. One warning per group of KPIs that reach each other, naming one loop through the group,
 * from its first id in alphabetical order, at that KPI's `drives` entry for the next.
 */
export function checkDrivesCycles(repo: Repository, report: Report): void {
  const byId = new Map<string, Repository['kpis'][number]>();
  for (const kpi of repo.kpis) if (!byId.has(kpi.data.id)) byId.set(kpi.data.id, kpi);
  const edges = new Map<string, string[]>();
  for (const [id, kpi] of byId) edges.set(id, [...new Set(kpi.data.drives.filter((to) => to !== id && byId.has(to)))]);
  for (const group of stronglyConnected([...byId.keys()], (id) => edges.get(id) ?? [])) {
    if (group.length < 2) continue;
    const members = new Set(group);
    const start = [...group].sort()[0] as string;
    const loop = shortestLoop(start, (id) => (edges.get(id) ?? []).filter((to) => members.has(to)));
    const owner = byId.get(start);
    const next = loop[1];
    if (!owner || next === undefined) continue;
    report(
      refProblem(
        'drives-cycle',
        `drives cycle: ${loop.join(' → ')}`,
        owner.at(['drives', owner.data.drives.indexOf(next)]),
        'drives points from a cause to its effect, and no KPI is its own cause: remove one of these links',
        'warning',
      ),
    );
  }
}

/** The shortest path from `start` back to itself, both ends included (breadth first). */
function shortestLoop(start: string, next: (id: string) => readonly string[]): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head] as string;
    for (const to of next(id)) {
      if (to === start) {
        const path = [start];
        for (let at: string | undefined = id; at !== undefined && at !== start; at = cameFrom.get(at)) path.push(at);
        return [start, ...path.slice(1).reverse(), start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, id);
        queue.push(to);
      }
    }
  }
  return [start];
}

/**
 * Tarjan's strongly connected components, walked with an explicit stack so that a chain of
 * thousands of KPIs cannot overflow the call stack.
 */
function stronglyConnected(ids: readonly string[], next: (id: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const frames: { id: string; edge: number }[] = [{ id: root, edge: 0 }];
    index.set(root, counter);
    low.set(root, counter);
    counter += 1;
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { id: string; edge: number };
      const targets = next(frame.id);
      if (frame.edge < targets.length) {
        const to = targets[frame.edge] as string;
        frame.edge += 1;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter);
          counter += 1;
          stack.push(to);
          onStack.add(to);
          frames.push({ id: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(to) as number));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) === index.get(frame.id)) {
        const group: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.id);
        groups.push(group);
      }
    }
  }
  return groups;
}
