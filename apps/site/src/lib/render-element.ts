import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';

// Loaded after @lit-labs/ssr, whose DOM shim must exist before any element class is defined.
await import('@cairn/elements');

const TAGS = new Set(['okr-tree', 'okr-card', 'okr-progress', 'kpi-gauge', 'kpi-trend', 'kpi-board']);
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

type Attributes = Record<string, string | boolean | undefined | null>;

/** JSON that is safe inside a script element: no "</script>" or "<!--" can end it early. */
export const scriptJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

// Lit prepares a template once per strings array, so each element shape (tag, attribute names, data or not) keeps one array for the whole build.
const shapes = new Map<string, TemplateStringsArray>();

/** The static strings of one element shape: ` name` for a flag, ` name="…"` around each bound value, then `.data`. */
function shapeStrings(tag: string, signature: string[], withData: boolean): TemplateStringsArray {
  const key = `${tag} ${signature.join(' ')} ${withData}`;
  const known = shapes.get(key);
  if (known) return known;
  const parts: string[] = [];
  let current = `<${tag}`;
  for (const entry of signature) {
    if (!entry.endsWith('=')) current += ` ${entry}`;
    else {
      parts.push(`${current} ${entry}"`);
      current = '"';
    }
  }
  if (withData) {
    parts.push(`${current} .data=`);
    current = '';
  }
  parts.push(`${current}></${tag}>`);
  const strings = Object.freeze(Object.assign([...parts], { raw: Object.freeze([...parts]) })) as unknown as TemplateStringsArray;
  shapes.set(key, strings);
  return strings;
}

/**
 * The Lit template of one element: its attribute values and data are bindings, so every element
 * of the same shape shares one template strings array and Lit prepares it only once.
 */
export function elementTemplate(tag: string, attributes: Attributes, data?: unknown): TemplateResult {
  if (!TAGS.has(tag)) throw new Error(`not a Cairn element: ${tag}`);
  const signature: string[] = [];
  const values: unknown[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (!ATTRIBUTE_NAME.test(name)) throw new Error(`not an attribute name: ${name}`);
    if (value === true) signature.push(name);
    else {
      signature.push(`${name}=`);
      values.push(String(value));
    }
  }
  if (data !== undefined) values.push(data);
  return html(shapeStrings(tag, signature, data !== undefined), ...values);
}

/**
 * One element as HTML with a declarative shadow root, rendered from `data`, with the same data
 * beside it as inline JSON so the browser hydrates it without fetching or flashing.
 */
export async function renderElement(tag: string, attributes: Attributes, data?: unknown): Promise<string> {
  const markup = await renderStatic(tag, attributes, data);
  if (data === undefined) return markup;
  // The JSON is joined as text rather than through Lit, which would parse it as part of the template.
  const close = markup.lastIndexOf(`</${tag}>`);
  return `${markup.slice(0, close)}<script type="application/json">${scriptJson(data)}</script>${markup.slice(close)}`;
}

/**
 * One element as HTML with a declarative shadow root, rendered from `data`, for an element the
 * page never hydrates: its picture is complete as rendered, so the data stays out of the page.
 */
export function renderStatic(tag: string, attributes: Attributes, data?: unknown): Promise<string> {
  return collectResult(render(elementTemplate(tag, attributes, data)));
}
