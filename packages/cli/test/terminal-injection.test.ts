/**
 * Goals files are edited by many hands: a title, a file name or a line shown in a code frame
 * must never send raw control characters (ESC sequences, C1, bidi overrides) to the terminal.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeControl, escapeControlInJson, escapeControlKeepingColours, escapeControlKeepingLines } from '../src/format/escape-control.js';
import { processOutput } from '../src/output.js';
import { fixture, makeTempDir, removeTempDir } from './run-cairn.js';
import { runMain } from './run-main.js';

/** Any character a terminal would act on, other than the line feeds between lines. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

let work: string;
let goals: string;

beforeAll(async () => {
  work = await makeTempDir();
  goals = join(work, 'goals');
  await cp(fixture('valid'), goals, { recursive: true });
  const objective = join(goals, 'objectives', '2026-q4', 'umbrella', 'grow-revenue.md');
  // YAML's \e, \a and \n escapes put ESC, BEL and a line feed into the title itself.
  const text = await readFile(objective, 'utf8');
  await writeFile(objective, text.replace('title: Grow recurring revenue', 'title: "Grow \\e[2J\\e]0;pwned\\a revenue\\nFAKE  row  1.00"'));
  const kpi = join(goals, 'kpis', 'page-load.yaml');
  await writeFile(kpi, (await readFile(kpi, 'utf8')).replace('title: Checkout page load time', 'title: "Checkout \\u202Eemit daol\\u009b2J"'));
});

afterAll(async () => {
  await removeTempDir(work);
});

describe('cairn score shows control characters in titles escaped', () => {
  it('an objective title with ESC sequences, BEL and a line feed stays one row, its controls written out', async () => {
    const result = await runMain(['score', goals]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    const row = result.stdout.split('\n').find((line) => line.startsWith('Grow '));
    expect(row).toMatch(/^Grow \\x1b\[2J\\x1b\]0;pwned\\x07 revenue\\nFAKE {2}row {2}1\.00\s+umbrella\s+committed\s+0\.67 /);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('FAKE'))).toEqual([]);
  });

  it('a KPI title with a right-to-left override and a C1 CSI shows both as escapes', async () => {
    const result = await runMain(['score', goals]);
    expect(result.stdout).toContain('Checkout \\u202eemit daol\\x9b2J');
  });

  it('with colour forced, the only escape sequences are its own colours', async () => {
    const result = await runMain(['score', goals], { env: { FORCE_COLOR: '1' } });
    expect(result.stdout).toContain('\u001b[32m');
    const sequences = [...result.stdout.matchAll(/\u001b[^m]*m?/g)].map((m) => m[0]);
    expect(sequences.filter((sequence) => !/^\u001b\[[0-9;]*m$/.test(sequence))).toEqual([]);
    expect(result.stdout).toContain('\\x1b[2J');
  });

  it('--format json keeps the title, and writes the override and C1 as \\u escapes', async () => {
    const result = await runMain(['score', goals, '--format', 'json']);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).toContain('\\u202e');
    const json = JSON.parse(result.stdout) as { objectives: { title: string }[]; kpis: { title: string }[] };
    expect(json.objectives[0]?.title).toBe('Grow \u001b[2J\u001b]0;pwned\u0007 revenue\nFAKE  row  1.00');
    expect(json.kpis.map((k) => k.title)).toContain('Checkout \u202Eemit daol\u009b2J');
  });

  it('an unknown --team holding an ESC sequence is quoted escaped in the usage error', async () => {
    const result = await runMain(['score', goals, '--team', '\u001b[2Jx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: unknown team "\\x1b\[2Jx"/);
    expect(result.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('cairn validate shows control characters in files escaped', () => {
  let broken: string;
  let named: string;

  beforeAll(async () => {
    named = join(work, 'named');
    await cp(fixture('valid'), named, { recursive: true });
    await writeFile(join(named, 'kpis', 'odd\u001b[2J.yaml'), 'title: Odd\n');
    broken = join(work, 'broken');
    await cp(fixture('valid'), broken, { recursive: true });
    // Raw ESC bytes in a comment and in a quoted value, before the column of a real mistake.
    await writeFile(
      join(broken, 'kpis', 'page-load.yaml'),
      'title: Page load\nowner: cy\nteam: web\ndirection: decrease\ntarget: 1.5\nfrequency: monthly\nmeasurements:\n  - { date: 2026-08-31, value: 2.8 } # \u001b[2J\u001b]0;pwned\u0007\n  - { value: "\u001b[2J", date: 2026-13-45 }\n',
    );
  });

  it('the code frame writes the raw bytes out and keeps the caret under the mistake', async () => {
    const result = await runMain(['validate', broken]);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    const lines = result.stdout.split('\n');
    const head = lines.findIndex((line) => line.includes('page-load.yaml:9:28 error'));
    expect(head).toBeGreaterThan(-1);
    expect(lines.slice(head + 1, head + 4)).toEqual([
      '     8 |   - { date: 2026-08-31, value: 2.8 } # \\x1b[2J\\x1b]0;pwned\\x07',
      '  >  9 |   - { value: "\\x1b[2J", date: 2026-13-45 }',
      `       | ${' '.repeat('  - { value: "\\x1b[2J", date: '.length)}^`,
    ]);
  });

  it('a file name holding an ESC sequence is printed escaped', async () => {
    const result = await runMain(['validate', named]);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).toContain('kpis/odd\\x1b[2J.yaml:');
  });

  it('--format github escapes them in the annotations too', async () => {
    const result = await runMain(['validate', named, '--format', 'github']);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).toMatch(/^::warning file=.*kpis\/odd\\x1b\[2J\.yaml,line=1,col=\d+,title=cairn /m);
  });
});

describe('the output streams, the last guard', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { isTTY, written, write: (text: string) => written.push(text) };
  };

  it('to a terminal, write out any control character a command left raw, and keep the colours', () => {
    const [stdout, stderr] = [stream(true), stream(true)];
    const output = processOutput({ stdout, stderr }, { FORCE_COLOR: '1' });
    output.out(`title \u001b]0;pwned\u0007 \u001b[2J ${output.colours.green('ok')}`);
    output.err('row\u009b2J\u202e');
    expect(stdout.written).toEqual(['title \\x1b]0;pwned\\x07 \\x1b[2J \u001b[32mok\u001b[39m\n']);
    expect(stderr.written).toEqual(['row\\x9b2J\\u202e\n']);
  });

  it('to a file or a pipe, write the text exactly, so data piped on is not changed', () => {
    const [stdout, stderr] = [stream(false), stream(false)];
    const output = processOutput({ stdout, stderr }, {});
    output.out('Name,\u200fשלום\u001b');
    expect(stdout.written).toEqual(['Name,\u200fשלום\u001b\n']);
  });

  it('escapeControlKeepingColours keeps only colour sequences', () => {
    expect(escapeControlKeepingColours('\u001b[1;31mred\u001b[0m \u001b[2K\r\ttab\nline')).toBe('\u001b[1;31mred\u001b[0m \\x1b[2K\\r\ttab\nline');
  });
});

describe('escapeControl', () => {
  it('writes C0, DEL and C1 controls as \\xHH, and tab, CR and LF by name', () => {
    expect(escapeControl('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009bg')).toBe('a\\x00b\\x07c\\x1bd\\x7fe\\x85f\\x9bg');
    expect(escapeControl('1\t2\r3\n4')).toBe('1\\t2\\r3\\n4');
  });

  it('writes bidirectional marks and overrides and the line separators as \\uHHHH', () => {
    expect(escapeControl('\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029')).toBe(
      '\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c\\u2028\\u2029',
    );
  });

  it('leaves printable text alone, accents, emoji and right-to-left letters included', () => {
    const text = 'Café ★ → 日本 🚀 עברית \\x1b as typed';
    expect(escapeControl(text)).toBe(text);
  });

  it('keeps line feeds and tabs when asked to', () => {
    expect(escapeControlKeepingLines('a\tb\nc\u001b[0m\r')).toBe('a\tb\nc\\x1b[0m\\r');
  });

  it('in JSON text, escapes what JSON.stringify leaves raw, and the text parses to the same value', () => {
    const value = { title: 'a\u007f\u009b\u202e\u2028b', list: [1, 'c\u001b'] };
    const json = escapeControlInJson(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json)).toEqual(value);
  });
});
