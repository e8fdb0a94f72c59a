import { afterEach, describe, expect, it } from 'vitest';
import { syntheticKpis } from '../../bench/synthetic-kpis.js';
import { cleanup, mount, shadow, until } from '../../test/browser-helpers.js';
import { TILE_BATCH, type KpiBoard } from './kpi-board.js';

afterEach(cleanup);

const tiles = (el: HTMLElement): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>('[part="tile"]')];

describe('<kpi-board> with 700 KPIs', () => {
  it('draws the first tiles at once and every other one soon after, each reachable by its button', async () => {
    const data = syntheticKpis(700);
    const el = await mount<KpiBoard>('<kpi-board></kpi-board>');
    el.data = data;
    await el.updateComplete;
    const list = shadow(el).querySelector('[part="grid"]')!;
    expect(tiles(el)).toHaveLength(TILE_BATCH);
    expect(list.getAttribute('aria-busy')).toBe('true');
    expect(shadow(el).querySelector('[part="summary"]')?.textContent).toMatch(/^700 KPIs:/);
    await until(() => tiles(el).length === 700, 'all 700 tiles', 20_000);
    await el.updateComplete;
    expect(list.getAttribute('aria-busy')).toBe('false');
    const all = tiles(el);
    expect(all.map((t) => t.dataset.id)).toEqual(data.kpis.map((k) => k.id));
    const last = all.at(-1)!.querySelector<HTMLButtonElement>('[part="tile-button"]')!;
    expect(last.textContent).toBe(data.kpis.at(-1)!.title);
    last.focus();
    expect(shadow(el).activeElement).toBe(last);
    await until(() => all.every((t) => t.querySelector('kpi-gauge')?.shadowRoot?.querySelector('svg') != null), 'every gauge drawn', 20_000);
  });

  it('starts again from the first batch when the filters change', async () => {
    const el = await mount<KpiBoard>('<kpi-board></kpi-board>');
    el.data = syntheticKpis(300);
    await until(() => tiles(el).length === 300, 'all 300 tiles', 20_000);
    el.key = true;
    await el.updateComplete;
    expect(tiles(el)).toHaveLength(TILE_BATCH);
    await until(() => tiles(el).length === 100, 'the 100 key KPIs', 20_000);
  });
});
