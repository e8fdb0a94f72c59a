import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cairn } from './capture.js';

describe('docs/cli.md documents the commands that write goals', () => {
  it('names every option their --help lists, and each --help shows an example', async () => {
    const doc = readFileSync(new URL('../../../../docs/cli.md', import.meta.url), 'utf8');
    const missing: string[] = [];
    for (const command of [
      ['checkin'],
      ['measure'],
      ['new', 'objective'],
      ['new', 'key-result'],
      ['new', 'kpi'],
      ['new', 'period'],
      ['new', 'team'],
      ['export', 'csv'],
      ['import', 'csv'],
    ]) {
      expect(doc).toContain(`cairn ${command.join(' ')}`);
      const help = await cairn([...command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`$ cairn ${command[0]}`);
      for (const [option] of help.stdout.matchAll(/--[a-z][a-z-]+/g)) {
        if (option !== '--help' && !doc.includes(`--${option.slice(2)}`)) missing.push(`${command.join(' ')} ${option}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
