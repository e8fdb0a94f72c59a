import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** JSON that is safe inside a script element: no "</script>" can close it early. */
export const scriptJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * Renders one element to HTML with a declarative shadow root, the way a server (the site)
 * does: attributes in the markup, `data` bound as a property for the server render and
 * repeated as an inline JSON child, which the browser reads before hydrating.
 */
export async function renderElement(tag: string, attributes: Record<string, string>, data?: unknown): Promise<string> {
  // The public entry registers every element in Node's shimmed custom-element registry.
  await import('@cairn/elements');
  const attrs = Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  const name = unsafeStatic(tag);
  const open = unsafeStatic(attrs);
  const template =
    data === undefined
      ? html`<${name} ${open}></${name}>`
      : html`<${name} ${open} .data=${data}><script type="application/json">${unsafeStatic(scriptJson(data))}</script></${name}>`;
  return collectResult(render(template));
}
