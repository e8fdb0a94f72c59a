/**
 * The `yaml` parser's words for a syntax error, turned toward what a person editing a goals file
 * should do. Most syntax errors in goals files are plain text that YAML reads as syntax: a colon in
 * a title, an `@handle`, an apostrophe inside single quotes, a `*` for emphasis. For those the hint
 * is the value itself, quoted so that YAML reads it as text.
 */

export interface SyntaxHelp {
  message: string;
  suggestion?: string;
  /** Where the problem really starts, when that is not where the parser gave up. */
  pos?: number;
}

/**
 * `code` and `message` are the parser's; `pos` is the offset it points at in `text`. `language`
 * is `YAML` or `JSON` (a `.json` file, where hints about YAML quoting would mislead).
 */
export function syntaxHelp(code: string, message: string, language: string, text: string, pos: number): SyntaxHelp {
  const yaml = language === 'YAML';
  switch (code) {
    case 'DUPLICATE_KEY':
      return { message: `the field "${keyAt(text, pos)}" is written twice in one place; keep one` };
    case 'MULTIPLE_DOCS':
      return { message: 'this file holds more than one YAML document (a second --- line); keep one' };
    case 'TAB_AS_INDENT':
      return { message: 'a tab indents this line; YAML needs spaces for indentation', ...tabHint(text, pos) };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_IN_FLOW': {
      if (!yaml) break;
      // ` - id: a` one space left of its list: the dash is read as the start of a key.
      if (/^A block sequence/.test(message)) return indentHelp(text, pos) ?? plain(language, message);
      const value = scalarAt(text, pos);
      if (code !== 'MULTILINE_IMPLICIT_KEY' && /:(\s|$)/.test(value) && !value.startsWith('- ')) {
        return { message: 'this value holds a colon and a space (": "), which YAML reads as the start of another field', suggestion: `put the value in quotes: ${quoteForYaml(value)}` };
      }
      // `title: x` and then ` owner: y` one space further in: the next line reads as part of x.
      const indented = code === 'BLOCK_IN_FLOW' ? undefined : indentHelp(text, nextLine(text, pos));
      if (indented) return indented;
      break;
    }
    case 'BAD_INDENT':
      if (yaml && /must start at the same column/.test(message)) return indentHelp(text, pos) ?? plain(language, message);
      break;
    case 'BAD_SCALAR_START': {
      const sign = /character (.)$/.exec(message)?.[1];
      const value = scalarAt(text, pos);
      if (!yaml || sign === undefined || value === '') break;
      return { message: `a value that starts with ${sign} must be in quotes`, suggestion: `write ${quoteForYaml(value)}` };
    }
    case 'UNEXPECTED_TOKEN': {
      const early = yaml ? quoteClosedEarly(text, pos) : undefined;
      if (early) return early;
      break;
    }
    case 'MISSING_CHAR': {
      if (yaml && /^Sequence item without - indicator/.test(message)) {
        const indented = indentHelp(text, pos);
        if (indented) return indented;
      }
      const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
      if (quote === undefined) break;
      // The parser stops where it runs out of text; the writer needs to see the opening quote.
      const open = openingQuote(text, quote, pos);
      return { message: `this quoted value has no closing ${quote}`, suggestion: `end the value with ${quote}`, ...(open < 0 ? {} : { pos: open }) };
    }
  }
  return plain(language, message);
}

/** The parser's own first sentence, for the errors no better words are known for. */
function plain(language: string, message: string): SyntaxHelp {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+.*$/, '').replace(/;? ?please use .*$/i, '');
  return { message: `this is not valid ${language}: ${first}` };
}

/** `*name` with no `&name` before it: YAML reads the text as a reference to a value. */
export function unresolvedAliasHelp(name: string): SyntaxHelp {
  return {
    message: `*${name} is read as a YAML alias, but no anchor &${name} is set`,
    suggestion: `put the value in quotes if it is text: "*${name}"`,
  };
}

