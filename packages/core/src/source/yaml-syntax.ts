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
      return { message: 'a tab indents this line; YAML needs spaces for indentation' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'BLOCK_IN_FLOW': {
      const value = scalarAt(text, pos);
      if (!yaml || !/:(\s|$)/.test(value)) break;
      return { message: 'this value holds a colon and a space (": "), which YAML reads as the start of another field', suggestion: `put the value in quotes: ${quoteForYaml(value)}` };
    }
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
      const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
      if (quote === undefined) break;
      // The parser stops where it runs out of text; the writer needs to see the opening quote.
      const open = openingQuote(text, quote, pos);
      return { message: `this quoted value has no closing ${quote}`, suggestion: `end the value with ${quote}`, ...(open < 0 ? {} : { pos: open }) };
    }
  }
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
  return /["\\]/.test(value) ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
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
    suggestion: `write it as \\" inside double quotes, or use single quotes: '${value.replace(/'/g, "''")}'`,
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
