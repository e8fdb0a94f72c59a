import { describe, expect, it } from 'vitest';
import { checkRepository, loadRepository } from '../index.js';

const base = [
  { path: 'periods.yaml', text: '- { id: 2026-q4, start: 2026-10-01, end: 2026-12-31 }\n' },
  { path: 'teams.yaml', text: '- { id: acme, name: Acme }\n' },
  {
    path: 'objectives/2026-q4/acme/grow-revenue.md',
    text: '---\ntitle: Grow revenue\nkey_results:\n  - { id: repeat-rate, title: Repeat rate, target: 30 }\n  - { id: order-value, title: Order value, target: 60 }\n---\n',
  },
  { path: 'objectives/2026-q4/acme/umbrella.md', text: '---\ntitle: Be loved\n---\n' },
];

const parentProblem = (parent: string) => {
  const files = [...base, { path: 'objectives/2026-q4/acme/child.md', text: `---\ntitle: Child\nparent: ${parent}\nkey_results:\n  - { id: a, title: A, target: 1 }\n  - { id: b, title: B, target: 2 }\n---\n` }];
  const problems = checkRepository(loadRepository(files), { asOf: '2026-11-15' }).filter((p) => p.code === 'unknown-key-result');
  expect(problems).toHaveLength(1);
  return { message: problems[0]?.message, suggestion: problems[0]?.suggestion };
};

describe('a parent key result that does not exist', () => {
  it('a near match is suggested', () => {
    expect(parentProblem('grow-revenue#repeat-rat')).toEqual({ message: 'unknown key result "grow-revenue#repeat-rat"', suggestion: 'did you mean "grow-revenue#repeat-rate"?' });
  });

  it("without one, the objective's key results are listed, as cairn checkin lists them", () => {
    expect(parentProblem('grow-revenue#new-buyers')).toEqual({
      message: 'unknown key result "grow-revenue#new-buyers"',
      suggestion: 'the key results of grow-revenue are grow-revenue#repeat-rate, grow-revenue#order-value',
    });
  });

  it('an objective without key results: align to the objective itself', () => {
    expect(parentProblem('umbrella#love')).toEqual({ message: 'unknown key result "umbrella#love"', suggestion: 'the objective umbrella has no key results: align to the objective itself (parent: umbrella)' });
  });
});
