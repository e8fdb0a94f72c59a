import type { BrowserCommand } from 'vitest/node';

/**
 * Server-side rendering happens in Node, where @lit-labs/ssr runs; browser tests call this
 * command to get an element's declarative-shadow-DOM HTML and then hydrate it in Chromium.
 * It renders the built package through its public entry, as a server (the site) would.
 */
const renderSsr: BrowserCommand<[tag: string, attributes: Record<string, string>, data?: unknown]> = async (_context, tag, attributes, data) => {
  const { renderElement } = await import('./ssr-render.js');
  return renderElement(tag, attributes, data);
};

export const ssrCommands = { renderSsr };
