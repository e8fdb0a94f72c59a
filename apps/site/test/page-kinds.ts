/** One page of each kind in the demo site, as paths under the base. */
export const PAGE_KINDS: Record<string, string> = {
  home: '',
  periods: 'periods/',
  period: 'periods/2026-q4/',
  'period filtered': 'periods/2026-q4/status/at-risk/',
  teams: 'teams/',
  team: 'teams/sales/',
  objective: 'objectives/2026-q4/eco-leader/',
  kpis: 'kpis/',
  kpi: 'kpis/customer-satisfaction/',
  alignment: 'alignment/2026-q4/',
  api: 'api/',
  search: 'search/',
  about: 'about/',
};
