/**
 * The validation corpus: one small goals repository per kind of bad input, each valid except
 * for the one problem it is about (see test/fixtures/<fixture>/). For each, the test pins the
 * exact list a user sees: where (file, line, column), how bad, what, and how to fix it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRepository, compareProblems, loadGoalsFolder, type Problem, type Severity } from '../src/node/index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

type Seen = Pick<Problem, 'file' | 'line' | 'column' | 'severity' | 'code' | 'message' | 'suggestion'>;

/** One problem as `path:line:column severity code message [suggestion]` reads. */
function at(file: string, line: number, column: number, severity: Severity, code: string, message: string, suggestion?: string): Seen {
  return { file, line, column, severity, code, message, suggestion };
}

async function problemsOf(fixture: string, link?: Case['link'], asOf?: string): Promise<Seen[]> {
  // A symbolic link is made in a copy at test time: a git checkout cannot be trusted to keep one.
  const dir = link === undefined ? join(FIXTURES, fixture) : mkdtempSync(join(tmpdir(), 'cairn-corpus-'));
  try {
    if (link !== undefined) {
      cpSync(join(FIXTURES, fixture), dir, { recursive: true });
      symlinkSync(link.to, join(dir, link.path));
    }
    const repo = await loadGoalsFolder(dir);
    return checkRepository(repo, asOf === undefined ? {} : { asOf }).map(({ file, line, column, severity, code, message, suggestion }) => ({ file, line, column, severity, code, message, suggestion }));
  } finally {
    if (link !== undefined) rmSync(dir, { recursive: true, force: true });
  }
}

const AMOUNT_HINT = 'write it in a larger unit (thousands or millions) and name that unit in unit:';

interface Case {
  fixture: string;
  /** A symbolic link to add to a copy of the fixture: `path` in it, pointing at `to`. */
  link?: { path: string; to: string };
  /** The as-of date to check at, as `cairn validate` passes it (the pinned date or today). */
  asOf?: string;
  about: string;
  problems: Seen[];
}

