import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editList } from './edit-list.js';
import type { Entry } from './render-entry.js';
import { textRegion } from './text-region.js';

interface Layout {
  eol: '\n' | '\r\n';
  bom: boolean;
  lastNewline: boolean;
  markdown: boolean;
  indent: 2 | 4;
  /** `key:\n  - item` (true) or `key:\n- item` (false). */
  indentedLists: boolean;
  flowRows: boolean;
  comments: boolean;
}

interface KeyResult {
  id: string;
  target: number;
  checkins: Entry[];
}

const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const note = fc.string({ maxLength: 30, unit: fc.constantFrom('a', 'B', ' ', ':', '#', ',', '"', "'", '[', '{', '-', '1', 'é', '\\', '?', '!') });
const checkinArb = fc.record(
  {
    date: day,
    // -0 is written as 0, the same number to every reader of a goals file.
    value: fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })).map((v) => (v === 0 ? 0 : v)),
    confidence: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    note,
    by: slug,
  },
  { requiredKeys: ['date', 'value'] },
) as fc.Arbitrary<Entry>;

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  eol: fc.constantFrom('\n' as const, '\r\n' as const),
  bom: fc.boolean(),
  lastNewline: fc.boolean(),
  markdown: fc.boolean(),
  indent: fc.constantFrom(2 as const, 4 as const),
  indentedLists: fc.boolean(),
  flowRows: fc.boolean(),
  comments: fc.boolean(),
});

const krArb: fc.Arbitrary<KeyResult> = fc.record({ id: slug, target: fc.integer({ min: 1, max: 100 }), checkins: fc.array(checkinArb, { maxLength: 3 }) });

/** A value written as a careful person would: plain when safe, else double-quoted. */
function scalar(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  return /^[a-z0-9][a-z0-9 -]*$/i.test(value) && !/^(y|n|yes|no|on|off|true|false|null)$/i.test(value) && !/^[-\d.]+$/.test(value) ? value : JSON.stringify(value);
}

/** An objective file in one of many layouts a person might write. */
function writeObjective(krs: KeyResult[], layout: Layout): string {
  const pad = ' '.repeat(layout.indent);
  const dash = layout.indentedLists ? pad : '';
  const lines: string[] = [];
  if (layout.comments) lines.push('# An objective, with comments that must stay.');
  lines.push('title: "Grow: everywhere"', 'owner: dana', 'key_results:');
  for (const kr of krs) {
    lines.push(`${dash}- id: ${kr.id}`);
    const at = `${dash}${' '.repeat(2)}`;
    lines.push(`${at}title: A key result${layout.comments ? '   # trailing comment' : ''}`, `${at}start: 0`, `${at}target: ${kr.target}`);
    if (kr.checkins.length === 0) continue;
    lines.push(`${at}checkins:`);
    const rowDash = `${at}${layout.indentedLists ? pad : ''}`;
    for (const c of kr.checkins) {
      const pairs = Object.entries(c).map(([k, v]) => [k, scalar(v)] as const);
      if (layout.flowRows) lines.push(`${rowDash}- { ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
      else pairs.forEach(([k, v], i) => lines.push(`${i === 0 ? `${rowDash}- ` : `${rowDash}  `}${k}: ${v}`));
    }
    if (layout.comments) lines.push(`${at}# a comment after the check-ins`);
  }
  let text = lines.join(layout.eol);
  if (layout.markdown) text = `---${layout.eol}${text}${layout.eol}---${layout.eol}The story.${layout.eol}${layout.eol}\tWith a tab.`;
  if (layout.lastNewline) text += layout.eol;
  return (layout.bom ? '\uFEFF' : '') + text;
}

function dataOf(text: string, path: string): Record<string, unknown> {
  const region = textRegion(text, path);
  if (!region) throw new Error('no region');
  return parse(text.slice(region.start, region.end)) as Record<string, unknown>;
}

describe('editList, for any objective file and any check-in', () => {
  it('writes the old data plus exactly the new entry, and only inserts whole lines', () => {
    fc.assert(
      fc.property(fc.array(krArb, { minLength: 1, maxLength: 4 }), layoutArb, fc.nat(), checkinArb, (krs, layout, pick, entry) => {
        const path = layout.markdown ? 'objectives/q4/acme/o.md' : 'objectives/q4/acme/o.yaml';
        const before = writeObjective(krs, layout);
        const index = pick % krs.length;
        const after = editList(before, path, { list: ['key_results', index, 'checkins'], entry });

        const expected = dataOf(before, path);
        const kr = (expected.key_results as Record<string, unknown>[])[index] as Record<string, unknown>;
        kr.checkins = [...((kr.checkins as unknown[]) ?? []), entry];
        expect(dataOf(after, path)).toEqual(expected);

        // The old lines, in order, with one run of new lines among them.
        const old = before.split(layout.eol);
        const now = after.split(layout.eol);
        let head = 0;
        while (head < old.length && old[head] === now[head]) head += 1;
        let tail = 0;
        while (tail < old.length - head && old[old.length - 1 - tail] === now[now.length - 1 - tail]) tail += 1;
        expect(head + tail).toBe(old.length);
        const inserted = now.slice(head, now.length - tail);
        expect(inserted.length).toBeGreaterThan(0);
        expect(inserted.join('\n')).not.toContain('\r');
        expect(after.startsWith('\uFEFF')).toBe(layout.bom);
        expect(after.endsWith(layout.eol)).toBe(layout.lastNewline);
      }),
      { numRuns: 200 },
    );
  });
});
