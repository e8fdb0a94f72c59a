import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from '../validate/problem.js';
import type { LocateOptions, PathKey, Position, SourceDoc } from './position.js';

export interface ParsedSource {
  doc: SourceDoc | null;
  problems: Problem[];
}

/**
 * Parses YAML (and JSON, which is YAML 1.2) keeping every node's offset.
 * `lineOffset` shifts positions for front matter that starts below a `---` line.
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): ParsedSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: line + lineOffset, column: col };
  };
  const problems: Problem[] = document.errors.map((error) => ({
    code: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax',
    severity: 'error',
    message: syntaxMessage(error.code, error.message),
    ...toPosition(error.pos[0]),
  }));
  if (problems.length > 0) return { doc: null, problems };

  const root = document.contents as Node | null;
  const at = (path: readonly PathKey[] = [], options: LocateOptions = {}): Position => {
    let node: Node | null = root;
    let found = root?.range?.[0] ?? 0;
    for (let i = 0; i < path.length && node; i += 1) {
      const step = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step));
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (last && options.key) return toPosition(keyNode.range?.[0] ?? found);
        node = (pair.value as Node | null) ?? keyNode;
      } else if (isSeq(node) && typeof step === 'number') {
        const item = node.items[step] as Node | undefined;
        if (!item) break;
        node = item;
      } else {
        break;
      }
      found = node.range?.[0] ?? found;
    }
    return toPosition(found);
  };
  const value: unknown = document.toJS({ maxAliasCount: 100 });
  return { doc: { file, value, at }, problems };
}

function syntaxMessage(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (code === 'DUPLICATE_KEY') return 'the same field is written twice in one place; keep one';
  return `this is not valid YAML: ${first.replace(/ at line \d+, column \d+.*$/, '')}`;
}
