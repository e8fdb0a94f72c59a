import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar, visit, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { blockLines, DEFAULT_STYLE, flowRow, type Entry, type EntryStyle, type Quoting } from './render-entry.js';
import { columnOf, lineStart, nextLineStart, textRegion } from './text-region.js';

export interface ListEdit {
  /**
   * The list, as keys and indexes from the top of the file: `['key_results', 0, 'checkins']`,
   * `['measurements']`, or `[]` for a file that is a list (periods.yaml). The last key may be
   * missing from its mapping: it is added.
   */
  list: readonly (string | number)[];
  entry: Entry;
  /** Replace the item at this index instead of adding one at the end. */
  replace?: number | undefined;
  /** How to write the entry when no other entry shows the file's style; default a flow row. */
  layout?: 'flow' | 'block' | undefined;
}

/** A file whose layout Cairn cannot edit safely; the message says what to do instead. */
export class EditError extends Error {
  override name = 'EditError';
}

/**
 * Adds (or replaces) one entry of a list in a YAML, JSON or markdown-front-matter text, changing
 * nothing else: every other byte — comments, key order, quoting, indentation, line endings, a
 * byte-order mark, the markdown body, a missing last newline — stays as it was. The new entry is
 * written in the style of the list's other entries. The result is parsed again and checked to
 * hold exactly the old data plus the entry; anything else is an EditError, never a wrong file.
 */
export function editList(text: string, path: string, edit: ListEdit): string {
  const region = textRegion(text, path);
  if (!region) throw new EditError(`${path} has no front matter between two "---" lines to add to`);
  const yaml = text.slice(region.start, region.end);
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length > 0) throw new EditError(`${path} cannot be read as YAML, so cannot be edited: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`);
  const json = path.endsWith('.json');
  const change = planChange(yaml, doc, edit, json, region.eol);
  const edited = yaml.slice(0, change.at) + change.insert + yaml.slice(change.until ?? change.at);
  checkResult(doc, edited, edit, path);
  return text.slice(0, region.start) + edited + text.slice(region.end);
}

/**
 * The plain values of a list in a goals file's text (empty when the list is missing), in file
 * order: to find the entry to replace, which the loaded data (sorted by date) cannot tell.
 */
export function listItems(text: string, path: string, list: readonly (string | number)[]): unknown[] {
  const region = textRegion(text, path);
  if (!region) return [];
  const value = getPath(parseDocument(text.slice(region.start, region.end)).toJS(), list);
  return Array.isArray(value) ? value : [];
}

interface Change {
  at: number;
  /** Replace up to here; absent for an insertion. */
  until?: number | undefined;
  insert: string;
}

function planChange(yaml: string, doc: Document.Parsed, edit: ListEdit, json: boolean, eol: string): Change {
  const { list } = edit;
  const container = list.length === 0 ? null : nodeAt(doc, list.slice(0, -1));
  const key = list.at(-1);
  const node: unknown = list.length === 0 ? doc.contents : isMap(container) || isSeq(container) ? container.get(key, true) : undefined;
  if (list.length > 0 && !isMap(container)) throw new EditError(`cannot find ${describe(list.slice(0, -1))} to add to`);
  if (node === undefined || node === null || (isScalar(node) && node.value === null && list.length > 0 && (node.range?.[0] ?? 0) === (node.range?.[1] ?? 0))) {
    if (node !== undefined && node !== null) throw new EditError(`${describe(list)} is empty; write "${String(key)}: []" and run the command again`);
    return addList(yaml, doc, container as YAMLMap, String(key), edit, json, eol);
  }
  if (!isSeq(node)) throw new EditError(`${describe(list)} is not a list`);
  const style = styleOf(node, doc, String(key ?? ''), json, edit.layout);
  if (edit.replace !== undefined) {
    const item = node.items[edit.replace] as Node | undefined;
    if (!item?.range) throw new EditError(`${describe(list)} has no entry ${edit.replace + 1} to replace`);
    const end = trimEnd(yaml, item.range[0], item.range[1]);
    const itemStyle: EntryStyle = { ...style, layout: isMap(item) && !item.flow ? 'block' : 'flow' };
    return { at: item.range[0], until: end, insert: render(edit.entry, itemStyle, columnOf(yaml, item.range[0]), eol) };
  }
  return node.flow ? appendToFlow(yaml, node, edit.entry, style, eol) : appendToBlock(yaml, node, edit.entry, style, eol);
}

function nodeAt(doc: Document.Parsed, path: readonly (string | number)[]): unknown {
  return path.length === 0 ? doc.contents : doc.getIn(path, true);
}

