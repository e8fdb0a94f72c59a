import { kindSummary } from '../lib/kind-summary.js';

/**
 * When the period page filters its rows in place, its committed/aspirational line and its list of
 * missed committed objectives follow and describe the objectives shown, as the filtered page's do.
 */
const line = document.querySelector<HTMLElement>('[data-kind-summary][data-phase]');
const table = document.querySelector('main');
const phase = line?.dataset.phase;
if (line && table && (phase === 'before' || phase === 'during' || phase === 'after')) {
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-objective]')];
  const update = (): void => {
    const shown = rows
      .filter((row) => !row.hidden)
      .map((row) => ({
        kind: row.dataset.kind ?? '',
        status: row.querySelector<HTMLElement>('[data-state]')?.dataset.state ?? '',
        score: Number(row.dataset.score),
        weight: Number(row.dataset.weight),
      }));
    line.textContent = kindSummary(shown, phase);
    // The missed committed objectives listed are those shown, too.
    const missed = document.querySelector<HTMLElement>('[data-missed-committed]');
    if (missed) {
      const items = [...missed.querySelectorAll<HTMLElement>('li[data-missed]')];
      for (const item of items) {
        const hidden = rows.find((row) => row.dataset.objective === item.dataset.missed)?.hidden ?? false;
        if (item.hidden !== hidden) item.hidden = hidden;
      }
      const none = items.every((item) => item.hidden);
      if (missed.hidden !== none) missed.hidden = none;
    }
  };
  // Only a row's change counts: the list's own items change here too, and must not start another round.
  const isRow = (node: Node): boolean => node instanceof HTMLTableRowElement && node.dataset.objective !== undefined;
  new MutationObserver((records) => {
    if (records.some((record) => isRow(record.target))) update();
  }).observe(table, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
}
