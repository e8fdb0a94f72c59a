/**
 * What a parsed YAML document must pass before its values are made: no tag Cairn does not read,
 * no nesting deeper than MAX_DEPTH, and aliases that resolve, do not contain themselves, and do
 * not stand for more than MAX_ALIAS_EXPANSION values. One walk with a stack of its own (never
 * recursion, so a deep file cannot exhaust the call stack); the first problem ends it, located
 * at the node that caused it.
 */
import { isAlias, isMap, isPair, isSeq, type CST, type Document, type Node } from 'yaml';
import { MAX_ALIAS_EXPANSION, MAX_ALIASES, MAX_DEPTH } from './limits.js';
import { unresolvedAliasHelp } from './yaml-syntax.js';

export interface DocumentProblem {
  message: string;
  suggestion?: string | undefined;
  offset: number;
}

/** The core schema's tags: writing one of them changes nothing Cairn cannot read. */
const CORE_TAGS: ReadonlySet<string> = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

/** Values and depth a node stands for once its aliases are expanded. */
interface Extent {
  size: number;
  depth: number;
}

interface Frame {
  node: Node;
  children: (Node | null)[];
  next: number;
  size: number;
  depth: number;
}

export function checkDocument(document: Document.Parsed, text: string): DocumentProblem | undefined {
  const root = document.contents as Node | null;
  if (!root) return undefined;
  // Only anchored nodes are remembered: they are the only ones an alias can stand for.
  const anchored = new Map<Node, Extent>();
  let aliases = 0;
  let expanded = 0;
  const rootProblem = tagProblem(root, text);
  if (rootProblem) return rootProblem;
  const stack: Frame[] = [frame(root)];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    if (top.next === top.children.length) {
      stack.pop();
      const extent = { size: top.size + 1, depth: top.depth + 1 };
      if (top.node.anchor) anchored.set(top.node, extent);
      const parent = stack[stack.length - 1];
      if (parent) add(parent, extent);
      continue;
    }
    const child = top.children[top.next++];
    if (!child) continue;
    if (isAlias(child)) {
      aliases += 1;
      const target = child.resolve(document);
      const at = child.range?.[0] ?? 0;
      if (target === undefined) return { ...unresolvedAliasHelp(child.source), offset: at };
      const extent = isCollectionNode(target) ? anchored.get(target) : { size: 1, depth: 0 };
      if (extent === undefined) {
        return { message: `the alias *${child.source} stands for a value it is itself inside, which would never end`, suggestion: 'write the value out instead of the alias', offset: at };
      }
      if (aliases > MAX_ALIASES) {
        return { message: `this file uses more than ${MAX_ALIASES} YAML aliases (*name)`, suggestion: 'write the values out', offset: at };
      }
      expanded += extent.size;
      if (expanded > MAX_ALIAS_EXPANSION) {
        return {
          message: `the YAML aliases (*name) of this file stand for more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-GB')} values once repeated; this one goes past that`,
          suggestion: 'write the values out, or repeat fewer of them',
          offset: at,
        };
      }
      if (stack.length + extent.depth > MAX_DEPTH) return depthProblem(at);
      add(top, extent);
      continue;
    }
    const problem = tagProblem(child, text);
    if (problem) return problem;
    if (isCollectionNode(child)) {
      if (stack.length + 1 > MAX_DEPTH) return depthProblem(child.range?.[0] ?? 0);
      stack.push(frame(child));
    } else {
      add(top, { size: 1, depth: 0 });
    }
  }
  return undefined;
}

function isCollectionNode(node: Node): boolean {
  return isMap(node) || isSeq(node);
}

function frame(node: Node): Frame {
  const children: (Node | null)[] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      children.push(pair.key as Node | null, pair.value as Node | null);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) children.push(item as Node | null);
  }
  return { node, children, next: 0, size: 0, depth: 0 };
}

function add(frame: Frame, extent: Extent): void {
  frame.size += extent.size;
  if (extent.depth > frame.depth) frame.depth = extent.depth;
}

export function depthProblem(offset: number): DocumentProblem {
  return {
    message: `the values here are nested more than ${MAX_DEPTH} levels deep (lists and mappings inside each other)`,
    suggestion: 'a goals file needs only a few levels; flatten the data',
    offset,
  };
}

/** A tag other than the core schema's (`!!binary`, `!!js/function`, `!custom`) is an error, not text. */
function tagProblem(node: Node, text: string): DocumentProblem | undefined {
  const tag = node.tag;
  if (tag === undefined || CORE_TAGS.has(tag)) return undefined;
  const written = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
  const start = node.range?.[0] ?? 0;
  // The node starts after its tag: point at the tag's first `!` on the same line.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let bang = text.lastIndexOf('!', start);
  while (bang > lineStart && text[bang - 1] === '!') bang -= 1;
  return {
    message: `the YAML tag ${written} is not something Cairn reads; goals files hold text, numbers, true/false, lists and mappings`,
    suggestion: `remove ${written} (and put the value in quotes if it is text)`,
    offset: bang >= lineStart ? bang : start,
  };
}

/**
 * The first collection nested deeper than MAX_DEPTH in the parser's tokens, found before the
 * tokens are composed into nodes (composing is recursive; the tokens come from a parser that
 * is not).
 */
export function tokenDepthProblem(tokens: readonly CST.Token[]): DocumentProblem | undefined {
  const stack: [CST.Token, number][] = [];
  for (const token of tokens) if (token.type === 'document' && token.value) stack.push([token.value, 0]);
  while (stack.length > 0) {
    const [token, outer] = stack.pop() as [CST.Token, number];
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    const depth = outer + 1;
    if (depth > MAX_DEPTH) return depthProblem(token.type === 'flow-collection' ? token.start.offset : token.offset);
    for (const item of token.items) {
      if (item.value) stack.push([item.value, depth]);
      if ('key' in item && item.key) stack.push([item.key, depth]);
    }
  }
  return undefined;
}