function describe(path: readonly (string | number)[]): string {
  return path.length === 0
    ? 'the file'
    : path
        .map((part) => (typeof part === 'number' ? `[${part}]` : part))
        .join('.')
        .replaceAll('.[', '[');
}

/** The offset past a node's last character, without the line break a block node may end with. */
function trimEnd(yaml: string, start: number, end: number): number {
  let at = end;
  while (at > start && /[\r\n \t]/.test(yaml[at - 1] ?? '')) at -= 1;
  return at;
}

function render(entry: Entry, style: EntryStyle, column: number, eol: string): string {
  return style.layout === 'flow' ? flowRow(entry, style) : blockLines(entry, style, column).join(eol);
}

/** A new `- …` line after the list's last item, indented as the items are. */
function appendToBlock(yaml: string, seq: YAMLSeq, entry: Entry, style: EntryStyle, eol: string): Change {
  const last = seq.items.at(-1) as Node | undefined;
  if (!last?.range) throw new EditError('cannot find the end of the list');
  const dash = dashColumn(yaml, last.range[0]);
  const itemColumn = columnOf(yaml, last.range[0]);
  const line = `${' '.repeat(dash)}-${' '.repeat(itemColumn - dash - 1)}${render(entry, style, itemColumn, eol)}`;
  const lastEnd = trimEnd(yaml, last.range[0], last.range[1]);
  const at = nextLineStart(yaml, lastEnd);
  // Entries set apart by blank lines (as in periods.yaml) get one too.
  const gap = blankLineBetween(yaml, seq) ? eol : '';
  return at === null ? { at: yaml.length, insert: `${eol}${gap}${line}` } : { at, insert: `${gap}${line}${eol}` };
}

function dashColumn(yaml: string, itemStart: number): number {
  let at = itemStart - 1;
  while (at >= 0 && yaml[at] !== '-') at -= 1;
  return columnOf(yaml, Math.max(at, 0));
}

function blankLineBetween(yaml: string, seq: YAMLSeq): boolean {
  const items = seq.items as Node[];
  if (items.length < 2) return false;
  const before = items.at(-2)?.range;
  const last = items.at(-1)?.range;
  if (!before || !last) return false;
  const between = yaml.slice(trimEnd(yaml, before[0], before[1]), lineStart(yaml, last[0]));
  return /\n[ \t]*\r?\n/.test(between) && !between.includes('#');
}

/** `[a, b]` gets `, c` before its `]`; a list written one item a line gets a line of its own. */
function appendToFlow(yaml: string, seq: YAMLSeq, entry: Entry, style: EntryStyle, eol: string): Change {
  const range = seq.range;
  if (!range) throw new EditError('cannot find the end of the list');
  const close = yaml.lastIndexOf(']', range[1]);
  const row = flowRow(entry, { ...style, layout: 'flow' });
  const last = seq.items.at(-1) as Node | undefined;
  if (!last?.range) return { at: close, insert: row };
  const lastEnd = trimEnd(yaml, last.range[0], last.range[1]);
  const ownLines = lineStart(yaml, last.range[0]) !== lineStart(yaml, range[0]);
  return { at: lastEnd, insert: ownLines ? `,${eol}${' '.repeat(columnOf(yaml, last.range[0]))}${row}` : `, ${row}` };
}

/** A missing `checkins:` (or `measurements:`) key, added after the mapping's last key with its first entry. */
function addList(yaml: string, doc: Document.Parsed, map: YAMLMap, key: string, edit: ListEdit, json: boolean, eol: string): Change {
  const { entry } = edit;
  const style = styleOf(null, doc, key, json, edit.layout);
  const row = flowRow(entry, { ...style, layout: 'flow' });
  const lastPair = map.items.at(-1);
  const range = map.range;
  if (!range) throw new EditError(`cannot find where to add ${key}`);
  if (map.flow) {
    const close = yaml.lastIndexOf('}', range[1]);
    const keyText = json ? JSON.stringify(key) : key;
    if (!isPair(lastPair) || !(lastPair.key as Node | null)?.range) return { at: close, insert: `${keyText}: [${row}]` };
    const lastValue = (lastPair.value ?? lastPair.key) as Node;
    const lastEnd = trimEnd(yaml, 0, lastValue.range?.[1] ?? close);
    const keyStart = (lastPair.key as Node).range?.[0] ?? 0;
    const ownLines = lineStart(yaml, keyStart) !== lineStart(yaml, range[0]);
    return { at: lastEnd, insert: ownLines ? `,${eol}${' '.repeat(columnOf(yaml, keyStart))}${keyText}: [${row}]` : `, ${keyText}: [${row}]` };
  }
  const firstKey = (isPair(map.items[0]) ? (map.items[0].key as Node | null) : null)?.range?.[0];
  if (firstKey === undefined) throw new EditError(`cannot find where to add ${key}`);
  const keyColumn = columnOf(yaml, firstKey);
  const indent = sequenceIndent(yaml, doc);
  const lines = [`${' '.repeat(keyColumn)}${key}:`, `${' '.repeat(keyColumn + indent)}- ${render(entry, style, keyColumn + indent + 2, eol)}`];
  const at = nextLineStart(yaml, trimEnd(yaml, range[0], range[1]));
  return at === null ? { at: yaml.length, insert: `${eol}${lines.join(eol)}` } : { at, insert: `${lines.join(eol)}${eol}` };
}

