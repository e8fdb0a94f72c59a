import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

// Loaded after @lit-labs/ssr, whose DOM shim must exist before any element class is defined.
await import('@cairn/elements');

const TAGS = new Set(['okr-tree', 'okr-card', 'okr-progress', 'kpi-gauge', 'kpi-trend', 'kpi-board']);
const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** JSON that is safe inside a script element: no "</script>" or "<!--" can end it early. */
export const scriptJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * One element as HTML with a declarative shadow root, rendered from `data`, with the same data
 * beside it as inline JSON so the browser hydrates it without fetching or flashing.
 */
export async function renderElement(tag: string, attributes: Record<string, string | boolean | undefined | null>, data?: unknown): Promise<string> {
  if (!TAGS.has(tag)) throw new Error(`not a Cairn element: ${tag}`);
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(String(value))}"`))
    .join(' ');
  const name = unsafeStatic(tag);
  const open = unsafeStatic(attrs);
  const template =
    data === undefined
      ? html`<${name} ${open}></${name}>`
      : html`<${name} ${open} .data=${data}><script type="application/json">${unsafeStatic(scriptJson(data))}</script></${name}>`;
  return collectResult(render(template));
}
