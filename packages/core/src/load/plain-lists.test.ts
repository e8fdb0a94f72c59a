import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MeasurementSchema } from '../schema/kpi.js';
import { CheckinSchema } from '../schema/objective.js';
import { loadRepository } from './load-repository.js';
import { isPlainCheckin, isPlainMeasurement, setAsideCheckins, setAsideMeasurements } from './plain-lists.js';

// Field values a file may hold, the ones each schema refuses among them and at its edges.
const anyField = fc.oneof(
  fc.constantFrom('2026-10-03', '2026-02-30', '2026-1-3', '03/10/2026', '', 'mia', true, false, null, 0, -0, 1, 0.5, 1.5, 2, -1, -0.001, 1.001, NaN, Infinity, -Infinity, 1e15, -1e15, 1.0000000000000002e15, 1.7e308, [], {}),
  fc.double(),
  fc.string({ maxLength: 4 }),
);
/** Mostly good values for a field, so that entries are plain but for one field or two. */
const field = (good: fc.Arbitrary<unknown>) => fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: anyField });
const anyEntry = fc.record(
  {
    date: field(fc.constantFrom('2026-10-03', '2024-02-29')),
    value: field(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean())),
    confidence: field(fc.double({ min: 0, max: 1, noNaN: true })),
    note: field(fc.string({ maxLength: 4 })),
    by: field(fc.constantFrom('mia', 'x')),
    other: fc.option(fc.constantFrom('id', 'constructor', '__proto__', 'toString', 'comment'), { freq: 4 }),
  },
  { requiredKeys: [] },
).map(({ other, ...entry }) => (other ? Object.defineProperty(entry, other, { value: 1, enumerable: true }) : entry));

describe('plain check-ins and measurements', () => {
  it('call plain only what their schema takes as it is', () => {
    for (const [plain, schema] of [
      [isPlainCheckin, CheckinSchema],
      [isPlainMeasurement, MeasurementSchema],
    ] as const) {
      fc.assert(
        fc.property(anyEntry, (entry) => {
          if (!plain(entry)) return true;
          const result = schema.safeParse(entry);
          return result.success && JSON.stringify(Object.entries(result.data).sort()) === JSON.stringify(Object.entries(entry).sort());
        }),
        { numRuns: 20_000, seed: 20261123 },
      );
    }
  });

  it('call plain the entries people write', () => {
    const day = fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2099-12-31') }).map((d) => d.toISOString().slice(0, 10));
    const amount = fc.double({ min: -1e15, max: 1e15, noNaN: true });
    const checkin = fc.record(
      { date: day, value: fc.oneof(amount, fc.boolean()), confidence: fc.double({ min: 0, max: 1, noNaN: true }), note: fc.string(), by: fc.string({ minLength: 1 }) },
      { requiredKeys: ['date', 'value'] },
    );
    const measurement = fc.record({ date: day, value: amount, note: fc.string() }, { requiredKeys: ['date', 'value'] });
    fc.assert(fc.property(checkin, (entry) => isPlainCheckin(entry) && CheckinSchema.safeParse(entry).success), { numRuns: 2000, seed: 1 });
    fc.assert(fc.property(measurement, (entry) => isPlainMeasurement(entry) && MeasurementSchema.safeParse(entry).success), { numRuns: 2000, seed: 2 });
  });

  it.each([
    ['a date that is not a real day', { date: '2026-02-30', value: 1 }],
    ['a value written as text', { date: '2026-10-03', value: '1,000' }],
    ['a confidence above 1', { date: '2026-10-03', value: 1, confidence: 80 }],
    ['a value beyond 1e15', { date: '2026-10-03', value: 1.7e308 }],
    ['a value below -1e15', { date: '2026-10-03', value: -2e15 }],
    ['an empty author', { date: '2026-10-03', value: 1, by: '' }],
    ['an unknown field', { date: '2026-10-03', value: 1, comment: 'x' }],
    ['no value', { date: '2026-10-03' }],
    ['no date', { value: 1 }],
  ])('leave a check-in with %s to the schema', (_, entry) => {
    expect(isPlainCheckin(entry)).toBe(false);
    expect(CheckinSchema.safeParse(entry).success).toBe(false);
  });

  it('set plain lists aside and put them back into what the schema made', () => {
    const plain = [{ date: '2026-10-03', value: 2 }];
    const odd = [{ date: '2026-10-03', value: 'two' }];
    const aside = setAsideCheckins<{ key_results: { checkins: unknown[] }[] }>({ title: 't', key_results: [{ checkins: plain }, { checkins: odd }] });
    expect(aside?.value).toEqual({ title: 't', key_results: [{ checkins: [] }, { checkins: odd }] });
    expect(aside?.restore({ key_results: [{ checkins: [] }, { checkins: ['checked'] }] })).toEqual({ key_results: [{ checkins: plain }, { checkins: ['checked'] }] });
    expect(setAsideCheckins({ key_results: [{ checkins: odd }] })).toBeNull();
    expect(setAsideMeasurements({ measurements: [{ date: '2026-10-03', value: 1, note: 'ok' }] })?.value).toEqual({ measurements: [] });
    expect(setAsideMeasurements({ measurements: [{ date: '2026-10-03', value: true }] })).toBeNull();
  });

  it('load a file the same, and word its problems the same, whether its lists are set aside or not', () => {
    const objective = (checkins: string, extra = '') =>
      `---\ntitle: Grow${extra}\nkey_results:\n  - title: Revenue\n    start: 0\n    target: 10\n    checkins:\n${checkins}\n  - title: Other\n    target: 5\n---\n`;
    const plain = '      - { date: 2026-10-03, value: 2, confidence: 0.5, note: fine, by: mia }';
    const odd = '      - { date: 2026-10-03, value: 2, confidence: 50 }';
    const load = (text: string) => loadRepository([{ path: 'objectives/2026-q4/web/grow.md', text }]);

    const read = load(objective(plain));
    expect(read.problems).toEqual([]);
    expect(read.objectives[0]?.data.keyResults[0]?.checkins).toEqual([{ date: '2026-10-03', value: 2, confidence: 0.5, note: 'fine', by: 'mia' }]);
    expect(read.objectives[0]?.data.keyResults[1]?.checkins).toEqual([]);

    // A problem elsewhere in the file is found with the list set aside, at its own line.
    const elsewhere = load(objective(plain, '\ntitel: typo'));
    expect(elsewhere.problems.map((p) => [p.line, p.message])).toEqual([[3, 'unknown field "titel"']]);

    // A list that is not plain goes through the schema, which words its problem.
    const checked = load(objective(odd));
    expect(checked.problems.map((p) => [p.line, p.column, p.message])).toEqual([[8, 51, '"confidence" must be at most 1, not 50']]);
  });
});
