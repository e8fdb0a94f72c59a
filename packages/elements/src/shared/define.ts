/**
 * Registers an element once. A page may load the bundle and a per-element script, or the same
 * script twice; a second `define` would throw and break the page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) customElements.define(tag, element);
}
