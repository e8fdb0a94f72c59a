// Hydration support must load before any Lit element class is defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { commands } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, settle, shadow, snapshot } from '../../test/browser-helpers.js';
import './okr-tree.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    renderSsr: (tag: string, attributes: Record<string, string>, data?: unknown) => Promise<string>;
  }
}

afterEach(cleanup);

async function serverRendered(attributes: Record<string, string>, data?: unknown): Promise<HTMLElement> {
  const markup = await commands.renderSsr('okr-tree', attributes, data);
  const host = document.createElement('div');
  host.setHTMLUnsafe(markup);
  document.body.append(host);
  const element = host.querySelector('okr-tree') as HTMLElement;
  await settle(element);
  return element;
}

describe('<okr-tree> server rendering', () => {
  it('renders the tree on the server, with its rows and ARIA positions', async () => {
    const markup = await commands.renderSsr('okr-tree', {}, snapshot);
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(markup).toContain('role="tree"');
    expect(markup).toContain('aria-label="Objectives, Q4 2026"');
    expect(markup).toMatch(/role="treeitem"[^>]*data-key="eco-leader"/);
    expect(markup).toContain('aria-setsize="7"');
  });

  it('hydrates without re-creating its DOM and follows attribute changes', async () => {
    const el = await serverRendered({ 'expand-all': '' }, snapshot);
    const treeBefore = shadow(el).querySelector('[role="tree"]');
    const rowBefore = shadow(el).querySelector('[data-key="eco-leader"]');
    expect(treeBefore).not.toBeNull();
    expect(shadow(el).querySelector('[data-key="sign-retail-partners"]')?.getAttribute('aria-level')).toBe('3');
    el.setAttribute('depth', '2');
    await settle(el);
    expect(shadow(el).querySelector('[role="tree"]')).toBe(treeBefore);
    expect(shadow(el).querySelector('[data-key="eco-leader"]')).toBe(rowBefore);
    expect(shadow(el).querySelector('[data-key="sign-retail-partners"]')).toBeNull();
  });

  it('renders the chart layout on the server too', async () => {
    const el = await serverRendered({ layout: 'chart' }, snapshot);
    const svgBefore = shadow(el).querySelector('svg[role="tree"]');
    expect(svgBefore).not.toBeNull();
    expect(shadow(el).querySelectorAll('svg [role="treeitem"]').length).toBeGreaterThan(3);
    el.setAttribute('team', 'operations');
    await settle(el);
    expect(shadow(el).querySelector('svg[role="tree"]')).toBe(svgBefore);
    expect(shadow(el).querySelector('[role="treeitem"]')?.getAttribute('data-key')).toBe('circular-operations');
  });
});
