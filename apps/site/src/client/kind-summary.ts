import { kindSummary } from '../lib/kind-summary.js';

/**
 * When the period page filters its rows in place, its committed/aspirational line follows and
 * describes the objectives shown, as the filtered page's own line does after a reload.
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
  };
  new MutationObserver(update).observe(table, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
}
