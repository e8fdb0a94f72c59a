import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, settle, shadow, snapshot } from '../../test/browser-helpers.js';
import './okr-tree.js';
import type { OkrTree } from './okr-tree.js';

afterEach(cleanup);

/** A tree `width` px wide on the demo data. */
async function tree(width: number, attributes = ''): Promise<OkrTree> {
  const frame = document.createElement('div');
  frame.style.inlineSize = `${width}px`;
  frame.innerHTML = `<okr-tree ${attributes}></okr-tree>`;
  document.body.append(frame);
  const el = frame.firstElementChild as OkrTree;
  el.data = snapshot;
  await settle(el);
  return el;
}

const rows = (el: OkrTree): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>('[role="treeitem"]')];
const box = (node: Element): DOMRect => node.getBoundingClientRect();
const overlap = (a: DOMRect, b: DOMRect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<okr-tree> list geometry', () => {
  it.each([1280, 768])('shows "Partly achieved" whole inside the row at %i px', async (width) => {
    const el = await tree(width, 'period="2026-q3"');
    const partial = rows(el).find((r) => r.querySelector('.status-text')?.textContent === 'Partly achieved');
    expect(partial, 'a partly achieved objective in 2026-q3').toBeDefined();
    const text = partial!.querySelector<HTMLElement>('.status-text')!;
    expect(text.scrollWidth).toBeLessThanOrEqual(text.clientWidth);
    expect(box(partial!.querySelector('.status')!).right).toBeLessThanOrEqual(box(partial!).right);
    for (const row of rows(el)) expect(box(row.querySelector('.status')!).right, row.getAttribute('aria-label') ?? '').toBeLessThanOrEqual(box(row).right + 0.5);
  });

  it('at 375 px gives each title a line of its own and keeps the status words', async () => {
    const el = await tree(375);
    for (const row of rows(el)) {
      const title = row.querySelector<HTMLElement>('.title')!;
      // Most of the row is the title's: about 30 characters, not 10.
      expect(box(title).width, title.textContent ?? '').toBeGreaterThan(box(row).width * 0.7);
      expect(title.title).toBe(title.textContent?.replace(/^KR/, ''));
      const words = row.querySelector<HTMLElement>('.status-text')!;
      expect(box(words).width, 'status words shown').toBeGreaterThan(10);
      expect(words.scrollWidth).toBeLessThanOrEqual(words.clientWidth);
      expect(box(row.querySelector('.status')!).right).toBeLessThanOrEqual(box(row).right + 0.5);
      for (const part of ['.bar', '.pct', '.grade', '.status']) expect(overlap(box(title), box(row.querySelector(part)!)), part).toBe(false);
    }
  });
});

describe('<okr-tree> chart geometry', () => {
  it('keeps titles clear of the toggle, the bar and its pace marker clear of the grade, everything inside the card', async () => {
    const el = await tree(1280, 'layout="chart"');
    const cards = [...shadow(el).querySelectorAll<SVGGElement>('g[role="treeitem"]')];
    expect(cards.length).toBeGreaterThan(3);
    for (const card of cards) {
      const name = card.getAttribute('aria-label') ?? '';
      const outline = box(card.querySelector('rect.card')!);
      const titles = [...card.querySelectorAll('.node-title')].map(box);
      const grade = box(card.querySelector('.node-grade')!);
      const toggle = card.querySelector('.toggle-target');
      for (const t of titles) {
        expect(t.right, name).toBeLessThanOrEqual(outline.right);
        if (toggle) expect(overlap(t, box(toggle)), `${name}: title under the toggle`).toBe(false);
      }
      expect(box(card.querySelector('.node-track')!).right, name).toBeLessThan(grade.left);
      expect(box(card.querySelector('.node-pace')!).right, name).toBeLessThan(grade.left);
      expect(grade.right, name).toBeLessThanOrEqual(outline.right);
    }
  });

  it('uses the width for titles: two lines of about 30 characters, not 20 cut short', async () => {
    const el = await tree(1280, 'layout="chart"');
    const titles = [...shadow(el).querySelectorAll('g[role="treeitem"]')].map((card) => [...card.querySelectorAll('.node-title')].map((t) => t.textContent ?? '').join(' '));
    expect(titles).toContain('Become a market leader in eco-friendly products');
    expect(titles).toContain('Build a retail channel that sells through, not just sells in');
  });
});
