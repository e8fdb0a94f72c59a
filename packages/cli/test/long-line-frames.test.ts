/**
 * A problem in a file with very long lines: the code frame shows a window around the column,
 * never the whole line (a one-line 6 MB JSON with a typo printed 12 MB: the line and a caret
 * line of six million spaces).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFrame } from '../src/format/code-frame.js';
import { fixture } from './run-cairn.js';
import { runMain } from './run-main.js';

describe('code frames of long lines', () => {
  it('show a window around the column, with the caret under the right character', () => {
    const line = `${'a'.repeat(3_000_000)}X${'b'.repeat(3_000_000)}`;
    const frame = codeFrame(`first\n${line}\nlast`, 2, 3_000_001);
    expect(frame.length).toBeLessThan(600);
    const rows = frame.split('\n');
    const shown = rows.find((row) => row.startsWith('>')) as string;
    const caret = rows.find((row) => row.includes('^')) as string;
    expect(shown).toContain('…aaaa');
    expect(shown.endsWith('bbb…')).toBe(true);
    expect(shown[caret.indexOf('^')]).toBe('X');
  });

  it('leave short lines whole', () => {
    expect(codeFrame('a: 1\nb: [\nc: 3', 2, 4)).toBe('  1 | a: 1\n> 2 | b: [\n    |    ^\n  3 | c: 3');
  });

  it('keep cairn validate of a one-line JSON with a typo to a few lines', async () => {
    const goals = mkdtempSync(join(tmpdir(), 'cairn-long-line-'));
    try {
      cpSync(fixture('valid'), goals, { recursive: true });
      const values = Array.from({ length: 10_000 }, (_, i) => `{"date": "2026-10-${String(1 + (i % 28)).padStart(2, '0')}", "value": ${i}}`).join(', ');
      writeFileSync(join(goals, 'kpis/big.json'), `{"title": "Big", "owner": "dana", "frequency": "daily", "target": 1, "measurements": [${values}, {"date": "2026-10-01" "value": 1}]}`);
      const result = await runMain(['validate', goals, '--no-cache']);
      expect(result.code).toBe(1);
      expect(result.stdout.length).toBeLessThan(2000);
      expect(result.stdout).toContain('kpis/big.json:1:');
    } finally {
      rmSync(goals, { recursive: true, force: true });
    }
  });
});