/** How far this file indents a block list below its key (0 for `key:\n- item`); 2 when it has none. */
function sequenceIndent(yaml: string, doc: Document.Parsed): number {
  let found: number | null = null;
  visit(doc, {
    Pair(_, pair) {
      const value = pair.value as Node | null;
      const keyNode = pair.key as Node | null;
      if (isSeq(value) && !value.flow && value.items.length > 0 && keyNode?.range) {
        const first = value.items[0] as Node | undefined;
        if (first?.range) {
          found = dashColumn(yaml, first.range[0]) - columnOf(yaml, keyNode.range[0]);
          return visit.BREAK;
        }
      }
      return undefined;
    },
  });
  return found !== null && found >= 0 ? found : 2;
}

/**
 * The style of a list's entries: its last mapping entry, else the entries of a list of the
 * same name elsewhere in the file (another key result's check-ins), else flow rows.
 */
function styleOf(seq: YAMLSeq | null, doc: Document.Parsed, key: string, json: boolean, layout: 'flow' | 'block' = 'flow'): EntryStyle {
  const lists: YAMLSeq[] = [];
  if (seq) lists.push(seq);
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === key && isSeq(pair.value) && pair.value !== seq) lists.push(pair.value);
    },
  });
  const maps = lists.flatMap((list) => list.items.filter((item): item is YAMLMap => isMap(item)));
  const example = maps.find((item) => item === (seq?.items.at(-1) as unknown)) ?? maps[0];
  if (!example) return { ...DEFAULT_STYLE, layout: json ? 'flow' : layout, json };
  const quoting = new Map<string, Quoting>();
  for (const map of [example, ...maps]) {
    for (const pair of map.items) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string') continue;
      const name = String(pair.key.value);
      if (quoting.has(name)) continue;
      const type = pair.value.type;
      quoting.set(name, type === Scalar.QUOTE_DOUBLE ? 'double' : type === Scalar.QUOTE_SINGLE ? 'single' : 'plain');
    }
  }
  return { layout: example.flow ? 'flow' : 'block', padded: paddedBraces(example), quoting, json };
}

function paddedBraces(map: YAMLMap): boolean {
  const first = map.items[0];
  const keyStart = (isPair(first) ? (first.key as Node | null) : null)?.range?.[0];
  return !map.range || keyStart === undefined || keyStart > map.range[0] + 1;
}

/** The edited text must hold the old data with exactly the one entry added or replaced. */
function checkResult(before: Document.Parsed, edited: string, edit: ListEdit, path: string): void {
  const after = parseDocument(edited, { prettyErrors: false });
  const expected = before.toJS() as unknown;
  const list = edit.list;
  const parent = list.length === 0 ? null : (getPath(expected, list.slice(0, -1)) as Record<string, unknown>);
  const current = list.length === 0 ? expected : parent?.[String(list.at(-1))];
  const items = Array.isArray(current) ? [...current] : [];
  if (edit.replace !== undefined) items[edit.replace] = { ...edit.entry };
  else items.push({ ...edit.entry });
  const wanted = list.length === 0 ? items : expected;
  if (parent) parent[String(list.at(-1))] = items;
  if (after.errors.length > 0 || JSON.stringify(after.toJS()) !== JSON.stringify(wanted)) {
    throw new EditError(`the layout of ${path} is one Cairn cannot add to without changing other lines; add the entry by hand`);
  }
}

function getPath(value: unknown, path: readonly (string | number)[]): unknown {
  let at = value;
  for (const part of path) at = (at as Record<string | number, unknown> | null)?.[part];
  return at;
}