const cases: Case[] = [
  {
    fixture: 'valid',
    about: 'the control repository, which every other fixture breaks in one place, has no problems',
    problems: [],
  },
  {
    fixture: 'yaml-syntax-colon',
    about: 'an unquoted colon in a title is a YAML syntax error at the value, and the hint is the value in quotes',
    problems: [
      at(
        'objectives/2026-q4/acme/grow-revenue.md',
        2,
        8,
        'error',
        'syntax',
        'this value holds a colon and a space (": "), which YAML reads as the start of another field',
        'put the value in quotes: "Grow revenue: the eco way"',
      ),
    ],
  },
  {
    fixture: 'yaml-colon-in-flow',
    about: 'a colon in a note inside { … } is quoted up to the next field, not to the end of the line',
    problems: [
      at('kpis/revenue.yaml', 11, 47, 'error', 'syntax', 'this value holds a colon and a space (": "), which YAML reads as the start of another field', 'put the value in quotes: "Q3: strong"'),
    ],
  },
  {
    fixture: 'key-result-as-text',
    about: 'a key result written as a line of text, the way a slide lists it, gets the fields to write',
    problems: [
      at(
        'objectives/2026-q4/acme/grow-revenue.md',
        5,
        5,
        'error',
        'invalid-type',
        '"key_results #1" must be a set of fields (key: value), not "Sign ten new customers"',
        'write a key result as fields: "- title: Sign ten new customers", then "target:" (and "start:", "unit:") on lines below it',
      ),
    ],
  },
  {
    fixture: 'unknown-field-synonym',
    about: 'from and to, the words of other tools, point at start and target',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 6, 5, 'error', 'unknown-field', 'unknown field "from" in key_results #1', 'did you mean "start"?'),
      at('objectives/2026-q4/acme/grow-revenue.md', 7, 5, 'error', 'unknown-field', 'unknown field "to" in key_results #1', 'did you mean "target"?'),
    ],
  },
  {
    fixture: 'yaml-at-sign',
    about: 'an @handle must be quoted',
    problems: [at('objectives/2026-q4/acme/grow-revenue.md', 3, 8, 'error', 'syntax', 'a value that starts with @ must be in quotes', 'write "@dana"')],
  },
  {
    fixture: 'yaml-apostrophe',
    about: 'an apostrophe inside single quotes is pointed at, with both ways to write it',
    problems: [
      at(
        'objectives/2026-q4/acme/grow-revenue.md',
        2,
        27,
        'error',
        'syntax',
        "an apostrophe (') inside this single-quoted value ends it early",
        `write the apostrophe twice ('') inside single quotes, or use double quotes: "Grow our customers' revenue"`,
      ),
    ],
  },
  {
    fixture: 'yaml-unclosed-quote',
    about: 'a quote that never closes is reported at the quote that opened it, not at the end of the file',
    problems: [at('objectives/2026-q4/acme/grow-revenue.md', 2, 8, 'error', 'syntax', 'this quoted value has no closing "', 'end the value with "')],
  },
  {
    fixture: 'yaml-unresolved-alias',
    about: 'a value starting with * is an alias to YAML; without its anchor it is named as such, not as an alias bomb',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 3, 8, 'error', 'syntax', '*dana is read as a YAML alias, but no anchor &dana is set', 'put the value in quotes if it is text: "*dana"'),
    ],
  },
  {
    fixture: 'yaml-hash-title',
    about: 'a title starting with # is a comment to YAML, so the title is empty; the hint says why',
    problems: [
      at(
        'objectives/2026-q4/acme/grow-revenue.md',
        2,
        8,
        'error',
        'invalid-type',
        '"title" must be text, not empty',
        'write the text after "title:", in quotes if it starts with # (YAML reads the rest of a line from # on as a comment)',
      ),
    ],
  },
  {
    fixture: 'duplicate-key',
    about: 'a field written twice is reported at the second one',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 8, 5, 'error', 'duplicate-key', 'the field "target" is written twice in one place; keep one'),
    ],
  },
  {
    fixture: 'missing-front-matter',
    about: 'an objective file without front matter',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 1, 1, 'error', 'missing-front-matter', 'an objective file starts with YAML front matter between two "---" lines', 'begin the file with ---, then title:, key_results:, and close with ---'),
    ],
  },
  {
    fixture: 'unknown-field-objective',
    about: 'an unknown objective field gets a did-you-mean',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 3, 1, 'error', 'unknown-field', 'unknown field "ownr"', 'did you mean "owner"?'),
    ],
  },
  {
    fixture: 'unknown-field-key-result',
    about: 'an unknown key-result field (targt) gets a did-you-mean',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 7, 5, 'error', 'unknown-field', 'unknown field "targt" in key_results #1', 'did you mean "target"?'),
    ],
  },
  {
    fixture: 'unknown-field-checkin',
    about: 'an unknown check-in field gets a did-you-mean',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 9, 39, 'error', 'unknown-field', 'unknown field "confidance" in checkins #1', 'did you mean "confidence"?'),
    ],
  },
  {
    fixture: 'missing-title-objective',
    about: 'an objective without a title',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 2, 1, 'error', 'missing-field', 'missing required field "title"'),
    ],
  },
  {
    fixture: 'missing-title-key-result',
    about: 'a key result without a title',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 8, 5, 'error', 'missing-field', 'missing required field "title" in key_results #2'),
    ],
  },
  {
    fixture: 'missing-field-period',
    about: 'a period without an end date',
    problems: [
      at('periods.yaml', 1, 3, 'error', 'missing-field', 'missing required field "end"'),
    ],
  },
  {
    fixture: 'wrong-type-title',
    about: 'a number where text is expected (title: 5)',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 2, 8, 'error', 'invalid-type', '"title" must be text, not 5', 'write it in quotes: "5"'),
    ],
  },
  {
    fixture: 'wrong-type-key-results-map',
    about: 'key_results written as a map instead of a list',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 5, 3, 'error', 'invalid-type', '"key_results" must be a list, not a set of fields'),
    ],
  },
  {
    fixture: 'unquoted-year-id',
    about: 'an unquoted year id is a number: suggests quoting it',
    problems: [
      at('periods.yaml', 1, 7, 'error', 'invalid-type', '"id" must be text, not 2026', 'write it in quotes: "2026"'),
      at('periods.yaml', 9, 11, 'error', 'invalid-type', '"parent" must be text, not 2026', 'write it in quotes: "2026"'),
    ],
  },
  {
    fixture: 'number-thousands-comma',
    about: 'a quoted "1,000" as a number suggests 1000',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 7, 13, 'error', 'number-format', '"target" must be a plain number, not "1,000"', 'write 1000 (no quotes, thousands separators or units)'),
    ],
  },
  {
    fixture: 'number-underscore',
    about: '1_000 (a string in YAML 1.2) suggests 1000',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 7, 13, 'error', 'number-format', '"target" must be a plain number, not "1_000"', 'write 1000 (no quotes, thousands separators or units)'),
    ],
  },
  {
    fixture: 'bad-date-month',
    about: 'a check-in dated in month 13',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 9, 17, 'error', 'invalid-date', '"date" is not a real calendar date (got "2026-13-01")', 'write 2026-01-13 if 13 is the day'),
    ],
  },
  {
    fixture: 'bad-date-feb-30',
    about: 'a KPI measurement dated 30 February',
    problems: [
      at('kpis/revenue.yaml', 10, 13, 'error', 'invalid-date', '"date" is not a real calendar date (got "2026-02-30")', 'February 2026 has 28 days'),
    ],
  },
  {
    fixture: 'confidence-percent-sign',
    about: 'confidence "80%" suggests the share 0.8, not 80',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 9, 51, 'error', 'number-format', '"confidence" must be a plain number, not "80%"', 'confidence is a share from 0 to 1: write 0.8 for 80 %'),
    ],
  },
  {
    fixture: 'confidence-percent',
    about: 'confidence 80 suggests writing 0.8',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 9, 51, 'error', 'too-big', '"confidence" must be at most 1, not 80', 'confidence is a share from 0 to 1: write 0.8 for 80 %'),
    ],
  },
  {
    fixture: 'enum-everyday-words',
    about: 'everyday words for a choice point at it: up for increase, month for monthly, yes for true',
    problems: [
      at('kpis/revenue.yaml', 5, 12, 'error', 'invalid-value', '"direction" must be one of increase, decrease, range, not "up"', 'did you mean "increase"?'),
      at('kpis/revenue.yaml', 6, 6, 'error', 'invalid-type', '"key" must be true or false, not "yes"', 'write true (Cairn reads yes, y and on as text)'),
      at('kpis/revenue.yaml', 9, 12, 'error', 'invalid-value', '"frequency" must be one of daily, weekly, monthly, quarterly, yearly, not "month"', 'did you mean "monthly"?'),
    ],
  },
  {
    fixture: 'enum-typo',
    about: 'kind: comitted suggests "committed"',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 4, 7, 'error', 'invalid-value', '"kind" must be one of aspirational, committed, not "comitted"', 'did you mean "committed"?'),
    ],
  },
  {
    fixture: 'invalid-slug-id',
    about: 'an id that is not a lowercase slug',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 2, 5, 'error', 'invalid-format', '"id" must be a lowercase slug (letters a-z, digits and "-", starting with a letter or digit) (got "Grow_Revenue")'),
    ],
  },
  {
    fixture: 'unknown-parent-objective',
    about: 'an unknown parent objective, with did-you-mean, at the referring line',
    problems: [
      at('objectives/2026-q4/sales/win-deals.md', 4, 9, 'error', 'unknown-objective', 'unknown objective "grow-revenu"', 'did you mean "grow-revenue"?'),
    ],
  },
  {
    fixture: 'objective-aligned-to-itself',
    about: 'an objective that names itself as parent',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 4, 9, 'error', 'alignment-cycle', 'an objective cannot align to itself'),
    ],
  },
  {
    fixture: 'alignment-cycle',
    about: 'a cycle of three objectives is reported once',
    problems: [
      at('objectives/2026-q4/sales/close-deals.md', 4, 9, 'error', 'alignment-cycle', 'alignment cycle: close-deals → grow-revenue → win-deals → close-deals', 'alignment is a tree: remove one of these parent links'),
    ],
  },
  {
    fixture: 'unknown-team-folder',
    about: 'an unknown team taken from the folder says so',
    problems: [
      at('objectives/2026-q4/marketing/grow-revenue.md', 2, 1, 'error', 'unknown-team', 'unknown team "marketing" (from the folder 2026-q4/marketing/)'),
    ],
  },
  {
    fixture: 'unknown-team-written',
    about: 'an unknown team written in the file',
    problems: [
      at('objectives/grow-revenue.md', 5, 7, 'error', 'unknown-team', 'unknown team "markting"'),
    ],
  },
  {
    fixture: 'unknown-period-folder',
    about: 'an unknown period taken from the folder says so',
    problems: [
      at('objectives/2027-q1/acme/grow-revenue.md', 2, 1, 'error', 'unknown-period', 'unknown period "2027-q1" (from the folder 2027-q1/)', 'did you mean "2026-q4"?'),
    ],
  },
  {
    fixture: 'unknown-period-written',
    about: 'an unknown period written in the file',
    problems: [
      at('objectives/grow-revenue.md', 4, 9, 'error', 'unknown-period', 'unknown period "2026-q5"', 'did you mean "2026-q4"?'),
    ],
  },
  {
    fixture: 'team-unknown-parent',
    about: 'a team whose parent team does not exist',
    problems: [
      at('teams.yaml', 6, 11, 'error', 'unknown-team', 'unknown team "acm"', 'did you mean "acme"?'),
    ],
  },
  {
    fixture: 'period-unknown-parent',
    about: 'a period whose parent period does not exist',
    problems: [
      at('periods.yaml', 5, 11, 'error', 'unknown-period', 'unknown period "2026"'),
    ],
  },
  {
    fixture: 'folder-mismatch',
    about: 'a written team that contradicts the folder is a warning',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 4, 7, 'warning', 'folder-mismatch', 'team "sales" differs from the folder "acme" this file is in; the value in the file wins', 'move the file to the "sales" folder, or remove the team line'),
    ],
  },
  {
    fixture: 'duplicate-objective-id',
    about: 'one objective id in two files names both places',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 2, 1, 'error', 'duplicate-id', 'duplicate objective id "grow-revenue": also defined at objectives/2026-q4/sales/grow-revenue.md:2:1', 'ids are unique per kind; rename one of them'),
      at('objectives/2026-q4/sales/grow-revenue.md', 2, 1, 'error', 'duplicate-id', 'duplicate objective id "grow-revenue": also defined at objectives/2026-q4/acme/grow-revenue.md:2:1', 'ids are unique per kind; rename one of them'),
    ],
  },
  {
    fixture: 'duplicate-period-id',
    about: 'a period id used twice names both places',
    problems: [
      at('periods.yaml', 1, 7, 'error', 'duplicate-id', 'duplicate period id "2026-q4": also defined at periods.yaml:5:7', 'ids are unique per kind; rename one of them'),
      at('periods.yaml', 5, 7, 'error', 'duplicate-id', 'duplicate period id "2026-q4": also defined at periods.yaml:1:7', 'ids are unique per kind; rename one of them'),
    ],
  },
  {
    fixture: 'duplicate-key-result-id',
    about: 'a key result id used twice in one objective',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 9, 9, 'error', 'duplicate-id', 'duplicate key result id "customers" in this objective: also at line 5', 'give each key result its own id'),
    ],
  },
  {
    fixture: 'team-cycle',
    about: 'a cycle in the team tree',
    problems: [
      at('teams.yaml', 6, 11, 'error', 'team-cycle', 'team "sales" is its own ancestor: sales → field-sales → sales', 'the team tree needs one root without a parent'),
    ],
  },
  {
    fixture: 'target-equals-start',
    about: 'target equal to start',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 7, 13, 'error', 'target-equals-start', 'target equals start (10): there is no distance to measure progress on', 'set the start to where you are today and the target to where you want to be'),
    ],
  },
  {
    fixture: 'stretch-not-beyond',
    about: 'stretch not beyond target, both directions',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 8, 14, 'error', 'stretch-not-beyond', 'stretch 8 must lie beyond target 10 (above it)'),
      at('objectives/2026-q4/acme/grow-revenue.md', 12, 14, 'error', 'stretch-not-beyond', 'stretch 3 must lie beyond target 2 (below it)'),
    ],
  },
  {
    fixture: 'boolean-checkin-on-metric',
    about: 'a true/false check-in on a metric key result',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 9, 36, 'error', 'invalid-type', '"value" true/false only fits a milestone key result; this one is a metric', 'write the measured number'),
    ],
  },
  {
    fixture: 'milestone-checkin-out-of-range',
    about: 'a milestone check-in value above 1',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 8, 36, 'error', 'too-big', 'a milestone check-in value is true, false or a share from 0 to 1, not 50'),
    ],
  },
  {
    fixture: 'dated-after-as-of',
    asOf: '2026-11-15',
    about: 'a check-in and measurements dated after the as-of date do not count yet',
    problems: [
      at(
        'kpis/revenue.yaml',
        12,
        13,
        'warning',
        'dated-after-as-of',
        '2 measurements (the first dated 2026-11-30) are after the as-of date 2026-11-15, so they do not count yet',
        'if the date is a typo, correct it; the as-of date is today unless cairn.config.yaml pins as_of',
      ),
      at(
        'objectives/2026-q4/acme/grow-revenue.md',
        9,
        17,
        'warning',
        'dated-after-as-of',
        'check-in dated 2026-12-13 is after the as-of date 2026-11-15, so it does not count yet',
        'if the date is a typo, correct it; the as-of date is today unless cairn.config.yaml pins as_of',
      ),
    ],
  },
  {
    fixture: 'checkin-outside-period',
    about: 'a check-in outside its period is a warning',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 9, 17, 'warning', 'checkin-outside-period', 'check-in dated 2026-09-30 lies outside the period 2026-q4 (2026-10-01 to 2026-12-31)'),
    ],
  },
  {
    fixture: 'too-few-key-results',
    about: 'one key result is a warning',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 4, 1, 'warning', 'few-key-results', 'objective has only 1 key result; 2 to 5 measure it well'),
    ],
  },
  {
    fixture: 'too-many-key-results',
    about: 'six key results is a warning',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 4, 1, 'warning', 'many-key-results', 'objective has 6 key results; more than 5 blurs the focus', 'keep the 5 that matter most, or split the objective'),
    ],
  },
  {
    fixture: 'objective-without-owner',
    about: 'an objective without owner is a warning',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 2, 8, 'warning', 'no-owner', 'objective has no owner', 'add owner: <handle>'),
    ],
  },
  {
    fixture: 'kpi-without-owner',
    about: 'a KPI without owner is a warning',
    problems: [
      at('kpis/revenue.yaml', 1, 8, 'warning', 'no-owner', 'KPI has no owner', 'add owner: <handle>'),
    ],
  },
  {
    fixture: 'kpi-without-frequency',
    about: 'a KPI without frequency is a warning',
    problems: [
      at('kpis/revenue.yaml', 1, 8, 'warning', 'no-frequency', 'KPI has no frequency, so Cairn cannot tell when it is stale', 'add frequency: daily | weekly | monthly | quarterly | yearly'),
    ],
  },
  {
    fixture: 'key-result-without-measure',
    about: 'a key result with nothing to measure is a warning',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 5, 12, 'warning', 'no-measure', 'key result has no number to measure', 'add start: and target: (or kpi:, done:, milestones:) so progress can be scored'),
    ],
  },
  {
    fixture: 'range-kpi-numeric-target',
    about: 'a range KPI with a single number as target',
    problems: [
      at('kpis/warehouse-humidity.yaml', 6, 9, 'error', 'target-shape', 'a range KPI needs a target band { min, max }', 'target: { min: 2, max: 5 }'),
    ],
  },
  {
    fixture: 'critical-wrong-side',
    about: 'a critical line on the wrong side of the target',
    problems: [
      at('kpis/revenue.yaml', 7, 11, 'error', 'critical-wrong-side', 'critical line 1500000 is above the target 1300000; for a KPI that should increase it belongs on the other side'),
    ],
  },
  {
    fixture: 'critical-above-earlier-target',
    about: 'a critical line is checked against every time-bound target, not just the last: here it lies above the January one',
    problems: [
      at('kpis/revenue.yaml', 9, 11, 'error', 'critical-wrong-side', 'critical line 900000 is above the target 850000 from 2026-01-01; for a KPI that should increase it belongs on the other side'),
    ],
  },
  {
    fixture: 'range-critical-inside-target',
    about: "a range KPI's critical band must contain its target band",
    problems: [
      at(
        'kpis/warehouse-humidity.yaml',
        7,
        11,
        'error',
        'critical-wrong-side',
        'critical band 45–50 does not contain the target band 40–55; values outside the critical band are critical, so it must lie around the target band',
        'widen the critical band: min at most 40, max at least 55',
      ),
    ],
  },
  {
    fixture: 'kpi-targets-out-of-order',
    about: 'time-bound KPI targets out of date order',
    problems: [
      at('kpis/revenue.yaml', 6, 13, 'error', 'targets-order', 'time-bound targets must be listed by increasing "from" date'),
    ],
  },
  {
    fixture: 'csv-bad-header',
    about: 'a CSV whose header does not name date and value',
    problems: [
      at('kpis/revenue.csv', 1, 1, 'error', 'csv-header', 'the first line must name the columns date,value[,note] (found day,amount)', 'start the file with the line: date,value,note'),
    ],
  },
  {
    fixture: 'csv-semicolons',
    about: 'a CSV saved with semicolons names its columns already: the hint is to use commas, not to write the line it has',
    problems: [
      at(
        'kpis/revenue.csv',
        1,
        1,
        'error',
        'csv-header',
        'the first line must name the columns date,value[,note] (found date;value)',
        'this file separates its columns with semicolons; Cairn reads commas: save it as CSV with commas (and decimal points), starting with the line date,value',
      ),
    ],
  },
  {
    fixture: 'csv-bad-rows',
    about: 'bad CSV rows point at their cells; good rows still load',
    problems: [
      at('kpis/revenue.csv', 3, 1, 'error', 'invalid-date', '"date" is not a real calendar date (got "2026-31-12")', 'write 2026-12-31 if 31 is the day'),
      at('kpis/revenue.csv', 4, 12, 'error', 'number-format', '"value" must be a plain number, not "1,000"', 'write 1000 (no quotes, thousands separators or units)'),
      at('kpis/revenue.csv', 5, 12, 'error', 'invalid-type', '"value" is missing on this row'),
      at(
        'kpis/revenue.csv',
        6,
        1,
        'error',
        'csv-extra-cells',
        'this row has 4 cells but the first line names 3 columns (date,value,note)',
        'write numbers without thousands separators (1000, not 1,000), and put a note that holds commas in double quotes',
      ),
      at('kpis/revenue.csv', 7, 1, 'error', 'invalid-format', '"date" must be a date written YYYY-MM-DD (got "16/12/2026")', 'write 2026-12-16'),
    ],
  },
  {
    fixture: 'csv-without-kpi',
    about: 'a CSV with no KPI definition',
    problems: [
      at('kpis/signups.csv', 1, 1, 'error', 'orphan-csv', 'measurements for a KPI "signups" that has no definition', 'add kpis/signups.yaml with at least a title, or rename the CSV to match a KPI'),
    ],
  },
  {
    fixture: 'json-objective-type-error',
    about: 'a type error in a JSON objective has JSON line and column',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.json', 9, 17, 'error', 'invalid-type', '"target" must be a number, not "lots"'),
    ],
  },
  {
    fixture: 'yaml-objective',
    about: 'an objective written as .yaml has positions without a front-matter offset',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.yaml', 13, 45, 'error', 'unknown-field', 'unknown field "confidense" in checkins #1', 'did you mean "confidence"?'),
    ],
  },
  {
    fixture: 'maintain-missing-direction',
    about: 'a maintain key result without direction',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 8, 5, 'error', 'missing-field', 'missing required field "direction" in a maintain key result', 'direction: increase keeps it at or above target; decrease keeps it at or below'),
    ],
  },
  {
    fixture: 'kpi-key-result-missing-target',
    about: 'a kpi key result without target',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 8, 5, 'error', 'missing-field', 'missing required field "target" in a kpi key result'),
    ],
  },
  {
    fixture: 'kpi-key-result-without-kpi',
    about: 'type: kpi without a kpi field',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 9, 11, 'error', 'missing-field', 'missing required field "kpi" in a kpi key result', 'name the KPI whose measurements give the current value'),
    ],
  },
  {
    fixture: 'kpi-key-result-unknown-start',
    about: 'a kpi key result whose KPI has no value at the period start is a warning',
    problems: [
      at('objectives/2026-q4/acme/grow-revenue.md', 9, 10, 'warning', 'unknown-start', 'KPI "revenue" has no measurement on or before the period start 2026-10-01, so progress is unknown (scored as 0)', 'write start: with the value at the beginning of the period'),
    ],
  },
  {
    fixture: 'many-problems',
    about: 'problems across many files are all reported at once, sorted by file, line and column',
    problems: [
      at('kpis/revenue.csv', 3, 12, 'error', 'number-format', '"value" must be a plain number, not "1,100,000"', 'write 1100000 (no quotes, thousands separators or units)'),
      at('kpis/revenue.yaml', 1, 8, 'warning', 'no-owner', 'KPI has no owner', 'add owner: <handle>'),
      at('objectives/2026-q4/acme/grow-revenue.md', 4, 7, 'error', 'invalid-value', '"kind" must be one of aspirational, committed, not "comitted"', 'did you mean "committed"?'),
      at('objectives/2026-q4/acme/grow-revenue.md', 10, 51, 'error', 'too-big', '"confidence" must be at most 1, not 80', 'confidence is a share from 0 to 1: write 0.8 for 80 %'),
      at('objectives/2026-q4/sales/win-deals.md', 4, 9, 'error', 'unknown-objective', 'unknown objective "grow-revenu"', 'did you mean "grow-revenue"?'),
      at('objectives/2026-q4/sales/win-deals.md', 5, 1, 'warning', 'few-key-results', 'objective has only 1 key result; 2 to 5 measure it well'),
      at('objectives/2026-q4/sales/win-deals.md', 10, 17, 'warning', 'checkin-outside-period', 'check-in dated 2027-01-05 lies outside the period 2026-q4 (2026-10-01 to 2026-12-31)'),
      at('periods.yaml', 5, 3, 'error', 'missing-field', 'missing required field "end"'),
      at('teams.yaml', 6, 11, 'error', 'unknown-team', 'unknown team "acm"', 'did you mean "acme"?'),
    ],
  },
  // Cases that once went wrong: a crash, noise, follow-on errors or garbled messages.
  {
    fixture: 'yaml-alias-bomb',
    about: 'a file of endlessly repeated aliases is refused without a crash',
    problems: [at('kpis/revenue.yaml', 9, 36, 'error', 'syntax', 'the YAML aliases (*name) of this file stand for more than 100,000 values once repeated; this one goes past that', 'write the values out, or repeat fewer of them')],
  },
  {
    fixture: 'yaml-bom',
    about: 'a byte-order mark at the start of a YAML file is not an error',
    problems: [],
  },
  {
    fixture: 'periods-syntax-error',
    about: 'an unreadable periods.yaml is reported once, without an unknown period for every objective',
    problems: [
      at(
        'periods.yaml',
        4,
        2,
        'error',
        'syntax',
        'this line is indented by 1 space and the line above by 2 spaces; the fields of one block start in the same column',
        'line it up with "start:" above, at 2 spaces (indent with spaces only)',
      ),
    ],
  },
  {
    fixture: 'bad-date-day-first',
    about: 'a day-first date is rewritten when only one reading exists',
    problems: [at('kpis/revenue.yaml', 11, 13, 'error', 'invalid-format', '"date" must be a date written YYYY-MM-DD (got "31/10/2026")', 'write 2026-10-31')],
  },
  {
    fixture: 'bad-date-either-order',
    about: 'a date that reads either way gets both readings, named',
    problems: [
      at('periods.yaml', 3, 10, 'error', 'invalid-format', '"start" must be a date written YYYY-MM-DD (got "1/10/2026")', 'write 2026-10-01 for 1 October or 2026-01-10 for 10 January'),
    ],
  },
  {
    fixture: 'bad-date-slashes',
    about: 'a date with slashes gets one problem and the rewritten date',
    problems: [at('objectives/2026-q4/acme/grow-revenue.md', 9, 15, 'error', 'invalid-format', '"date" must be a date written YYYY-MM-DD (got "2026/10/01")', 'write 2026-10-01')],
  },
  {
    fixture: 'period-bad-start-date',
    about: 'an impossible start date does not also claim the end comes first',
    problems: [at('periods.yaml', 3, 10, 'error', 'invalid-date', '"start" is not a real calendar date (got "2026-13-01")', 'write 2026-01-13 if 13 is the day')],
  },
  {
    fixture: 'period-end-before-start',
    about: 'an end before the start reads as one plain sentence',
    problems: [at('periods.yaml', 4, 8, 'error', 'end-before-start', '"end" must not come before "start" (got "2026-09-30")')],
  },
  {
    fixture: 'kpi-range-band-reversed',
    about: 'a band whose max is below its min',
    problems: [at('kpis/warehouse-humidity.yaml', 6, 25, 'error', 'band-reversed', '"max" must not be below "min" (got 40)')],
  },
  {
    fixture: 'unknown-parent-key-result',
    about: 'aligning to a key result that does not exist names the ones that do',
    problems: [at('objectives/2026-q4/sales/win-deals.md', 4, 9, 'error', 'unknown-key-result', 'unknown key result "grow-revenue#nokr"', 'did you mean "grow-revenue#kr1"?')],
  },
  {
    fixture: 'unknown-kpi-in-key-result',
    about: 'a key result measured by a KPI that does not exist',
    problems: [at('objectives/2026-q4/acme/grow-revenue.md', 9, 10, 'error', 'unknown-kpi', 'unknown KPI "revenu"', 'did you mean "revenue"?')],
  },
  {
    fixture: 'unknown-supporting-kpi',
    about: 'a guardrail KPI that does not exist',
    problems: [at('objectives/2026-q4/acme/grow-revenue.md', 4, 28, 'error', 'unknown-kpi', 'unknown KPI "customer-satisfaction"')],
  },
  {
    fixture: 'confidence-above-one',
    about: 'confidence 1.5 is out of range, with no guess at a percentage',
    problems: [at('objectives/2026-q4/acme/grow-revenue.md', 9, 51, 'error', 'too-big', '"confidence" must be at most 1, not 1.5')],
  },
  {
    fixture: 'objective-front-matter-list',
    about: 'front matter written as a list says what it should be',
    problems: [at('objectives/2026-q4/acme/grow-revenue.md', 2, 1, 'error', 'invalid-type', 'the front matter must be a set of fields, one "name: value" per line, not a list')],
  },
  {
    fixture: 'csv-unclosed-quote',
    about: 'a CSV with an unclosed quote is one syntax error, not also a missing header',
    problems: [at('kpis/revenue.csv', 2, 1, 'error', 'syntax', 'this is not valid CSV: Quote Not Closed: the parsing is finished with an opening quote at line 2')],
  },
  {
    fixture: 'valid',
    link: { path: 'kpis/gone.yaml', to: 'nowhere.yaml' },
    about: 'a link to a file that does not exist is unreadable, named at the link',
    problems: [
      at('kpis/gone.yaml', 1, 1, 'error', 'unreadable', 'this file cannot be read: it is a link to a file that does not exist', 'fix the file or its permissions, or remove it from the goals folder'),
    ],
  },
  {
    fixture: 'kpi-drives-itself',
    about: 'a KPI listing itself in drives points at that entry',
    problems: [at('kpis/revenue.yaml', 9, 10, 'error', 'drives-itself', 'a KPI cannot drive itself')],
  },
  {
    fixture: 'kpi-drives-cycle',
    about: 'KPIs that drive each other round a loop get one warning naming the loop, at the drives entry of its first KPI',
    problems: [
      at('kpis/orders.yaml', 7, 10, 'warning', 'drives-cycle', 'drives cycle: orders → visits → revenue → orders', 'drives points from a cause to its effect, and no KPI is its own cause: remove one of these links'),
    ],
  },
  {
    fixture: 'kpi-measurement-twice-inline',
    about: 'two inline measurements of one date are an error at the second, naming the lines of both',
    problems: [at('kpis/revenue.yaml', 12, 13, 'error', 'duplicate-measurement', '2026-10-31 is measured twice: line 11 and line 12', 'keep one measurement per date: delete or correct the others')],
  },
  {
    fixture: 'kpi-measurement-twice-csv',
    about: 'CSV rows of one date, wherever they are in the file, are one error at the second row, naming every row',
    problems: [at('kpis/revenue.csv', 5, 1, 'error', 'duplicate-measurement', '2026-11-08 is measured 3 times: line 3, line 5 and line 6', 'keep one measurement per date: delete or correct the others')],
  },
  {
    fixture: 'kpi-measurement-twice-across',
    about: 'a date measured inline and in the CSV is an error at the CSV row, naming both files',
    problems: [
      at('kpis/revenue.csv', 2, 1, 'error', 'duplicate-measurement', '2026-10-31 is measured twice: kpis/revenue.yaml line 11 and kpis/revenue.csv line 2', 'keep one measurement per date: delete or correct the others'),
      at('kpis/revenue.yaml', 9, 1, 'warning', 'measurements-twice', 'this KPI has measurements both inline and in kpis/revenue.csv; both are used', 'keep them in one place'),
    ],
  },
  {
    fixture: 'kpi-target-text',
    about: 'a KPI target written as text fits none of its shapes',
    problems: [at('kpis/revenue.yaml', 6, 9, 'error', 'invalid-union', '"target" must be a number or a set of fields (key: value), not "abc"')],
  },
  {
    fixture: 'weight-negative',
    about: 'a negative weight is below its minimum',
    problems: [at('objectives/2026-q4/acme/grow-revenue.md', 4, 9, 'error', 'too-small', '"weight" must be at least 0, not -1')],
  },
  {
    fixture: 'kpi-measurements-twice',
    about: 'measurements both inline and in the CSV are both used, with a warning at the inline list',
    problems: [at('kpis/revenue.yaml', 9, 1, 'warning', 'measurements-twice', 'this KPI has measurements both inline and in kpis/revenue.csv; both are used', 'keep them in one place')],
  },
  {
    fixture: 'objective-without-key-results',
    about: 'an objective with no key results and nothing aligned to it is a warning at its title',
    problems: [
      at(
        'objectives/2026-q4/acme/someday.md',
        2,
        8,
        'warning',
        'no-key-results',
        'objective has no key results and no objectives align to it',
        'add 2 to 5 key results, or align objectives to it as an umbrella',
      ),
    ],
  },
  {
    fixture: 'kpi-without-target',
    about: 'a KPI without a target is a warning: its health cannot be told',
    problems: [at('kpis/revenue.yaml', 1, 8, 'warning', 'no-target', 'KPI has no target, so its health is unknown', 'add target: (or target_note: to say why not yet)')],
  },
  {
    fixture: 'periods-not-a-list',
    about: 'periods.yaml written as one period instead of a list',
    problems: [at('periods.yaml', 1, 1, 'error', 'not-a-list', 'periods.yaml must be a list of periods, one "- id: …" entry each')],
  },
  {
    fixture: 'encoding-latin1',
    about: 'a file saved as Latin-1 is pointed at its first unreadable character, and read on',
    problems: [
      at(
        'kpis/revenue.yaml',
        2,
        28,
        'error',
        'encoding',
        'this file is not saved as UTF-8; the character here could not be read',
        'open the file in the encoding it was written in (often Windows-1252 or Latin-1) and save it as UTF-8',
      ),
    ],
  },
  {
    fixture: 'encoding-utf16',
    about: 'a CSV saved as UTF-16 is named as such, not called a binary file',
    problems: [
      at('kpis/revenue.csv', 1, 1, 'error', 'encoding', 'this file is saved as UTF-16; Cairn reads UTF-8', 'save it as UTF-8 (a spreadsheet calls it "CSV UTF-8"; an editor, "Save with Encoding: UTF-8")'),
    ],
  },
  {
    fixture: 'not-text',
    about: 'a picture saved under a KPI name is not text',
    problems: [at('kpis/logo.yaml', 1, 1, 'error', 'not-text', 'this file is not text; Cairn reads YAML, JSON, markdown and CSV files')],
  },
  {
    fixture: 'yaml-multiple-documents',
    about: 'a second --- document is named as such, without library advice',
    problems: [at('kpis/revenue.yaml', 5, 1, 'error', 'syntax', 'this file holds more than one YAML document (a second --- line); keep one')],
  },
  {
    fixture: 'json-syntax-error',
    about: 'a broken JSON objective is reported as JSON, at the spot',
    problems: [at('objectives/2026-q4/acme/grow-revenue.json', 4, 3, 'error', 'syntax', 'this is not valid JSON: Missing , between flow map items')],
  },
  {
    fixture: 'yaml-syntax-error',
    about: 'an unclosed [ is named in the message',
    problems: [at('objectives/2026-q4/acme/grow-revenue.md', 5, 1, 'error', 'syntax', 'this is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]')],
  },
  {
    fixture: 'number-out-of-range',
    about: 'a weight of 1e308, a start and target of ±1.7e308 and a measurement of 1e400 are refused where written, before they can overflow a score',
    problems: [
      at('kpis/revenue.yaml', 11, 32, 'error', 'out-of-range', '"value" must lie between -1e15 and 1e15, not 1e400', AMOUNT_HINT),
      at('objectives/2026-q4/acme/grow-revenue.md', 4, 9, 'error', 'out-of-range', '"weight" must be at most 1e6, not 1e308', 'a weight only says how much this counts against its siblings: 1, 2 or 3 is plenty'),
      at('objectives/2026-q4/acme/grow-revenue.md', 7, 12, 'error', 'out-of-range', '"start" must lie between -1e15 and 1e15, not -1.7e308', AMOUNT_HINT),
      at('objectives/2026-q4/acme/grow-revenue.md', 8, 13, 'error', 'out-of-range', '"target" must lie between -1e15 and 1e15, not 1.7e308', AMOUNT_HINT),
    ],
  },
  {
    fixture: 'csv-number-out-of-range',
    about: 'a CSV measurement of 1e400 is refused with the same message as in YAML, not read as Infinity',
    problems: [at('kpis/revenue.csv', 3, 12, 'error', 'out-of-range', '"value" must lie between -1e15 and 1e15, not 1e400', AMOUNT_HINT)],
  },
  {
    fixture: 'file-name-not-slug',
    about: 'an objective whose id is its file name, Eco-Leader.md, follows the id rule, with the name to rename it to',
    problems: [
      at(
        'objectives/2026-q4/acme/Eco-Leader.md',
        1,
        1,
        'error',
        'invalid-file-name',
        'the file name "Eco-Leader" is this objective\'s id, and an id must be a lowercase slug (letters a-z, digits and "-", starting with a letter or digit)',
        'rename the file to eco-leader.md, or write id: eco-leader in it',
      ),
    ],
  },
  {
    fixture: 'period-own-parent',
    about: 'a period that is its own parent',
    problems: [at('periods.yaml', 5, 11, 'error', 'period-cycle', 'period "2026-q4" cannot be its own parent', 'name the longer period that contains it, or remove the parent line')],
  },
  {
    fixture: 'period-cycle',
    about: 'two periods that are each other\'s parent, reported once',
    problems: [
      at('periods.yaml', 4, 11, 'error', 'period-cycle', 'period "2026" is its own ancestor: 2026 → 2026-q4 → 2026', 'periods nest, a quarter inside its year: remove one of these parent links'),
    ],
  },
  {
    fixture: 'period-outside-parent',
    about: 'a parent period that does not contain its child',
    problems: [
      at(
        'periods.yaml',
        8,
        11,
        'error',
        'period-outside-parent',
        'period "2026-q4" (2026-10-01 to 2026-12-31) does not lie inside its parent "2026-h1" (2026-01-01 to 2026-06-30)',
        'correct the dates, or name as parent the period that contains this one',
      ),
    ],
  },
  {
    fixture: 'alignment-period-outside',
    about: "an objective aligned to an objective of a period that does not contain its own gets a warning",
    problems: [
      at(
        'objectives/2026-q4/acme/grow-revenue.md',
        4,
        9,
        'warning',
        'alignment-period',
        'this objective aligns to "open-shops" of period 2025-q4 (2025-10-01 to 2025-12-31), which does not contain this objective\'s period 2026-q4 (2026-10-01 to 2026-12-31)',
        "align to an objective of this period or of a period that contains it, such as the year's",
      ),
    ],
  },
  {
    fixture: 'follows-itself',
    about: 'an objective that names itself in follows is an error',
    problems: [at('objectives/2026-q4/acme/grow-revenue.md', 4, 10, 'error', 'follows-itself', 'an objective cannot carry on itself', 'name the objective of an earlier period that this one carries on')],
  },
  {
    fixture: 'follows-later-period',
    about: 'an objective that carries on one of a later period gets a warning that points at parent',
    problems: [
      at(
        'objectives/2025-q4/acme/open-shops.md',
        4,
        10,
        'warning',
        'follows-period',
        'this objective carries on "grow-revenue" of period 2026-q4 (2026-10-01 to 2026-12-31), which does not end before this objective\'s period 2025-q4 starts (2025-10-01)',
        'follows names an objective of an earlier period; to align this objective with another, use parent',
      ),
    ],
  },
  {
    fixture: 'period-overlap',
    about: 'a quarter that starts before the one before it ends gets a warning; a quarter inside its year does not',
    problems: [
      at(
        'periods.yaml',
        10,
        10,
        'warning',
        'period-overlap',
        'period "2026-q4" (2026-09-15 to 2026-12-31) overlaps "2026-q3" (2026-07-01 to 2026-09-30) without lying inside it',
        'periods nest (a quarter inside its year) or follow one another: start "2026-q4" after 2026-09-30, or correct "2026-q3"',
      ),
    ],
  },
  {
    fixture: 'health-expired',
    asOf: '2026-11-15',
    about: 'a health set by hand past its until day is a warning: the rule decides again',
    problems: [
      at(
        'kpis/revenue.yaml',
        9,
        66,
        'warning',
        'health-expired',
        'the health set by hand (warning) held until 2026-10-31; since then the rule decides',
        'remove the health line, or give a later until if the reason still holds',
      ),
    ],
  },
];

