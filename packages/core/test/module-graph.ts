/**
 * Core's import graph as its sources write it: each module and what its `import`/`export … from`
 * statements name. Read from the files rather than from a bundler, so the tests that use it
 * need nothing but the sources.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_DIR = fileURLToPath(new URL('../', import.meta.url));

/** Every specifier of a static import or export, side-effect imports and `import('…')` too. */
const SPECIFIER = /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[^;'"]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

export interface ModuleGraph {
  /** Module (path from the package folder, `src/index.ts`) → what it imports: other modules by path, packages by name. */
  imports: Map<string, string[]>;
}

/** The modules reachable from `entry` (a path from the package folder), each read once. */
export function moduleGraph(entry: string): ModuleGraph {
  const imports = new Map<string, string[]>();
  const pending = [entry];
  while (pending.length > 0) {
    const module = pending.pop() as string;
    if (imports.has(module)) continue;
    const text = withoutComments(readFileSync(resolve(PACKAGE_DIR, module), 'utf8'));
    const found: string[] = [];
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (!specifier.startsWith('.')) {
        found.push(specifier);
        continue;
      }
      // Sources import `./x.js`; the file beside them is `./x.ts`.
      const target = relative(PACKAGE_DIR, resolve(PACKAGE_DIR, dirname(module), specifier.replace(/\.js$/, '.ts'))).split('\\').join('/');
      found.push(target);
      pending.push(target);
    }
    imports.set(module, found);
  }
  return { imports };
}

/** Each import circle once, as the modules along it with the first repeated at the end. */
export function importCycles(graph: ModuleGraph): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  // Iterative depth-first walk: the path so far, and for each module on it the imports still to follow.
  for (const start of graph.imports.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [start];
    const next: string[][] = [[...(graph.imports.get(start) ?? [])]];
    state.set(start, 'open');
    while (path.length > 0) {
      const todo = next[next.length - 1] as string[];
      const target = todo.shift();
      if (target === undefined) {
        state.set(path.pop() as string, 'done');
        next.pop();
        continue;
      }
      if (!graph.imports.has(target)) continue;
      const seen = state.get(target);
      if (seen === 'open') cycles.push([...path.slice(path.indexOf(target)), target]);
      else if (seen === undefined) {
        state.set(target, 'open');
        path.push(target);
        next.push([...(graph.imports.get(target) ?? [])]);
      }
    }
  }
  return cycles;
}

/** How `entry` reaches a module that imports `specifier`: the chain of modules, or undefined. */
export function chainTo(graph: ModuleGraph, entry: string, reaches: (specifier: string) => boolean): string[] | undefined {
  const cameFrom = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  for (let i = 0; i < queue.length; i += 1) {
    const module = queue[i] as string;
    for (const target of graph.imports.get(module) ?? []) {
      if (reaches(target)) {
        const chain = [target, module];
        for (let at = cameFrom.get(module); at; at = cameFrom.get(at)) chain.push(at);
        return chain.reverse();
      }
      if (graph.imports.has(target) && !cameFrom.has(target)) {
        cameFrom.set(target, module);
        queue.push(target);
      }
    }
  }
  return undefined;
}

/** The text with block and line comments blanked, so an example in a comment is no import. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}
