import { createHash } from 'node:crypto';

interface StyledClass {
  elementStyles?: readonly { cssText?: string }[];
}

/** The custom-element registry, which under Node is the one @lit-labs/ssr's DOM shim installs. */
const registry = (): { get(tag: string): unknown } | undefined => (globalThis as { customElements?: { get(tag: string): unknown } }).customElements;

const TAGS = ['okr-tree', 'okr-card', 'okr-progress', 'kpi-gauge', 'kpi-trend', 'kpi-board'] as const;

/**
 * The sha256 hashes of the `<style>` texts Lit's server renderer writes into each element's
 * declarative shadow root (every static style of the class, joined). Chromium blocks such a
 * style under `style-src 'self'` unless its hash is listed; after hydration Lit uses
 * constructed stylesheets, which the policy does not block.
 */
export async function elementStyleHashes(): Promise<string[]> {
  // The DOM shim must be installed before the element classes are defined.
  await import('@lit-labs/ssr');
  await import('@cairn/elements');
  const hashes: string[] = [];
  for (const tag of TAGS) {
    const element = registry()?.get(tag) as StyledClass | undefined;
    const styles = element?.elementStyles ?? [];
    if (styles.length === 0) continue;
    const text = styles.map((style) => style.cssText ?? '').join('');
    hashes.push(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * The site's policy: everything from its own origin, no inline script, no eval, no style
 * attribute; only the elements' known shadow-root styles are allowed inline, by hash. With
 * `wasm` (the search page only) scripts may compile WebAssembly, which the search runs;
 * 'wasm-unsafe-eval' allows that and nothing else (no eval of script text).
 */
export function contentSecurityPolicy(styleHashes: readonly string[], forHeader: boolean, wasm = false): string {
  const directives = [
    "default-src 'self'",
    wasm ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  // A meta tag cannot carry frame-ancestors; the header can.
  if (forHeader) directives.push("frame-ancestors 'self'");
  return directives.join('; ');
}
