export interface FrontMatter {
  /** The YAML between the fences, or null when the file has none. */
  yaml: string | null;
  /** Lines before the YAML starts (the opening fence), to keep positions true to the file. */
  yamlLine: number;
  body: string;
}

const OPENING = /^---[ \t]*(?:\n|$)/;

/**
 * Splits `---\nyaml\n---\nmarkdown`; tolerant of CRLF line endings and a byte-order mark.
 * Works on offsets rather than an array of lines: a large repository has ten thousand of these.
 */
export function splitFrontMatter(raw: string): FrontMatter {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const opening = OPENING.exec(text);
  if (!opening) return { yaml: null, yamlLine: 0, body: raw };
  const yamlStart = opening[0].length;
  // The closing fence is searched from the newline that ends the opening one, so `---\n---` is
  // empty YAML. A pattern of its own per call: a shared global one would keep its lastIndex.
  const closingFence = /\n---[ \t]*(?:\n|$)/g;
  closingFence.lastIndex = yamlStart - 1;
  const closing = closingFence.exec(text);
  if (!closing || yamlStart === text.length) return { yaml: null, yamlLine: 0, body: raw };
  return {
    yaml: text.slice(yamlStart, Math.max(yamlStart, closing.index)),
    yamlLine: 1,
    body: text.slice(closing.index + closing[0].length).replace(/^\s*\n/, '').trimEnd(),
  };
}
