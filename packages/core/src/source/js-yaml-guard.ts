/**
 * Texts js-yaml reads otherwise than YAML 1.2 does, or reads where YAML 1.2 finds an error, as
 * the differential tests (test/yaml-readers.ts) found them; such a text is left to `yaml`. Each
 * pattern is rare in goals files: anchors, aliases, tags and complex keys (`&a`, `*a`, `!t`,
 * `? k`), a key read as null (`null:`, `~:`, `{: x}`, which js-yaml stores as "null"), an
 * empty list item (a `-` that ends its line), a document marker below the first line, a tab
 * that indents, a comment glued to a value (`"x"#c`, `[]#c`), and a carriage return that does
 * not end a CRLF line.
 */
const JS_YAML_DIFFERS: readonly [string, RegExp][] = [
  ['*', /(^|[\s,[{:-])\*/m],
  ['&', /(^|[\s,[{:-])&/m],
  ['!', /(^|[\s,[{:-])!/m],
  ['?', /(^|[\s,[{:-])\?(\s|$)/m],
  ['~', /(^|[\s,{?-])~[ \t]*:(\s|$)/m],
  ['ull', /(^|[\s,{?-])(null|Null)[ \t]*:(\s|$)/m],
  ['NULL', /(^|[\s,{?-])NULL[ \t]*:(\s|$)/m],
  [':', /(^|[[{,])[ \t]*:(\s|$|[,\]}])/m],
  ['-', /^[ \t]*(-[ \t]+)*-[ \t]*(#.*)?$/m],
  ['\n---', /\n---(\s|$)/],
  ['\n...', /\n\.\.\.(\s|$)/],
  ['\t', /^ *\t/m],
  ['#', /["'\]}]#/],
  ['\r', /\r(?!\n)/],
];

/** Whether js-yaml may read this text otherwise than YAML 1.2 does (or read it where YAML 1.2 finds an error). */
export function jsYamlDiffers(text: string): boolean {
  // `includes` first: a pattern costs more than looking for the one sign it needs.
  for (const [sign, pattern] of JS_YAML_DIFFERS) if (text.includes(sign) && pattern.test(text)) return true;
  return (text.includes("'") || text.includes('"') || text.includes('[') || text.includes('{')) && flowOverLines(text);
}

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;

/**
 * Whether a quoted scalar or a `[ … ]` or `{ … }` goes on over a line break: js-yaml reads
 * their next lines at any indentation, YAML 1.2 only further in than the block they are in. A
 * quote or a bracket opens a value only where a value starts (a line's start, after `: `, `- `,
 * `[`, `{` or `,`); a `#` after a space starts a comment.
 */
function flowOverLines(text: string): boolean {
  let valueMayStart = true;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      if (depth > 0) return true;
      valueMayStart = true;
    } else if (c === SPACE || c === TAB) {
      // spaces keep whether a value may start
    } else if (c === 35 /* # */ && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
      const end = text.indexOf('\n', i);
      if (end === -1) return false;
      i = end - 1;
    } else if ((c === 34 || c === 39) && valueMayStart) {
      const close = closingQuote(text, i);
      if (close === -1 || text.lastIndexOf('\n', close) > i) return true;
      i = close;
      valueMayStart = false;
    } else if ((c === 91 || c === 123) && (valueMayStart || depth > 0)) {
      depth += 1;
      valueMayStart = true;
    } else if ((c === 93 || c === 125) && depth > 0) {
      depth -= 1;
      valueMayStart = false;
    } else {
      // `:` and `-` open a value only before a space; brackets and commas always do.
      const next = text.charCodeAt(i + 1);
      valueMayStart = c === 91 || c === 123 || c === 44 || ((c === 58 || c === 45 || c === 63) && (isBlank(next) || Number.isNaN(next)));
    }
  }
  return false;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === NEWLINE || c === 13;
}

/** Where the quoted scalar opened at `at` closes, or -1 when it never does. */
function closingQuote(text: string, at: number): number {
  const quote = text.charCodeAt(at);
  for (let i = at + 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (quote === 34 && c === 92 /* \\ */) {
      i += 1;
    } else if (c === quote) {
      if (quote === 39 && text.charCodeAt(i + 1) === 39) i += 1;
      else return i;
    }
  }
  return -1;
}
