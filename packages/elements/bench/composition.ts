/**
 * What a bundle is made of: reads its source map and attributes each generated character to the
 * package or source folder it came from (Lit, each d3 module, @cairn/core, src/<element>, …).
 * Each group gets two gzip figures: its code gzipped alone, and what it adds to the gzipped bundle
 * (the bundle's gzip size minus that of the bundle with the group's code cut out).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipBytes } from './sizes.js';

export interface Part {
  name: string;
  chars: number;
  share: number;
  /** This part's code gzipped alone (an upper bound). */
  gzip: number;
  /** What the part adds to the gzipped bundle: gzip of the bundle minus gzip of the bundle without it. */
  gzipInBundle: number;
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one segment of base64 VLQ numbers. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`bad source map character "${char}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** "../../../node_modules/lit-html/lit-html.js" → "lit"; "../src/okr-tree/x.ts" → "src/okr-tree". */
export function groupOf(source: string): string {
  const modules = source.lastIndexOf('node_modules/');
  if (modules !== -1) {
    const [scope = '', name = ''] = source.slice(modules + 'node_modules/'.length).split('/');
    const pkg = scope.startsWith('@') ? `${scope}/${name}` : scope;
    return ['lit-html', 'lit-element', '@lit/reactive-element', 'lit'].includes(pkg) ? 'lit' : pkg;
  }
  const core = source.match(/(?:^|\/)core\/(?:dist|src)\//);
  if (core) return '@cairn/core';
  const src = source.match(/(?:^|\/)src\/([^/]+)\//);
  return src ? `src/${src[1]}` : source.replace(/^(\.\.\/)+/, '');
}

export interface Segment {
  column: number;
  /** Index into `sources`, or null for generated code without a mapping. */
  source: number | null;
  /** 0-based line in the source. */
  sourceLine: number;
}

export interface DecodedMap {
  sources: string[];
  /** Per generated line, its segments in column order. */
  lines: Segment[][];
}

/** Reads `<bundle>.map`; null when there is none. */
export function readMap(bundle: string): DecodedMap | null {
  const mapFile = `${bundle}.map`;
  if (!existsSync(mapFile)) return null;
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMap;
  let source = 0;
  let sourceLine = 0;
  const lines = map.mappings.split(';').map((lineMappings) => {
    let column = 0;
    const segments: Segment[] = [];
    for (const text of lineMappings.split(',')) {
      if (!text) continue;
      const [dColumn = 0, dSource, dLine = 0] = decodeSegment(text);
      column += dColumn;
      if (dSource === undefined) {
        segments.push({ column, source: null, sourceLine: 0 });
        continue;
      }
      source += dSource;
      sourceLine += dLine;
      segments.push({ column, source, sourceLine });
    }
    return segments;
  });
  return { sources: map.sources, lines };
}

/** The source segment covering a generated position (0-based line and column). */
export function originalPosition(map: DecodedMap, line: number, column: number): { source: string; line: number } | null {
  const segments = map.lines[line];
  if (!segments || segments.length === 0) return null;
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid]?.column ?? 0) <= column) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const segment = segments[found];
  if (!segment || segment.source === null) return null;
  return { source: (map.sources[segment.source] ?? '?').replace(/^(\.\.\/)+/, ''), line: segment.sourceLine + 1 };
}

/** The parts of `bundle` by group, largest first; null when there is no map next to it. */
export function composition(bundle: string): Part[] | null {
  const map = readMap(bundle);
  if (!map) return null;
  const code = readFileSync(bundle, 'utf8');
  const lines = code.split('\n');
  const pieces = new Map<string, string[]>();
  // Pieces in bundle order, so that the bundle without one group can be put back together.
  const order: { group: string; text: string }[] = [];
  const add = (group: string, text: string): void => {
    order.push({ group, text });
    const list = pieces.get(group);
    if (list) list.push(text);
    else pieces.set(group, [text]);
  };
  // A line that starts without a mapping continues the last mapped segment (a multi-line
  // template literal: Lit's html`` and css`` keep their line breaks).
  let current = '(unmapped)';
  lines.forEach((line, lineNo) => {
    const segments = map.lines[lineNo] ?? [];
    const first = segments[0]?.column ?? line.length;
    if (lineNo > 0) add(current, '\n');
    if (first > 0) add(current, line.slice(0, first));
    segments.forEach((s, i) => {
      const end = segments[i + 1]?.column ?? line.length;
      if (s.source !== null) current = groupOf(map.sources[s.source] ?? '?');
      add(current, line.slice(s.column, end));
    });
  });
  const total = code.length;
  const bundleGzip = gzipBytes(Buffer.from(code));
  return [...pieces.entries()]
    .map(([name, texts]) => {
      const text = texts.join('');
      const without = order
        .filter((p) => p.group !== name)
        .map((p) => p.text)
        .join('');
      return { name, chars: text.length, share: text.length / total, gzip: gzipBytes(Buffer.from(text)), gzipInBundle: bundleGzip - gzipBytes(Buffer.from(without)) };
    })
    .filter((p) => p.chars > 0)
    .sort((a, b) => b.chars - a.chars);
}
