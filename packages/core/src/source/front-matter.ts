export interface FrontMatter {
  /** The YAML between the fences, or null when the file has none. */
  yaml: string | null;
  /** Lines before the YAML starts (the opening fence), to keep positions true to the file. */
  yamlLine: number;
  body: string;
}

const FENCE = /^---[ \t]*$/;

/** Splits `---\nyaml\n---\nmarkdown`; tolerant of CRLF line endings and a byte-order mark. */
export function splitFrontMatter(text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return { yaml: null, yamlLine: 0, body: text };
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close < 0) return { yaml: null, yamlLine: 0, body: text };
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 1,
    body: lines.slice(close + 1).join('\n').replace(/^\s*\n/, '').trimEnd(),
  };
}
