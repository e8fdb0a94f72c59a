import jsyaml from 'js-yaml';
import { Composer, type CST, isMap, isPair, isScalar, isSeq, LineCounter, Parser, YAMLParseError, type Document, type Node } from 'yaml';
import type { Problem } from '../validate/problem.js';
import { CORE_SCHEMA } from './core-schema.js';
import { lineAndColumn } from './encoding.js';
import { jsYamlDiffers } from './js-yaml-guard.js';
import { locateByLines } from './line-locator.js';
import { DayTexts } from './day-text.js';
import { NOT_SIMPLE, readSimpleYaml } from './simple-yaml.js';
import type { LocateOptions, Locator, PathKey, Position, SourceDoc } from './position.js';
import { checkDocument, depthProblem, tokenDepthProblem } from './yaml-checks.js';
import { syntaxHelp } from './yaml-syntax.js';

export interface ParsedSource {
  doc: SourceDoc | null;
  problems: Problem[];
}

/**
 * Parses YAML (and JSON, which is YAML 1.2) into plain values, and locates any value on demand.
 *
 * One semantics, three readers, each for what it is best at: the plain YAML most files are is
 * read by simple-yaml.ts; the rest by js-yaml, fast on large files; and the `yaml` package,
 * which keeps every node's offset, reads what js-yaml refuses or may read differently (aliases,
 * tags, keys read as null) and describes every syntax error precisely, and runs when a position
 * is needed, for a problem. All three read the YAML 1.2 core schema (see core-schema.ts), and
 * tests hold them to the same values. `lineOffset` shifts positions for front matter that
 * starts below a `---` line; `days` holds the load's shared date strings.
 */
export function parseYamlSource(file: string, raw: string, lineOffset = 0, days: DayTexts = new DayTexts()): ParsedSource {
  // Windows editors may start a file with a byte-order mark; it is not part of the YAML.
  const text = raw.replace(/^\uFEFF/, '');
  const simple = readSimpleYaml(text, days);
  const fast = simple !== NOT_SIMPLE ? { ok: true as const, value: simple } : readWithJsYaml(text);
  if (fast.ok) return { doc: { file, value: fast.value, at: locateLater(file, text, lineOffset) }, problems: [] };
  if (text.length > LARGE && 'error' in fast) return { doc: null, problems: [largeSyntaxProblem(file, text, lineOffset, fast.error)] };
  return readWithYaml(file, text, lineOffset);
}

/**
 * Past this many characters the parser with positions is not run for a file js-yaml has read
 * or refused: it takes minutes and gigabytes on a file of hundreds of thousands of lines.
 * Positions then come from js-yaml's error, or from the lines (line-locator.ts).
 */
const LARGE = 1_000_000;

/** A syntax error in a large file, where js-yaml found it, in its words. */
function largeSyntaxProblem(file: string, text: string, lineOffset: number, error: unknown): Problem {
  const mark = (error as { mark?: { position?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? 'it could not be read';
  const { line, column } = lineAndColumn(text, Math.min(mark?.position ?? 0, text.length));
  // js-yaml has a depth limit of its own; the words are Cairn's, as for a smaller file.
  const deep = /maxDepth/.test(reason) ? depthProblem(0) : undefined;
  const message = deep ? deep.message : `this is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${reason}`;
  return { code: 'syntax', severity: 'error', message, suggestion: deep?.suggestion, file, line: line + lineOffset, column };
}

/** The reader with positions alone (the loader's last resort; tests hold the others to it). */
export function readWithYaml(file: string, text: string, lineOffset = 0): ParsedSource {
  const precise = preciseParse(file, text, lineOffset);
  if (precise.problems.length > 0 || !precise.document) return { doc: null, problems: precise.problems };
  let value: unknown;
  try {
    // The aliases have been counted and measured: none may stand for too much any more.
    value = precise.document.toJS({ maxAliasCount: -1 });
  } catch {
    return { doc: null, problems: [{ code: 'syntax', severity: 'error', message: 'this file could not be read as YAML', ...precise.toPosition(0) }] };
  }
  return { doc: { file, value, at: locatorOf(precise.document, precise.toPosition) }, problems: [] };
}

/** js-yaml's value, or not ok for a text it refuses (with its error) or that is left to `yaml`. */
export function readWithJsYaml(text: string): { ok: true; value: unknown } | { ok: false; error?: unknown } {
  if (jsYamlDiffers(text)) return { ok: false };
  try {
    // JSON goes the same way: js-yaml reads it and, unlike JSON.parse, refuses duplicate keys.
    return { ok: true, value: jsyaml.load(text, { schema: CORE_SCHEMA, json: false }) ?? null };
  } catch (error) {
    return { ok: false, error };
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
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: line + lineOffset, column: col };
  };
  // As `parseDocument` does it, with the depth checked between parsing and composing.
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const tooDeep = tokenDepthProblem(tokens);
  if (tooDeep) return { document: null, problems: [{ code: 'syntax', severity: 'error', message: tooDeep.message, suggestion: tooDeep.suggestion, ...toPosition(tooDeep.offset) }], toPosition };
  const document = composeOne(tokens, text.length);
  const problems: Problem[] = [];
  for (const error of document.errors) {
    // `yaml` stops at a nesting too deep for the call stack; the depth limit says it in words.
    const help = error.code === 'RESOURCE_EXHAUSTION' ? depthProblem(error.pos[0]) : syntaxHelp(error.code, error.message, language, text, error.pos[0]);
    const pos = 'offset' in help ? help.offset : (help.pos ?? error.pos[0]);
    const problem: Problem = { code: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax', severity: 'error', message: help.message, suggestion: help.suggestion, ...toPosition(pos) };
    // One slip trips the parser again and again below it (a wrong indent puts every later line
    // out of step), so only the first syntax error of a file is reported; a second field written
    // twice is a mistake of its own.
    if (problem.code === 'duplicate-key' || !problems.some((seen) => seen.code === 'syntax')) problems.push(problem);
  }
  if (problems.length === 0) {
    const found = checkDocument(document, text);
    if (found) problems.push({ code: 'syntax', severity: 'error', message: found.message, suggestion: found.suggestion, ...toPosition(found.offset) });
  }
  return { document: problems.length > 0 ? null : document, problems, toPosition };
}

/** The document of the tokens; a second document is an error, as `parseDocument` has it. */
function composeOne(tokens: readonly CST.Token[], length: number): Document.Parsed {
  let document: Document.Parsed | null = null;
  for (const next of new Composer({ prettyErrors: false, uniqueKeys: true }).compose(tokens, true, length)) {
    if (!document) document = next;
    else {
      document.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return document as Document.Parsed;
}

/** Parses with positions the first time a value of this file has to be located. */
export function locateLater(file: string, raw: string, lineOffset: number): Locator {
  let located: Locator | null = null;
  if (raw.length > LARGE) {
    const text = raw.replace(/^\uFEFF/, '');
    return (path = [], options) => {
      const { line, column } = lineAndColumn(text, locateByLines(text, path, options));
      return { file, line: line + lineOffset, column };
    };
  }
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
