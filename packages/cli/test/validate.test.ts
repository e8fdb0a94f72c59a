import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSI, expectNoCrash, fixture, makeTempDir, removeTempDir, type CairnResult } from './run-cairn.js';
import { runMain } from './run-main.js';

interface JsonProblem {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  suggestion: string | null;
  file: string;
  line: number;
  column: number;
}

/** The problem block of the pretty report that begins with `head`, up to the next blank line. */
function block(output: string, head: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith(head));
  if (start < 0) throw new Error(`no problem starting with ${JSON.stringify(head)} in:\n${output}`);
  const end = lines.findIndex((line, i) => i > start && line.trim() === '');
  return lines.slice(start, end < 0 ? undefined : end);
}

/**
 * The source text from the column the caret points at: reads the code frame line marked `>`
 * and the caret line under it, so a caret one column off makes the test fail.
 */
function textAtCaret(lines: readonly string[]): string {
  const marked = lines.findIndex((line) => /^\s+>\s*\d+ \|/.test(line));
  const source = lines[marked];
  const caret = lines[marked + 1];
  if (marked < 0 || source === undefined || caret === undefined) throw new Error(`no code frame in:\n${lines.join('\n')}`);
  const bar = source.indexOf('|');
  expect(caret.indexOf('|')).toBe(bar);
  expect(caret.trim()).toMatch(/^\|\s*\^$/);
  return source.slice(caret.indexOf('^'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An annotation line: exactly `head`, then a separator of a few characters, then the suggestion at the end. */
function withHint(head: string, suggestion: string): unknown {
  return expect.stringMatching(new RegExp(`^${escapeRegExp(head)}\\W.{0,12}${escapeRegExp(suggestion)}\\)?$`));
}

const ERROR_HEADS = [
  'kpis/latency.yaml:4:9 error "target" must be a plain number, not "1,000"',
  'objectives/2026-q4/core/faster-editor.md:4:9 error unknown objective "no-such-objective"',
  'objectives/2026-q4/core/faster-editor.md:8:10 error unknown KPI "latncy"',
  'objectives/2026-q4/core/ship-it.md:9:5 error unknown field "targt" in key_results #1',
];

describe('validate a valid repository', () => {
  it('exits 0 and says there are no problems', async () => {
    const result = await runMain(['validate', 'fixtures/valid']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ 11 files checked: no problems\n');
    expect(result.stderr).toBe('');
  });

  it('validates the current folder by default', async () => {
    const result = await runMain(['validate'], { cwd: fixture('valid') });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no problems');
  });

  it('--format json prints an empty list and --format github prints nothing', async () => {
    const [json, github] = await Promise.all([
      runMain(['validate', 'fixtures/valid', '--format', 'json']),
      runMain(['validate', 'fixtures/valid', '--format', 'github']),
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(json.stderr).toBe('');
    expect(github.code).toBe(0);
    expect(github.stdout).toBe('');
    expect(github.stderr).toBe('');
  });

  it('--strict passes when there are no warnings', async () => {
    const result = await runMain(['validate', 'fixtures/valid', '--strict']);
    expect(result.code).toBe(0);
  });
});

describe('validate a repository with errors (pretty)', () => {
  let result: CairnResult;
  beforeAll(async () => {
    result = await runMain(['validate', 'fixtures/errors']);
  });

  it('exits 1 and prints to stdout only', () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expectNoCrash(result);
  });

  it('reports every problem at once, in file order, as path:line:col error message (path relative to the cwd)', () => {
    const heads = result.stdout.split('\n').filter((line) => /^\S+:\d+:\d+ (error|warning) /.test(line));
    expect(heads).toEqual(ERROR_HEADS.map((head) => `fixtures/errors/${head}`));
  });

  it('shows a code frame with the caret under the exact column', () => {
    expect(textAtCaret(block(result.stdout, 'fixtures/errors/kpis/latency.yaml:4:9'))).toBe('"1,000"');
    expect(textAtCaret(block(result.stdout, 'fixtures/errors/objectives/2026-q4/core/faster-editor.md:4:9'))).toBe('no-such-objective');
    expect(textAtCaret(block(result.stdout, 'fixtures/errors/objectives/2026-q4/core/faster-editor.md:8:10'))).toBe('latncy');
    expect(textAtCaret(block(result.stdout, 'fixtures/errors/objectives/2026-q4/core/ship-it.md:9:5'))).toBe('targt: 500');
  });

  it('the code frame shows the line before and after, with line numbers', () => {
    const lines = block(result.stdout, 'fixtures/errors/kpis/latency.yaml:4:9');
    expect(lines.slice(1, 5)).toEqual(['    3 | direction: decrease', '  > 4 | target: "1,000"', '      |         ^', '    5 | frequency: weekly']);
  });

  it('gives the hint: suggestions', () => {
    expect(block(result.stdout, 'fixtures/errors/kpis/latency.yaml:4:9')).toContain('  hint: write 1000 (no quotes, thousands separators or units)');
    expect(block(result.stdout, 'fixtures/errors/objectives/2026-q4/core/ship-it.md:9:5')).toContain('  hint: did you mean "target"?');
    expect(block(result.stdout, 'fixtures/errors/objectives/2026-q4/core/faster-editor.md:8:10')).toContain('  hint: did you mean "latency"?');
    // No suggestion, no hint line.
    expect(block(result.stdout, 'fixtures/errors/objectives/2026-q4/core/faster-editor.md:4:9').join('\n')).not.toContain('hint:');
  });

  it('ends with the summary line', () => {
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('4 errors, 0 warnings');
  });

  it('has no colour when the output is not a terminal', () => {
    expect(result.stdout).not.toMatch(ANSI);
  });

  it('prints paths relative to the folder it runs in', async () => {
    const inside = await runMain(['validate'], { cwd: fixture('errors') });
    expect(inside.code).toBe(1);
    const heads = inside.stdout.split('\n').filter((line) => /^\S+:\d+:\d+ error /.test(line));
    expect(heads).toEqual(ERROR_HEADS);
  });

  it('colours the report with FORCE_COLOR=1, but NO_COLOR wins', async () => {
    const [forced, both] = await Promise.all([
      runMain(['validate', 'fixtures/errors'], { env: { FORCE_COLOR: '1' } }),
      runMain(['validate', 'fixtures/errors'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }),
    ]);
    expect(forced.code).toBe(1);
    expect(forced.stdout).toMatch(ANSI);
    expect(forced.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(result.stdout);
    expect(both.stdout).not.toMatch(ANSI);
    expect(both.stdout).toBe(result.stdout);
  });
});

describe('validate a repository with warnings only', () => {
  it('exits 0, shows the warnings and says they do not fail', async () => {
    const result = await runMain(['validate', 'fixtures/warnings']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines).toContain('fixtures/warnings/kpis/stars.yaml:1:8 warning KPI has no frequency, so Cairn cannot tell when it is stale');
    expect(lines).toContain('fixtures/warnings/objectives/2026-q4/core/lonely.md:4:1 warning objective has only 1 key result; 2 to 5 measure it well');
    expect(lines).toContain('  hint: add frequency: daily | weekly | monthly | quarterly | yearly');
    expect(lines).toContain('0 errors, 2 warnings');
    expect(lines).toContain('(4 files checked; warnings do not fail validation unless --strict)');
    expect(textAtCaret(block(result.stdout, 'fixtures/warnings/kpis/stars.yaml:1:8'))).toBe('GitHub stars');
    expect(textAtCaret(block(result.stdout, 'fixtures/warnings/objectives/2026-q4/core/lonely.md:4:1'))).toBe('key_results:');
  });

  it('--strict exits 1 and counts the warnings as errors', async () => {
    const result = await runMain(['validate', 'fixtures/warnings', '--strict']);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('fixtures/warnings/kpis/stars.yaml:1:8 error KPI has no frequency, so Cairn cannot tell when it is stale');
    expect(lines).toContain('2 errors, 0 warnings');
    expect(result.stdout).not.toContain('warnings do not fail validation');
  });
});

describe('validate check-ins dated after the as-of date', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
    await cp(fixture('valid'), dir, { recursive: true });
    // The fixture pins as_of: 2026-11-15; a check-in typed 2026-12-10 for 2026-11-10 does not count.
    const file = join(dir, 'objectives/2026-q4/growth/more-signups.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('date: 2026-11-10, value: 300', 'date: 2026-12-10, value: 300'));
  });
  afterAll(() => removeTempDir(dir));

  it('warns at the date, says why the score does not move, and exits 0 (1 with --strict)', async () => {
    const result = await runMain(['validate', '.'], { cwd: dir });
    expect(result.code).toBe(0);
    const head = 'objectives/2026-q4/growth/more-signups.md:13:17 warning check-in dated 2026-12-10 is after the as-of date 2026-11-15, so it does not count yet';
    expect(result.stdout.split('\n')).toContain(head);
    expect(textAtCaret(block(result.stdout, head))).toMatch(/^2026-12-10, value: 300/);
    expect(block(result.stdout, head)).toContain('  hint: if the date is a typo, correct it; the as-of date is today unless cairn.config.yaml pins as_of');
    expect((await runMain(['validate', '.', '--strict'], { cwd: dir })).code).toBe(1);
  });

  it('scoring still works and leaves the later check-in out', async () => {
    const result = await runMain(['export', '.'], { cwd: dir });
    expect(result.code).toBe(0);
    const snapshot = JSON.parse(result.stdout) as { objectives: { id: string; keyResults: { id: string; current: number | null }[] }[] };
    expect(snapshot.objectives.find((o) => o.id === 'more-signups')?.keyResults.find((kr) => kr.id === 'signups')?.current).toBe(250);
  });
});

describe('validate --format github', () => {
  const ANNOTATION = /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),title=cairn [a-zA-Z-]+::.+$/;

  it('prints one ::error annotation per problem with the path relative to the cwd, and the summary on stderr', async () => {
    const result = await runMain(['validate', 'fixtures/errors', '--format', 'github']);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(ANNOTATION);
    // The message, then the suggestion (however it is joined to the message).
    expect(lines).toEqual([
      withHint('::error file=fixtures/errors/kpis/latency.yaml,line=4,col=9,title=cairn number-format::"target" must be a plain number, not "1,000"', 'write 1000 (no quotes, thousands separators or units)'),
      '::error file=fixtures/errors/objectives/2026-q4/core/faster-editor.md,line=4,col=9,title=cairn unknown-objective::unknown objective "no-such-objective"',
      withHint('::error file=fixtures/errors/objectives/2026-q4/core/faster-editor.md,line=8,col=10,title=cairn unknown-kpi::unknown KPI "latncy"', 'did you mean "latency"?'),
      withHint('::error file=fixtures/errors/objectives/2026-q4/core/ship-it.md,line=9,col=5,title=cairn unknown-field::unknown field "targt" in key_results #1', 'did you mean "target"?'),
    ]);
    expect(result.stderr).toBe('4 errors, 0 warnings\n');
  });

  it('uses paths relative to the goals folder when run inside it', async () => {
    const result = await runMain(['validate', '--format', 'github'], { cwd: fixture('errors') });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toMatch(/^::error file=kpis\/latency\.yaml,line=4,col=9,/);
  });

  it('prints ::warning annotations and exits 0 for warnings, ::error with --strict', async () => {
    const [plain, strict] = await Promise.all([
      runMain(['validate', 'fixtures/warnings', '-f', 'github']),
      runMain(['validate', 'fixtures/warnings', '-f', 'github', '--strict']),
    ]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toBe('');
    expect(plain.stdout.trimEnd().split('\n')).toEqual([
      withHint('::warning file=fixtures/warnings/kpis/stars.yaml,line=1,col=8,title=cairn no-frequency::KPI has no frequency, so Cairn cannot tell when it is stale', 'add frequency: daily | weekly | monthly | quarterly | yearly'),
      '::warning file=fixtures/warnings/objectives/2026-q4/core/lonely.md,line=4,col=1,title=cairn few-key-results::objective has only 1 key result; 2 to 5 measure it well',
    ]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^::error file=fixtures\/warnings\/kpis\/stars\.yaml,line=1,col=8,/);
    expect(strict.stdout).not.toContain('::warning');
    expect(strict.stderr).toBe('2 errors, 0 warnings\n');
  });

  describe('in a folder whose name holds a comma and a colon', () => {
    let parent: string;
    beforeAll(async () => {
      parent = await makeTempDir();
      await cp(fixture('warnings'), join(parent, 'goals, v2: draft'), { recursive: true });
    });
    afterAll(() => removeTempDir(parent));

    it('escapes them in the file property, so GitHub reads the whole path', async () => {
      const result = await runMain(['validate', 'goals, v2: draft', '-f', 'github'], { cwd: parent });
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n')[0]).toEqual(
        withHint('::warning file=goals%2C v2%3A draft/kpis/stars.yaml,line=1,col=8,title=cairn no-frequency::KPI has no frequency, so Cairn cannot tell when it is stale', 'add frequency: daily | weekly | monthly | quarterly | yearly'),
      );
    });
  });
});

describe('validate --format json', () => {
  it('prints a parseable list of problems with code, severity, message, file, line, column and suggestion', async () => {
    const result = await runMain(['validate', 'fixtures/errors', '--format', 'json']);
    expect(result.code).toBe(1);
    const problems = JSON.parse(result.stdout) as JsonProblem[];
    expect(problems).toHaveLength(4);
    for (const p of problems) expect(Object.keys(p).sort()).toEqual(['code', 'column', 'file', 'line', 'message', 'severity', 'suggestion']);
    expect(problems[0]).toEqual({
      code: 'number-format',
      severity: 'error',
      message: '"target" must be a plain number, not "1,000"',
      suggestion: 'write 1000 (no quotes, thousands separators or units)',
      file: 'kpis/latency.yaml',
      line: 4,
      column: 9,
    });
    expect(problems[1]).toEqual({
      code: 'unknown-objective',
      severity: 'error',
      message: 'unknown objective "no-such-objective"',
      suggestion: null,
      file: 'objectives/2026-q4/core/faster-editor.md',
      line: 4,
      column: 9,
    });
    expect(problems.map((p) => [p.file, p.line, p.column, p.suggestion])).toEqual([
      ['kpis/latency.yaml', 4, 9, 'write 1000 (no quotes, thousands separators or units)'],
      ['objectives/2026-q4/core/faster-editor.md', 4, 9, null],
      ['objectives/2026-q4/core/faster-editor.md', 8, 10, 'did you mean "latency"?'],
      ['objectives/2026-q4/core/ship-it.md', 9, 5, 'did you mean "target"?'],
    ]);
    expect(result.stderr).toBe('4 errors, 0 warnings\n');
  });

  it('marks warnings with severity "warning" and exits 0', async () => {
    const result = await runMain(['validate', 'fixtures/warnings', '--format', 'json']);
    expect(result.code).toBe(0);
    const problems = JSON.parse(result.stdout) as JsonProblem[];
    expect(problems.map((p) => [p.severity, p.code, p.file])).toEqual([
      ['warning', 'no-frequency', 'kpis/stars.yaml'],
      ['warning', 'few-key-results', 'objectives/2026-q4/core/lonely.md'],
    ]);
  });
});

describe('validate files that are not UTF-8 text', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
    await cp(fixture('valid'), dir, { recursive: true });
    // "Qualität" saved as Latin-1, as older Windows editors do, and a picture under a KPI name.
    await writeFile(join(dir, 'kpis', 'quality.yaml'), Buffer.from('title: Qualit\xe4t\nowner: dana\nfrequency: monthly\ntarget: 1\n', 'latin1'));
    await writeFile(join(dir, 'kpis', 'logo.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  });
  afterAll(() => removeTempDir(dir));

  it('points at the first character that is not UTF-8 and says how to save the file', async () => {
    const result = await runMain(['validate', '.'], { cwd: dir });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const lines = block(result.stdout, 'kpis/quality.yaml:1:14 error ');
    expect(lines[0]).toBe('kpis/quality.yaml:1:14 error this file is not saved as UTF-8; the character here could not be read');
    expect(textAtCaret(lines)).toBe('\uFFFDt');
    expect(lines.at(-1)).toBe('  hint: open the file in the encoding it was written in (often Windows-1252 or Latin-1) and save it as UTF-8');
  });

  it('shows no empty code frame for a file that is not text', async () => {
    const result = await runMain(['validate', '.'], { cwd: dir });
    expect(block(result.stdout, 'kpis/logo.yaml:')).toEqual(['kpis/logo.yaml:1:1 error this file is not text; Cairn reads YAML, JSON, markdown and CSV files']);
  });
});

describe('validate a repository of garbage files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
    // Text garbage is kept in the fixture; binary-looking bytes are written here so the fixture stays text.
    await cp(fixture('garbage'), dir, { recursive: true });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00, 0x3a, 0x7b, 0x5b, 0x22, 0x0a, 0x09, 0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28, 0x01, 0x02]);
    await writeFile(join(dir, 'kpis', 'binary.yaml'), png);
    await writeFile(join(dir, 'objectives', '2026-q4', 'core', 'binary.md'), Buffer.concat([Buffer.from('---\n'), png, Buffer.from('\n---\n')]));
    await writeFile(join(dir, 'kpis', 'binary.csv'), png);
    await mkdir(join(dir, 'objectives', '2026-q4', 'core', 'empty-folder'), { recursive: true });
  });
  afterAll(() => removeTempDir(dir));

  it('reports each bad file at once, exits 1 and never crashes', async () => {
    const result = await runMain(['validate', '.'], { cwd: dir });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    const heads = lines.filter((line) => /^\S+:\d+:\d+ error /.test(line));
    const files = new Set(heads.map((line) => line.split(':')[0]));
    expect([...files].sort()).toEqual([
      'kpis/binary.csv',
      'kpis/binary.yaml',
      'kpis/broken.yaml',
      'kpis/listy.yaml',
      'objectives/2026-q4/core/binary.md',
      'objectives/2026-q4/core/empty.md',
      'objectives/2026-q4/core/listy.yaml',
      'objectives/2026-q4/core/unterminated.md',
      'teams.yaml',
    ]);
    expect(lines).toContain('objectives/2026-q4/core/empty.md:1:1 error an objective file starts with YAML front matter between two "---" lines');
    expect(lines).toContain('objectives/2026-q4/core/unterminated.md:1:1 error an objective file starts with YAML front matter between two "---" lines');
    expect(lines).toContain('  hint: begin the file with ---, then title:, key_results:, and close with ---');
    expect(lines).toContain('teams.yaml:1:1 error teams.yaml must be a list of teams, one "- id: …" entry each');
    expect(heads.find((line) => line.startsWith('objectives/2026-q4/core/listy.yaml:1:1 error '))).toMatch(/ must be a set of fields\b.*, not a list$/);
    expect(heads.find((line) => line.startsWith('kpis/listy.yaml:1:1 error '))).toMatch(/ must be a set of fields\b.*, not a list$/);
    expect(heads.find((line) => line.startsWith('kpis/broken.yaml:'))).toContain('this is not valid YAML');
    expect(lines.at(-2)).toMatch(/^\d+ errors, 0 warnings$/);
  });

  it.each(['github', 'json'])('--format %s also exits 1 without a crash', async (format) => {
    const result = await runMain(['validate', '.', '--format', format], { cwd: dir });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    if (format === 'json') {
      const problems = JSON.parse(result.stdout) as JsonProblem[];
      expect(problems.length).toBeGreaterThanOrEqual(8);
      expect(problems.every((p) => p.severity === 'error' && p.line >= 1 && p.column >= 1)).toBe(true);
    } else {
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(8);
      // Every annotation is a single line, whatever bytes the file held.
      for (const line of lines) expect(line).toMatch(/^::error file=[^,]+,line=\d+,col=\d+,title=cairn [a-z-]+::/i);
    }
  });

  it.each(['score', 'export'])('%s exits 1 with the errors on stderr and without a crash', async (command) => {
    const result = await runMain([command, '.'], { cwd: dir });
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('objectives/2026-q4/core/empty.md:1:1 error an objective file starts with YAML front matter');
    expect(result.stderr).toContain('The goals cannot be scored until these errors are fixed');
  });
});

