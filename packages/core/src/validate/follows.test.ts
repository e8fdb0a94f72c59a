import { describe, expect, it } from 'vitest';
import { buildSnapshot, checkRepository, loadRepository, snapshotForAudience } from '../index.js';

const files = (q1: string, extra: { path: string; text: string }[] = []) => [
  { path: 'periods.yaml', text: '- { id: 2026-q4, start: 2026-10-01, end: 2026-12-31 }\n- { id: 2027-q1, start: 2027-01-01, end: 2027-03-31 }\n' },
  { path: 'teams.yaml', text: '- { id: acme, name: Acme }\n' },
  {
    path: 'objectives/2026-q4/acme/faster-checkout.md',
    text: '---\ntitle: Faster checkout\nowner: mia\nretrospective: |\n  We cut the page weight by half.\n  **Two engineers** were pulled into an incident.\nkey_results:\n  - { id: a, title: A, target: 10, checkins: [{ date: 2026-12-20, value: 4 }] }\n  - { id: b, title: B, target: 10 }\n---\n',
  },
  { path: 'objectives/2027-q1/acme/faster-checkout-q1.md', text: `---\ntitle: Faster checkout, again\nowner: mia\n${q1}key_results:\n  - { id: a, title: A, target: 10 }\n  - { id: b, title: B, target: 10 }\n---\n` },
  ...extra,
];
const problems = (q1: string, extra: { path: string; text: string }[] = []) =>
  checkRepository(loadRepository(files(q1, extra)), { asOf: '2027-01-10' })
    .filter((p) => p.code.includes('follows') || p.code === 'unknown-objective')
    .map((p) => ({ code: p.code, severity: p.severity, message: p.message, suggestion: p.suggestion, line: p.line }));

describe('follows: an objective carried on from an earlier period', () => {
  it('names an objective of an earlier period: no problem, and the snapshot links both ways', () => {
    expect(problems('follows: faster-checkout\n')).toEqual([]);
    const snapshot = buildSnapshot(loadRepository(files('follows: faster-checkout\n')), '2027-01-10');
    const q4 = snapshot.objectives.find((o) => o.id === 'faster-checkout');
    const q1 = snapshot.objectives.find((o) => o.id === 'faster-checkout-q1');
    expect(q1?.follows).toBe('faster-checkout');
    expect(q4?.followedBy).toEqual(['faster-checkout-q1']);
    expect(q4?.follows).toBeNull();
    expect(q4?.retrospective).toBe('We cut the page weight by half.\n**Two engineers** were pulled into an incident.\n');
    expect(q1?.retrospective).toBeNull();
  });

  it('an unknown id is an error with a near match', () => {
    expect(problems('follows: faster-checkut\n')).toEqual([
      { code: 'unknown-objective', severity: 'error', message: 'unknown objective "faster-checkut"', suggestion: 'did you mean "faster-checkout"?', line: 4 },
    ]);
  });

  it('itself is an error', () => {
    expect(problems('follows: faster-checkout-q1\n')).toEqual([
      { code: 'follows-itself', severity: 'error', message: 'an objective cannot carry on itself', suggestion: 'name the objective of an earlier period that this one carries on', line: 4 },
    ]);
  });

  it('an objective of a period that does not end before this one starts is a warning that points at parent', () => {
    const later = { path: 'objectives/2027-q1/acme/other.md', text: '---\ntitle: Other\nowner: mia\nkey_results:\n  - { id: a, title: A, target: 1 }\n  - { id: b, title: B, target: 1 }\n---\n' };
    expect(problems('follows: other\n', [later])).toEqual([
      {
        code: 'follows-period',
        severity: 'warning',
        message: 'this objective carries on "other" of period 2027-q1 (2027-01-01 to 2027-03-31), which does not end before this objective\'s period 2027-q1 starts (2027-01-01)',
        suggestion: 'follows names an objective of an earlier period; to align this objective with another, use parent',
        line: 4,
      },
    ]);
  });

  it('a public build forgets a link to an internal objective', () => {
    const internal = files('follows: faster-checkout\n').map((f) => (f.path.endsWith('faster-checkout.md') ? { ...f, text: f.text.replace('owner: mia\n', 'owner: mia\nvisibility: internal\n') } : f));
    const snapshot = snapshotForAudience(buildSnapshot(loadRepository(internal), '2027-01-10'), 'public');
    expect(snapshot.objectives.map((o) => o.id)).toEqual(['faster-checkout-q1']);
    expect(snapshot.objectives[0]?.follows).toBeNull();
    expect(JSON.stringify(snapshot)).not.toContain('"faster-checkout"');
  });
});