/** The value in quotes YAML reads back as the same text: double quotes unless it holds `"` or `\`. */
export function quoteForYaml(value: string): string {
  return /["\\]/.test(value) ? singleQuoted(value) : `"${value}"`;
}

/** Single quotes read everything as written, but an apostrophe inside is written twice. */
function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function keyAt(text: string, pos: number): string {
  return (/^[^:\n]*/.exec(text.slice(pos))?.[0] ?? '').trim().replace(/^["']|["']$/g, '');
}

function lineAround(text: string, pos: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const newline = text.indexOf('\n', pos);
  const end = newline < 0 ? text.length : newline;
  return { start, end: text[end - 1] === '\r' ? end - 1 : end };
}

/** The innermost `{` or `[` still open at `pos` on its line (quoted text skipped), or null. */
function flowAt(text: string, start: number, pos: number): string | null {
  const open: string[] = [];
  let quote: string | null = null;
  for (let i = start; i < pos; i += 1) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') open.push(c);
    else if (c === '}' || c === ']') open.pop();
  }
  return open.at(-1) ?? null;
}

/**
 * The plain text a person wrote as one value from `pos`: to the end of the line (less a comment),
 * or in `{ … }` to the next `, field:` or the closing brace, or in `[ … ]` to the next comma.
 */
function scalarAt(text: string, pos: number): string {
  const line = lineAround(text, pos);
  const value = text.slice(pos, line.end);
  const flow = flowAt(text, line.start, pos);
  const end = flow === '{' ? value.search(/,\s*[\w-]+:\s|\s*\}/) : flow === '[' ? value.search(/[,\]]/) : value.search(/\s+#/);
  return (end < 0 ? value : value.slice(0, end)).trim();
}

/**
 * `title: 'it's great'`: the apostrophe closes the value, and the parser stops at the `s` after
 * it. Found by the quote just before `pos` and the one that opened the value on the same line.
 */
function quoteClosedEarly(text: string, pos: number): SyntaxHelp | undefined {
  const line = lineAround(text, pos);
  let closed = pos - 1;
  while (closed > line.start && (text[closed] === ' ' || text[closed] === '\t')) closed -= 1;
  const quote = text[closed];
  if (quote !== "'" && quote !== '"') return undefined;
  const open = text.lastIndexOf(quote, closed - 1);
  if (open < line.start) return undefined;
  const flow = flowAt(text, line.start, open) !== null;
  const close = flow ? text.indexOf(quote, pos) : text.lastIndexOf(quote, line.end - 1);
  if (close < pos || close >= line.end) return undefined;
  const value = text.slice(open + 1, close);
  if (quote === "'") {
    return {
      message: "an apostrophe (') inside this single-quoted value ends it early",
      suggestion: `write the apostrophe twice ('') inside single quotes, or use double quotes: ${quoteForYaml(value)}`,
      pos: closed,
    };
  }
  return {
    message: 'a double quote (") inside this double-quoted value ends it early',
    suggestion: `write it as \\" inside double quotes, or use single quotes: ${singleQuoted(value)}`,
    pos: closed,
  };
}

/** The quote that opened a value never closed: the last one before `pos` that is not escaped. */
function openingQuote(text: string, quote: string, pos: number): number {
  let at = text.lastIndexOf(quote, pos - 1);
  // Inside double quotes \" is a quote character; inside single quotes '' is one.
  while (at > 0 && (quote === '"' ? text[at - 1] === '\\' : text[at - 1] === "'")) at = text.lastIndexOf(quote, at - (quote === "'" ? 2 : 1));
  return at;
}

/** Offset of the start of the line after the one holding `pos`, or -1 on the last line. */
function nextLine(text: string, pos: number): number {
  const newline = text.indexOf('\n', pos);
  return newline < 0 ? -1 : newline + 1;
}

/** Leading spaces only: a tab indent is an error of its own (TAB_AS_INDENT). */
const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;

const SPACES = (n: number): string => `${n} space${n === 1 ? '' : 's'}`;

/** The first field on a line of content (`- id: a` → `id`), for a hint that names where to line up. */
const keyOf = (content: string): string | undefined => /^(?:-\s+)?([^\s:#{}[\],'"][^:#{}[\],]*?):(?:\s|$)/.exec(content.trim())?.[1];

/** The nearest line of content (not blank, not a comment) above the line starting at `start`. */
function contentAbove(text: string, start: number): string | undefined {
  for (let above = start - 1; above > 0; ) {
    const previous = lineAround(text, above);
    const line = text.slice(previous.start, previous.end);
    if (line.trim() !== '' && !line.trim().startsWith('#')) return line;
    above = previous.start - 1;
  }
  return undefined;
}

/**
 * Where a line's fields go by the line above: a list item's fields start after its `- `, any
 * other line's at its own indent. `column` counts spaces; `key` names the field to line up with.
 */
function fieldsOf(line: string): { column: number; key: string | undefined; item: boolean; opens: boolean } {
  const pad = indentOf(line);
  const dash = /^-\s+/.exec(line.slice(pad))?.[0];
  return { column: pad + (dash?.length ?? 0), key: keyOf(line), item: dash !== undefined, opens: /:\s*(?:#.*)?$/.test(line) };
}

const lineUp = (column: number, key: string | undefined, where: string): string => `line it up with ${key === undefined ? where : `"${key}:" ${where}`}, at ${SPACES(column)}`;

/** For a tab in a line's indent: the spaces to write instead, judged by the line above. */
function tabHint(text: string, pos: number): { suggestion?: string } {
  const above = contentAbove(text, lineAround(text, pos).start);
  if (above === undefined) return { suggestion: 'replace the tab with spaces' };
  const fields = fieldsOf(above);
  // Under a line that opens a block (`checkins:`), the line most likely belongs inside it.
  if (fields.opens && fields.key !== undefined) return { suggestion: `replace the tab with spaces: indent it further than "${fields.key}:" above, e.g. by ${SPACES(indentOf(above) + 2)}` };
  return { suggestion: `replace the tab with spaces: ${lineUp(fields.column, fields.key, 'above')}` };
}

/**
 * A line out of step with the block it belongs to. Which of the two lines is wrong only the writer
 * knows, so the message gives both indentations and the hint the column of the block above; a
 * `-id:` (no space after the dash) and a tab among the spaces are named.
 */
function indentHelp(text: string, pos: number): SyntaxHelp | undefined {
  if (pos < 0) return undefined;
  const line = lineAround(text, pos);
  const content = text.slice(line.start, line.end);
  const indent = indentOf(content);
  if (indent === content.length) return undefined;
  const at = line.start + indent;
  if (content[indent] === '\t') return { message: `a tab indents this line${indent > 0 ? ` (after ${SPACES(indent)})` : ''}; YAML needs spaces for indentation`, ...tabHint(text, at), pos: at };
  const dash = /^-([^\s-].*)$/.exec(content.slice(indent));
  if (dash) return { message: 'a "-" that starts a list item needs a space after it', suggestion: `write "- ${dash[1]}"`, pos: at };
  // A list item is compared with the item before it, a field with the line above it.
  const item = content.slice(indent).startsWith('- ');
  let above = line.start - 1;
  while (above > 0) {
    const previous = lineAround(text, above);
    const before = text.slice(previous.start, previous.end);
    const pad = indentOf(before);
    const counts = before.trim() !== '' && !before.trim().startsWith('#') && (!item || before.slice(pad).startsWith('- ') || pad < indent);
    if (counts) {
      const fields = fieldsOf(before);
      if (pad === indent || (!item && fields.column === indent)) return undefined;
      const suggestion = `${item && fields.item ? lineUp(pad, undefined, 'the "-" of the item before it') : lineUp(fields.column, fields.key, 'above')} (indent with spaces only)`;
      if (item && fields.item) return { message: `this list item is indented by ${SPACES(indent)} and the item before it by ${SPACES(pad)}; the items of one list start in the same column`, suggestion, pos: at };
      const other = fields.item ? `the fields of the list item above by ${SPACES(fields.column)}` : `the line above by ${SPACES(pad)}`;
      return { message: `this line is indented by ${SPACES(indent)} and ${other}; the fields of one block start in the same column`, suggestion, pos: at };
    }
    above = previous.start - 1;
  }
  return undefined;
}
