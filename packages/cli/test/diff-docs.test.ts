import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { runMain } from './run-main.js';

test('docs/cli.md has a section for diff and codeowners naming every option their --help lists', async () => {
  const doc = readFileSync(new URL('../../../docs/cli.md', import.meta.url), 'utf8');
  const missing: string[] = [];
  for (const command of ['diff', 'codeowners']) {
    expect(doc).toContain(`## \`cairn ${command}\``);
    const help = await runMain([command, '--help']);
    expect(help.code).toBe(0);
    for (const [option] of help.stdout.matchAll(/--[a-z][a-z-]+/g)) {
      if (option !== '--help' && !doc.includes(option)) missing.push(`${command} ${option}`);
    }
  }
  expect(missing).toEqual([]);
  for (const rule of ['closed_period_targets', 'closed_period_checkin', 'unexplained_score_change', 'moved_goalposts', 'moved_kpi_goalposts']) expect(doc).toContain(`| \`${rule}\` |`);
});

test('docs/editors.md shows the template’s VS Code settings and task as they are', () => {
  const editors = readFileSync(new URL('../../../docs/editors.md', import.meta.url), 'utf8');
  const settings = JSON.parse(readFileSync(new URL('../../../examples/goals-repo/.vscode/settings.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const blocks = [...editors.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse((m[1] ?? '').replace(/^ {2}/gm, '')) as Record<string, unknown>);
  expect(blocks[0]?.['yaml.schemas']).toEqual(settings['yaml.schemas']);
  expect(blocks[0]?.['json.schemas']).toEqual(settings['json.schemas']);
  const tasks = JSON.parse(readFileSync(new URL('../../../examples/goals-repo/.vscode/tasks.json', import.meta.url), 'utf8')) as { tasks: { command: string; problemMatcher: unknown }[] };
  const shown = blocks[1] as { tasks: { command: string; problemMatcher: unknown }[] };
  expect(shown.tasks[0]?.command).toBe(tasks.tasks[0]?.command);
  expect(shown.tasks[0]?.problemMatcher).toEqual(tasks.tasks[0]?.problemMatcher);
});
