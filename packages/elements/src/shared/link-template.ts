/**
 * Fills the `{name}` placeholders of an element's link template (`href`, `key-result-href`) with
 * the values given, each URL-encoded; a placeholder it was not given stays as written, and a
 * missing value is empty.
 */
export function fillLinkTemplate(template: string, values: Readonly<Record<string, string | null | undefined>>): string {
  return template.replace(/\{([a-z]+)\}/g, (placeholder, key: string) => (key in values ? encodeURIComponent(values[key] ?? '') : placeholder));
}
