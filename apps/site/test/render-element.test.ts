import { describe, expect, it } from 'vitest';
import { elementTemplate, renderElement } from '../src/lib/render-element.js';

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

  it('refuses a tag that is not a Cairn element and an attribute name that is not one', () => {
    expect(() => elementTemplate('script', {})).toThrow('not a Cairn element: script');
    expect(() => elementTemplate('okr-card', { 'onclick="x"': 'y' })).toThrow('not an attribute name: onclick="x"');
  });
});
