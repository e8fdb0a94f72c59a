// The intranet page's own script, in a file: a strict Content-Security-Policy blocks inline <script>.
// Listen to what readers pick, the way an intranet page would.
document.addEventListener('okr-select', (event) => console.info('okr-select', event.detail.id));
document.addEventListener('kpi-select', (event) => console.info('kpi-select', event.detail.id));
const button = document.getElementById('theme');
button.addEventListener('click', () => {
  const dark = document.body.classList.toggle('dark');
  for (const el of document.querySelectorAll('okr-tree, okr-card, okr-progress, kpi-gauge, kpi-trend, kpi-board')) el.setAttribute('theme', dark ? 'dark' : 'light');
  button.textContent = dark ? 'Switch to light' : 'Switch to dark';
});