describe('validation corpus: every fixture reports exactly what a user should see', () => {
  for (const { fixture, link, asOf, about, problems } of cases) {
    it(`${fixture}${link ? ` + ${link.path}` : ''}${asOf ? ` as of ${asOf}` : ''}: ${about}`, async () => {
      expect(await problemsOf(fixture, link, asOf)).toEqual(problems);
    });
  }
});

describe('validation corpus: the fixtures themselves', () => {
  it('the control repository really loads: a period, two teams, one objective with two key results, one KPI', async () => {
    const repo = await loadGoalsFolder(join(FIXTURES, 'valid'));
    expect(repo.periods.map((p) => p.data.id)).toEqual(['2026-q4']);
    expect(repo.teams.map((t) => t.data.id)).toEqual(['acme', 'sales']);
    expect(repo.objectives.map((o) => [o.data.id, o.data.keyResults.map((kr) => kr.ref)])).toEqual([['grow-revenue', ['grow-revenue#kr1', 'grow-revenue#kr2']]]);
    expect(repo.kpis.map((k) => k.data.id)).toEqual(['revenue']);
  });

  it('every problem points inside the text of a file that was read, so a code frame can show it', async () => {
    for (const { fixture } of cases) {
      const repo = await loadGoalsFolder(join(FIXTURES, fixture));
      for (const problem of checkRepository(repo)) {
        const lines = (repo.texts.get(problem.file) ?? '').split(/\r?\n/);
        const line = lines[problem.line - 1];
        expect({ fixture, file: problem.file, line: problem.line, inside: line !== undefined && problem.column >= 1 && problem.column <= line.length + 1 }).toEqual({
          fixture,
          file: problem.file,
          line: problem.line,
          inside: true,
        });
      }
    }
  });

  it('the many-problems list is sorted by file, line and column', async () => {
    const problems = checkRepository(await loadGoalsFolder(join(FIXTURES, 'many-problems')));
    expect(new Set(problems.map((p) => p.file)).size).toBe(6);
    expect([...problems].sort(compareProblems)).toEqual(problems);
    const keys = problems.map((p) => [p.file, p.line, p.column] as const);
    keys.forEach((key, i) => {
      const previous = keys[i - 1];
      if (previous) expect(previous[0] < key[0] || (previous[0] === key[0] && (previous[1] < key[1] || (previous[1] === key[1] && previous[2] <= key[2])))).toBe(true);
    });
  });
});

describe('validation corpus and docs/validation.md list the same problem codes', () => {
  it('every documented code has a case here, and every code here is documented', () => {
    const doc = readFileSync(new URL('../../../docs/validation.md', import.meta.url), 'utf8');
    // The tables of docs/validation.md start each row with the code; one table describes the fields of a problem.
    const documented = new Set([...doc.matchAll(/^\| `([a-z0-9-]+)` \| (?:error|warning)/gm)].map((m) => m[1]));
    const covered = new Set(cases.flatMap((c) => c.problems.map((p) => p.code)));
    expect([...documented].filter((code) => !covered.has(code as string)).sort()).toEqual([]);
    expect([...covered].filter((code) => !documented.has(code)).sort()).toEqual([]);
    expect(documented.size).toBeGreaterThan(40);
  });
});
