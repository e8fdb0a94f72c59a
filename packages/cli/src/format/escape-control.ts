/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC starts the sequences that
 * clear the screen, set the window title or move the cursor), DEL, C1 controls (U+009B is a CSI
 * on its own), the bidirectional marks and overrides that reorder what follows, and the Unicode
 * line and paragraph separators. Goals files are written by many hands, so none of them reaches
 * the terminal raw.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The same set without line feed and tab, for text that is made of lines (help, code frames). */
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** What JSON.stringify leaves raw: C0 controls it escapes itself, and line feeds between values must stay. */
const BEYOND_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(character: string): string {
  const named = NAMED[character];
  if (named !== undefined) return named;
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of text as it may be printed: ESC becomes `\x1b`, U+202E `\u202e`, a line feed `\n`. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, escapeOne);
}

/** Like escapeControl, but line feeds and tabs stay: for text of several lines. */
export function escapeControlKeepingLines(text: string): string {
  return text.replace(CONTROL_BUT_LINES, escapeOne);
}

/** A colour or style sequence (SGR), the only escape sequence Cairn itself prints. */
const COLOUR_OR_CONTROL = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for a terminal with the colour sequences kept and every other control written out: the
 * last guard on what reaches a person's screen, whichever command printed it.
 */
export function escapeControlKeepingColours(text: string): string {
  return text.replace(COLOUR_OR_CONTROL, (match) => (match.length > 1 ? match : escapeOne(match)));
}

/**
 * JSON text with every such character inside its strings written as `\uXXXX`: it parses to the
 * same values, and printed to a terminal it cannot act on it. (JSON.stringify already does this
 * for C0 controls, but not for DEL, C1 or the bidirectional marks.)
 */
export function escapeControlInJson(json: string): string {
  return json.replace(BEYOND_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
