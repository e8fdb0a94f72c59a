import axe from 'axe-core';

/** Where the browser tests can fetch the demo snapshot over HTTP (test/acme-setup.ts writes it). */
export const snapshotUrl = new URL('./generated/acme-snapshot.json', import.meta.url).href;
/** The demo company's snapshot, as `cairn export examples/acme` writes it today. */
export const snapshot: unknown = await (await fetch(snapshotUrl)).json();

/** Adds markup to the page and waits until every Cairn element in it has rendered. */
export async function mount<T extends HTMLElement>(markup: string): Promise<T> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const element = host.firstElementChild as T;
  await settle(element);
  return element;
}

export async function settle(element: HTMLElement): Promise<void> {
  const lit = element as HTMLElement & { updateComplete?: Promise<unknown> };
  for (let i = 0; i < 5; i += 1) {
    await lit.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // A ResizeObserver reports in the next rendering frame, which a busy machine may not have drawn
  // yet: wait for a frame and the task after it, then for the update the measurement causes.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await lit.updateComplete;
}

/** Resolves when `predicate` holds, polling; rejects after `timeout` ms with `what`. */
export async function until(predicate: () => boolean, what: string, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function shadow(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** axe-core violations for an element, shadow DOM included. */
export async function axeViolations(element: HTMLElement): Promise<string[]> {
  const result = await axe.run(element, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

export function cleanup(): void {
  document.body.innerHTML = '';
}

/** What a reader should never meet: a number or value the element failed to read. */
const BROKEN = /NaN|Infinity|undefined|\bnull\b/;

/**
 * The text and attributes (accessible names, SVG geometry) an element shows that hold "NaN",
 * "Infinity", "undefined" or "null".
 */
export function brokenShown(element: HTMLElement): string[] {
  const root = shadow(element);
  const shown = [root.textContent ?? ''];
  for (const node of root.querySelectorAll('*')) for (const attribute of node.attributes) shown.push(`${node.localName}[${attribute.name}]=${attribute.value}`);
  return shown.filter((text) => BROKEN.test(text));
}

/** Runs `work` and returns the uncaught errors the page raised meanwhile; cleans up after. */
export async function pageErrorsDuring(work: () => Promise<void>): Promise<unknown[]> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent): void => void errors.push(event.error ?? event.message);
  window.addEventListener('error', onError);
  try {
    await work();
  } finally {
    window.removeEventListener('error', onError);
    cleanup();
  }
  return errors;
}
