import { describe, expect, it } from 'vitest';
import { checkRepository, editLink, loadRepository } from '../index.js';

const base = [
  { path: 'periods.yaml', text: '- { id: 2026-q4, start: 2026-10-01, end: 2026-12-31 }\n' },
  { path: 'teams.yaml', text: '- { id: acme, name: Acme }\n' },
];

const problemsOf = (config: string, extra: { path: string; text: string }[] = []) =>
  checkRepository(loadRepository([...base, ...extra, { path: 'cairn.config.yaml', text: config }])).map(({ message, suggestion, file, line, column }) => ({ message, suggestion, file, line, column }));

describe('the site block of cairn.config.yaml', () => {
  it('accepts every setting a company needs', () => {
    const config = [
      'visibility: public',
      'site:',
      '  title: Acme goals',
      '  description: What Acme is working on',
      '  url: https://goals.acme.example/okrs/',
      '  repository: https://github.com/acme/goals',
      '  branch: trunk',
      '  directory: goals',
      '  locale: de-DE',
      '  base: /okrs/',
      '  logo: assets/logo.svg',
      '  audience: internal',
      '',
    ].join('\n');
    const repo = loadRepository([...base, { path: 'cairn.config.yaml', text: config }]);
    expect(checkRepository(repo)).toEqual([]);
    expect(repo.config.site).toMatchObject({ base: '/okrs/', logo: 'assets/logo.svg', audience: 'internal', branch: 'trunk' });
  });

  it('reports each bad setting at its line and column, in words', () => {
    const config = ['site:', '  url: goals.acme.example', '  base: goals', '  logo: ../secret/logo.png', '  audience: everyone', '  edit_url: https://git.example/edit', 'visibility: secret', ''].join('\n');
    expect(problemsOf(config)).toEqual([
      { message: '"url" must be an absolute http or https address, like https://goals.example.com (got "goals.acme.example")', suggestion: undefined, file: 'cairn.config.yaml', line: 2, column: 8 },
      { message: '"base" must be a path that starts and ends with "/", like "/" or "/goals/" (got "goals")', suggestion: undefined, file: 'cairn.config.yaml', line: 3, column: 9 },
      {
        message: '"logo" must be the path of a picture inside the goals folder (svg, png, jpg, webp, gif, avif or ico), like "assets/logo.svg" (got "../secret/logo.png")',
        suggestion: undefined,
        file: 'cairn.config.yaml',
        line: 4,
        column: 9,
      },
      { message: '"audience" must be one of public, internal, not "everyone"', suggestion: undefined, file: 'cairn.config.yaml', line: 5, column: 13 },
      {
        message: '"edit_url" must be an http or https address holding {path}, like https://github.com/acme/goals/edit/{branch}/{path} (got "https://git.example/edit")',
        suggestion: undefined,
        file: 'cairn.config.yaml',
        line: 6,
        column: 13,
      },
      { message: '"visibility" must be one of public, internal, not "secret"', suggestion: undefined, file: 'cairn.config.yaml', line: 7, column: 13 },
    ]);
  });

  it('suggests the right name for a misspelt site setting', () => {
    expect(problemsOf('site:\n  repo: https://github.com/acme/goals\n')).toEqual([
      { message: 'unknown field "repo" in site', suggestion: expect.stringContaining('repository'), file: 'cairn.config.yaml', line: 2, column: 3 },
    ]);
  });

  it('checks visibility and values on objectives, key results and KPIs', () => {
    const objective = {
      path: 'objectives/2026-q4/acme/grow.md',
      text: '---\ntitle: Grow\nvisibility: private\nkey_results:\n  - { title: Revenue, target: 10, values: secret }\n---\n',
    };
    const kpi = { path: 'kpis/cash.yaml', text: 'title: Cash\nvalues: hiden\n' };
    expect(problemsOf('organisation: Acme\n', [objective, kpi])).toEqual([
      { message: '"values" must be one of shown, hidden, not "hiden"', suggestion: 'did you mean "hidden"?', file: 'kpis/cash.yaml', line: 2, column: 9 },
      { message: '"visibility" must be one of public, internal, not "private"', suggestion: undefined, file: 'objectives/2026-q4/acme/grow.md', line: 3, column: 13 },
      { message: '"values" must be one of shown, hidden, not "secret"', suggestion: undefined, file: 'objectives/2026-q4/acme/grow.md', line: 5, column: 43 },
    ]);
  });
});

describe('edit links', () => {
  it('follow GitHub and GitLab patterns, the branch and the folder inside the repository', () => {
    expect(editLink({ repository: 'https://github.com/acme/goals' }, 'objectives/2026-q4/acme/eco leader.md')).toBe('https://github.com/acme/goals/edit/main/objectives/2026-q4/acme/eco%20leader.md');
    expect(editLink({ repository: 'https://gitlab.com/acme/goals.git', branch: 'trunk', directory: 'okrs' }, 'kpis/uptime.yaml')).toBe('https://gitlab.com/acme/goals/-/edit/trunk/okrs/kpis/uptime.yaml');
    expect(editLink({ repository: 'https://git.example/acme/goals', edit_url: 'https://git.example/acme/goals/_edit/{branch}/{path}' }, 'teams.yaml')).toBe('https://git.example/acme/goals/_edit/main/teams.yaml');
  });

  it('are absent when the host is not known and no pattern is given', () => {
    expect(editLink({ repository: 'https://git.example/acme/goals' }, 'teams.yaml')).toBeNull();
    expect(editLink(undefined, 'teams.yaml')).toBeNull();
    expect(editLink({}, 'teams.yaml')).toBeNull();
  });
});
