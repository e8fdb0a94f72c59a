import jsyaml from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Problem } from '../validate/problem.js';
import { CORE_SCHEMA } from './core-schema.js';
import { NOT_SIMPLE, readSimpleYaml } from './simple-yaml.js';
import type { LocateOptions, Locator, PathKey, Position, SourceDoc } from './position.js';
import { syntaxHelp, unresolvedAliasHelp } from './yaml-syntax.js';

export interface ParsedSource {
  doc: SourceDoc | null;
  problems: Problem[];
}

/** Aliases (`*name`) are rare in goals files and the one way to make a small file explode. */
const ALIAS = /(^|[\s,[{:-])\*[^\s,[\]{}]/m;

/**
 * Parses YAML (and JSON, which is YAML 1.2) into plain values, and locates any value on demand.
 *
 * Two parsers, each for what it is best at: values come from a fast parser (js-yaml with the
 * YAML 1.2 core schema, the same schema `yaml` uses; see core-schema.ts — and before it, for the
 * plain YAML most files are, simple-yaml.ts, which returns exactly js-yaml's values), and the `yaml` package,
 * which keeps every node's offset, runs only when a position is needed — for a problem — or to
 * describe a syntax error precisely. Most files of a large repository are never parsed twice.
 * `lineOffset` shifts positions for front matter that starts below a `---` line.
 */
export function parseYamlSource(file: string, raw: string, lineOffset = 0): ParsedSource {
  // Windows editors may start a file with a byte-order mark; it is not part of the YAML.
  const text = raw.replace(/^\uFEFF/, '');
  const fast = fastParse(file, text);
  if (fast.ok) return { doc: { file, value: fast.value, at: locateLater(file, text, lineOffset) }, problems: [] };
  const precise = preciseParse(file, text, lineOffset);
  if (precise.problems.length > 0 || !precise.document) return { doc: null, problems: precise.problems };
  let value: unknown;
  try {
    value = precise.document.toJS({ maxAliasCount: 100 });
  } catch {
    // A "billion laughs" file expands aliases without end; refuse it instead of hanging or crashing.
    return { doc: null, problems: [{ code: 'syntax', severity: 'error', message: 'this file repeats YAML aliases (*name) too many times; write the values out', ...precise.toPosition(0) }] };
  }
  return { doc: { file, value, at: locatorOf(precise.document, precise.toPosition) }, problems: [] };
}

function fastParse(file: string, text: string): { ok: true; value: unknown } | { ok: false } {
  // Most goals files are plain YAML that a reader of that subset takes in a third of the time.
  const simple = readSimpleYaml(text);
  if (simple !== NOT_SIMPLE) return { ok: true, value: simple };
  try {
    // JSON goes the same way: js-yaml reads it and, unlike JSON.parse, refuses duplicate keys.
    // `includes` first: the pattern is slow to run over every file, and few hold a `*` at all.
    if (text.includes('*') && ALIAS.test(text)) return { ok: false };
    return { ok: true, value: jsyaml.load(text, { schema: CORE_SCHEMA, json: false }) ?? null };
  } catch {
    return { ok: false };
  }
}

interface Precise {
  document: Document.Parsed | null;
  problems: Problem[];
  toPosition: (offset: number) => Position;
}

function preciseParse(file: string, text: string, lineOffset: number): Precise {
  const language = file.endsWith('.json') ? 'JSON' : 'YAML';
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: line + lineOffset, column: col };
  };
  const problems: Problem[] = [];
  for (const error of document.errors) {
    const { message, suggestion, pos = error.pos[0] } = syntaxHelp(error.code, error.message, language, text, error.pos[0]);
    const problem: Problem = { code: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax', severity: 'error', message, suggestion, ...toPosition(pos) };
    // One slip trips the parser again and again below it (a wrong indent puts every later line
    // out of step), so only the first syntax error of a file is reported; a second field written
    // twice is a mistake of its own.
    if (problem.code === 'duplicate-key' || !problems.some((seen) => seen.code === 'syntax')) problems.push(problem);
  }
  if (problems.length === 0) {
    // `owner: *jonas` parses, but reading it would fail: an alias needs an anchor set before it.
    visit(document, {
      Alias(_, alias) {
        if (alias.resolve(document) !== undefined) return;
        problems.push({ code: 'syntax', severity: 'error', ...unresolvedAliasHelp(alias.source), ...toPosition(alias.range?.[0] ?? 0) });
      },
    });
  }
  return { document: problems.length > 0 ? null : document, problems, toPosition };
}

/** Parses with positions the first time a value of this file has to be located. */
export function locateLater(file: string, raw: string, lineOffset: number): Locator {
  let located: Locator | null = null;
  return (path, options) => {
    if (!located) {
      const precise = preciseParse(file, raw.replace(/^\uFEFF/, ''), lineOffset);
      located = precise.document ? locatorOf(precise.document, precise.toPosition) : () => precise.toPosition(0);
    }
    return located(path, options);
  };
}

function locatorOf(document: Document.Parsed, toPosition: (offset: number) => Position): Locator {
  const root = document.contents as Node | null;
  return (path: readonly PathKey[] = [], options: LocateOptions = {}): Position => {
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
}
