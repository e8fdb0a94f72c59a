import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, settle, shadow, snapshot } from '../../test/browser-helpers.js';
import '../index.js';
import type { SnapshotObjective } from './snapshot.js';
import { statusLook } from './status.js';

afterEach(cleanup);

const objectives = (snapshot as { objectives: SnapshotObjective[] }).objectives;
const GRADE_TONE: Record<string, string> = { green: 'good', yellow: 'warn', red: 'bad' };

/** The tree's row for an objective (its key is a path through the tree). */
function treeRow(tree: HTMLElement, o: SnapshotObjective): Element {
  const row = [...shadow(tree).querySelectorAll('[role="treeitem"][data-kind="objective"]')].find((r) => r.getAttribute('aria-label')?.startsWith(`${o.title}, objective`));
  if (!row) throw new Error(`the tree shows no row for ${o.id}`);
  return row;
}

/** The fill colour of the bar each element draws for one objective. */
async function colours(o: SnapshotObjective): Promise<Record<'tree' | 'card' | 'progress', { tone: string | null; fill: string }>> {
  document.body.innerHTML = `
    <okr-tree period="all"></okr-tree>
    <okr-card objective="${o.id}"></okr-card>
    <okr-progress objective="${o.id}"></okr-progress>`;
  const [tree, card, progress] = [...document.body.children] as (HTMLElement & { data: unknown })[];
  // The tree gets the objective alone, so its row is drawn however deep it sits in the demo tree.
  tree!.data = { ...(snapshot as object), objectives: [{ ...o, parent: null }] };
  for (const el of [card!, progress!]) el.data = snapshot;
  for (const el of [tree!, card!, progress!]) await settle(el);
  const cardBar = shadow(card!).querySelector<HTMLElement>('okr-progress[part="progress"]')!;
  await settle(cardBar);
  const row = treeRow(tree!, o);
  const bar = (el: HTMLElement): { tone: string | null; fill: string } => ({
    tone: shadow(el).querySelector('.progress')?.getAttribute('data-tone') ?? null,
    fill: getComputedStyle(shadow(el).querySelector('[part="fill"]')!).fill,
  });
  return {
    tree: { tone: row.getAttribute('data-tone'), fill: getComputedStyle(row.querySelector('.fill')!).fill },
    card: bar(cardBar),
    progress: bar(progress!),
  };
}

describe('one colour rule for objectives', () => {
  // Objectives whose grade colour and status disagree are the ones that used to differ.
  const disagreeing = objectives.filter((o) => GRADE_TONE[o.colour] !== statusLook(o.status).tone).slice(0, 6);

  it('the demo data has objectives whose grade colour and status disagree', () => {
    expect(disagreeing.length).toBeGreaterThan(3);
  });

  it.each(disagreeing.map((o) => [o.id, o.colour, o.status, o] as const))(
    '%s (%s grade, %s) has its status colour in the tree, the card and the bar',
    async (_id, _colour, status, o) => {
      const seen = await colours(o);
      const tone = statusLook(status).tone;
      expect(seen.tree.tone).toBe(tone);
      expect(seen.card.tone).toBe(tone);
      expect(seen.progress.tone).toBe(tone);
      expect(new Set([seen.tree.fill, seen.card.fill, seen.progress.fill]).size, JSON.stringify(seen)).toBe(1);
    },
  );

  it('shows the grade in words and an icon where the colour does not carry it', async () => {
    const o = disagreeing.find((x) => x.period === '2026-q4')!;
    await colours(o);
    const [tree, card] = [...document.body.children] as HTMLElement[];
    const row = treeRow(tree!, o);
    expect(row.getAttribute('aria-label')).toContain(`grade ${o.grade.toFixed(1)} ${o.colour}`);
    expect(row.querySelector('.grade svg.cairn-icon')).not.toBeNull();
    const grade = [...shadow(card!).querySelectorAll('[part="facts"] div')].find((d) => d.querySelector('dt')?.textContent === 'Grade');
    expect(grade?.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(`${o.grade.toFixed(1)} ${o.colour}`);
    expect(grade?.querySelector('svg.cairn-icon')).not.toBeNull();
  });
});
