// Hydration support must load before any Lit element class is defined: import this module first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { commands } from 'vitest/browser';
import { settle } from './browser-helpers.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** The element's declarative-shadow-DOM HTML from @lit-labs/ssr in Node (test/ssr-commands.ts). */
    renderSsr: (tag: string, attributes: Record<string, string>, data?: unknown) => Promise<string>;
  }
}

/** Server-rendered markup (declarative shadow DOM) put into the page, then hydrated by Lit. */
export async function serverRendered(tag: string, attributes: Record<string, string>, data?: unknown): Promise<HTMLElement> {
  const markup = await commands.renderSsr(tag, attributes, data);
  const host = document.createElement('div');
  host.setHTMLUnsafe(markup);
  document.body.append(host);
  const element = host.querySelector(tag) as HTMLElement;
  await settle(element);
  return element;
}