describe('validate bad rows of a CSV-backed KPI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
    await cp(fixture('valid'), dir, { recursive: true });
    const csv = join(dir, 'kpis', 'revenue.csv');
    await writeFile(csv, `${await readFile(csv, 'utf8')}2026-11-30,"1,150,000",\n2026-12-31,soon\n`);
  });
  afterAll(() => removeTempDir(dir));

  it('points at the cell of each bad row, with a suggestion for a formatted number', async () => {
    const result = await runMain(['validate'], { cwd: dir });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('kpis/revenue.csv:5:12 error "value" must be a plain number, not "1,150,000"');
    expect(lines).toContain('kpis/revenue.csv:6:12 error "value" must be a plain number, not "soon"');
    expect(textAtCaret(block(result.stdout, 'kpis/revenue.csv:5:12'))).toBe('"1,150,000",');
    expect(textAtCaret(block(result.stdout, 'kpis/revenue.csv:6:12'))).toBe('soon');
    expect(block(result.stdout, 'kpis/revenue.csv:5:12')).toContain('  hint: write 1150000 (no quotes, thousands separators or units)');
    expect(lines).toContain('2 errors, 0 warnings');
  });
});

describe('validate files or a part of a goals folder', () => {
  const ERRORS = 'fixtures/errors';
  const heads = (output: string): string[] => output.split('\n').filter((line) => /^\S+:\d+:\d+ (error|warning) /.test(line));

  it('checks the whole folder around a file but reports only that file, cross-file problems included', async () => {
    const result = await runMain(['validate', `${ERRORS}/objectives/2026-q4/core/faster-editor.md`]);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(heads(result.stdout)).toEqual([
      `${ERRORS}/objectives/2026-q4/core/faster-editor.md:4:9 error unknown objective "no-such-objective"`,
      `${ERRORS}/objectives/2026-q4/core/faster-editor.md:8:10 error unknown KPI "latncy"`,
    ]);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('2 errors, 0 warnings');
  });

  it('passes files without problems even when others in the folder have some', async () => {
    const result = await runMain(['validate', `${ERRORS}/periods.yaml`, `${ERRORS}/teams.yaml`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ 2 files checked: no problems\n');
  });

  it('takes a folder inside the goals folder as all of its files, and mixes with files', async () => {
    const part = await runMain(['validate', `${ERRORS}/objectives`, '--format', 'json']);
    expect(part.code).toBe(1);
    expect((JSON.parse(part.stdout) as JsonProblem[]).map((p) => p.file)).toEqual([
      'objectives/2026-q4/core/faster-editor.md',
      'objectives/2026-q4/core/faster-editor.md',
      'objectives/2026-q4/core/ship-it.md',
    ]);
    const mixed = await runMain(['validate', `${ERRORS}/kpis`, `${ERRORS}/objectives/2026-q4/core/ship-it.md`, '--format', 'github']);
    expect(mixed.code).toBe(1);
    expect(mixed.stdout.trimEnd().split('\n').map((line) => /file=([^,]+)/.exec(line)?.[1])).toEqual([`${ERRORS}/kpis/latency.yaml`, `${ERRORS}/objectives/2026-q4/core/ship-it.md`]);
  });

  it('notes a named file that Cairn does not read, and goes on', async () => {
    const dir = await makeTempDir();
    try {
      await cp(fixture('valid'), dir, { recursive: true });
      await writeFile(join(dir, 'README.md'), '# Our goals\n');
      const result = await runMain(['validate', 'README.md', 'periods.yaml'], { cwd: dir });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('note: README.md is not a file Cairn reads (see the layout in docs/data-format.md); skipped\n');
      expect(result.stdout).toBe('✔ 1 file checked: no problems\n');
    } finally {
      await removeTempDir(dir);
    }
  });
});
