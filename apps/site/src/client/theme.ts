/**
 * Remembers the reader's theme choice across pages. The choice itself needs no script: the
 * radios' state sets the page's `--cairn-*` tokens through CSS, and every element, nested ones
 * included, inherits them through its shadow root.
 */
const KEY = 'cairn-theme';

function stored(): string {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

const radio = document.querySelector<HTMLInputElement>(`input[name="theme"][value="${stored()}"]`);
if (radio) radio.checked = true;

document.addEventListener('change', (event) => {
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || target.name !== 'theme') return;
  try {
    localStorage.setItem(KEY, target.value);
  } catch {
    // Private modes may refuse storage: the choice then holds for this page only.
  }
});
