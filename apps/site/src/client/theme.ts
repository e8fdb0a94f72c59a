/**
 * Remembers the reader's theme choice across pages and passes it to the elements (their
 * `theme` attribute reaches the elements nested inside them, which page CSS cannot).
 */
const KEY = 'cairn-theme';
const TAGS = 'okr-tree, okr-card, okr-progress, kpi-gauge, kpi-trend, kpi-board';

function apply(choice: string): void {
  for (const element of document.querySelectorAll(TAGS)) {
    if (choice === 'light' || choice === 'dark') element.setAttribute('theme', choice);
    else element.removeAttribute('theme');
  }
}

function stored(): string {
  try {
    return localStorage.getItem(KEY) ?? 'auto';
  } catch {
    return 'auto';
  }
}

const initial = stored();
const radio = document.querySelector<HTMLInputElement>(`input[name="theme"][value="${initial}"]`);
if (radio) radio.checked = true;
apply(initial);

document.addEventListener('change', (event) => {
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || target.name !== 'theme') return;
  try {
    localStorage.setItem(KEY, target.value);
  } catch {
    // Private modes may refuse storage: the choice then holds for this page only.
  }
  apply(target.value);
});
