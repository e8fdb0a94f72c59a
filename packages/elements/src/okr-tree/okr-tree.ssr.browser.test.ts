// First: it loads Lit's hydration support before any element is defined.
import { serverRendered } from '../../test/ssr-helpers.js';
import { commands } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, settle, shadow, snapshot } from '../../test/browser-helpers.js';
import './okr-tree.js';

afterEach(cleanup);

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
    const el = await serverRendered('okr-tree', { 'expand-all': '' }, snapshot);
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
    const el = await serverRendered('okr-tree', { layout: 'chart' }, snapshot);
    const svgBefore = shadow(el).querySelector('svg[role="tree"]');
    expect(svgBefore).not.toBeNull();
    expect(shadow(el).querySelectorAll('svg [role="treeitem"]').length).toBeGreaterThan(3);
    el.setAttribute('team', 'operations');
    await settle(el);
    expect(shadow(el).querySelector('svg[role="tree"]')).toBe(svgBefore);
    expect(shadow(el).querySelector('[role="treeitem"]')?.getAttribute('data-key')).toBe('circular-operations');
  });
});
