import { boardKpis } from '@cairn/elements/data';
import { describe, expect, inject, it } from 'vitest';
import { elementTemplate, renderElement, renderStatic } from '../src/lib/render-element.js';

describe('renderElement', () => {
  it('gives every element of one shape the same template strings, whatever its values, so Lit prepares it once', () => {
    const first = elementTemplate('okr-progress', { value: '0.25', label: 'One' }, { a: 1 });
    const second = elementTemplate('okr-progress', { value: '0.75', label: 'Two' }, { b: 2 });
    expect(second.strings).toBe(first.strings);
    expect(second.values).toEqual(['0.75', 'Two', { b: 2 }]);
    expect(elementTemplate('okr-progress', { value: '0.75' }).strings).not.toBe(first.strings);
    expect(elementTemplate('okr-progress', { label: 'One', value: '0.25' }, { a: 1 }).strings).not.toBe(first.strings);
  });

  it('renders attributes escaped, flags bare, and leaves out false, null and undefined ones', async () => {
    const html = await renderElement('okr-progress', { value: '0.5', label: 'Q "4" & <b>', compact: true, hidden: false, title: null, lang: undefined });
    const open = html.slice(html.indexOf('<okr-progress'), html.indexOf('<template'));
    expect(open).toContain(' compact');
    expect(open).toContain('value="0.5"');
    expect(open).toContain('label="Q &quot;4&quot; &amp; &lt;b&gt;"');
    expect(open).not.toMatch(/hidden|title=|lang=/);
    expect(html).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(html).not.toContain('application/json');
  });

  it('puts the data as inline JSON inside the element, after its shadow root, where no "</script>" can end it', async () => {
    const data = { note: '</script><script>alert(1)</script>', n: 3 };
    const html = await renderElement('okr-progress', { value: '0.5' }, data);
    const script = html.match(/<\/template><script type="application\/json">(.*?)<\/script><\/okr-progress>/s);
    expect(script?.[1]).toBe('{"note":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>","n":3}');
    expect(JSON.parse(script?.[1] ?? '')).toEqual(data);
  });

  it('renders an element the page never hydrates with the same shadow root, and without its data', async () => {
    const data = { version: 1, objectives: [], kpis: [{ id: 'k', title: 'Secretive title', series: [] }] };
    const hydrated = await renderElement('okr-progress', { value: '0.5', label: 'Half' }, data);
    const shown = await renderStatic('okr-progress', { value: '0.5', label: 'Half' }, data);
    expect(shown).not.toContain('application/json');
    expect(shown).not.toContain('Secretive title');
    expect(hydrated.replace(/<script type="application\/json">.*?<\/script>/s, '')).toBe(shown);
  });

  it('renders a board from the series cut by boardKpis exactly as from the whole KPIs, with either tile', async () => {
    const snapshot = JSON.parse(inject('snapshotJson')) as { asOf: string; kpis: { series: { date: string; value: number }[] }[] };
    const first = Date.UTC(2024, 10, 16);
    const daily = Array.from({ length: 730 }, (_, i) => ({ date: new Date(first + i * 86_400_000).toISOString().slice(0, 10), value: 80 + (i % 17), note: 'daily' }));
    const kpis = [...snapshot.kpis, { ...snapshot.kpis[0], id: 'daily', title: 'Measured daily', series: daily, latest: daily.at(-1) }];
    for (const tile of ['gauge', 'sparkline'] as const) {
      const whole = await renderStatic('kpi-board', { tile, locale: 'en-GB' }, { version: 1, asOf: snapshot.asOf, kpis });
      const cut = boardKpis(kpis, tile);
      expect(whole).toContain('Measured daily');
      expect(await renderStatic('kpi-board', { tile, locale: 'en-GB' }, { version: 1, asOf: snapshot.asOf, kpis: cut })).toBe(whole);
      expect(cut.at(-1)?.series.length, tile).toBeLessThanOrEqual(tile === 'gauge' ? 1 : 118);
    }
  });

  it('refuses a tag that is not a Cairn element and an attribute name that is not one', () => {
    expect(() => elementTemplate('script', {})).toThrow('not a Cairn element: script');
    expect(() => elementTemplate('okr-card', { 'onclick="x"': 'y' })).toThrow('not an attribute name: onclick="x"');
  });
});
