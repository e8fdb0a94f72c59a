import { targetText, type GoalsDiff, type ItemChange, type KpiHealthChange, type ScoreChange, type Standing, type ValueAdded } from '@cairn/core';
import { checkinExtras, decimals, fieldsWithValues, kpiHealthCells, moved, movedKpi, signed, summaryLine, type DiffReport } from './diff-report.js';

/** The hidden first line that lets CI find its own comment and update it rather than add one. */
export const COMMENT_MARKER = '<!-- cairn-diff -->';

/** Lists longer than this fold into a <details> block, so the comment stays readable. */
const FOLD_AFTER = 8;

/** Text from the goals files, made inert in markdown: no tables broken, no HTML, no mentions. */
export function md(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]<>|#~!]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b');
}

const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

function standing(s: Standing | null, places = 2): string {
  if (s === null) return '—';
  return [s.score.toFixed(places), s.grade === null ? null : `grade ${s.grade.toFixed(1)}`, s.status].filter((x) => x !== null).join(' · ');
}

function fold(title: string, lines: readonly string[]): string {
  if (lines.length === 0) return '';
  const body = lines.join('\n');
  return lines.length > FOLD_AFTER + 2 ? `<details><summary>${title}</summary>\n\n${body}\n\n</details>` : `**${title}**\n\n${body}`;
}

function scoreRow(s: ScoreChange): string {
  const what = s.kind === 'period' ? `Period **${md(s.title)}**` : s.kind === 'team' ? `Team ${md(s.title)} (${code(s.period ?? '')})` : `${md(s.title)} ${code(s.id)}${s.from === undefined ? '' : ` (was ${code(s.from)})`}`;
  return `| ${what} | ${standing(s.before, decimals(s.before, s.after))} | ${standing(s.after, decimals(s.before, s.after))} | ${signed(s.before, s.after)} |`;
}

function changeRow(diff: GoalsDiff, c: ItemChange): string {
  const fields = fieldsWithValues(diff, c).map(md).join(', ');
  const detail = c.change === 'renamed' ? `from ${code(c.from ?? '')}${fields === '' ? '' : `; ${fields}`}` : fields;
  return `| ${c.change} | ${c.kind} | ${md(c.title)} ${code(c.id)} | ${detail} | ${code(`${c.file}:${c.line}`)} |`;
}

function valueRow(v: ValueAdded, extras: boolean): string {
  const value = v.now === undefined ? String(v.value) : `${String(v.value)} → ${v.now === null ? 'removed' : String(v.now)}`;
  const more = extras ? ` ${v.confidence ?? ''} | ${v.by === undefined ? '' : md(v.by)} |` : '';
  return `| ${code(v.ref)} | ${v.date} | ${value} |${more} ${v.note === null ? '' : md(v.note)} |`;
}

function kpiHealthRow(k: KpiHealthChange): string {
  const [health, latest, trend] = kpiHealthCells(k);
  const what = `${md(k.title)} ${code(k.id)}${k.from === undefined ? '' : ` (was ${code(k.from)})`}${k.valuesHidden ? ' (values hidden)' : ''}`;
  return `| ${what} | ${md(health)} | ${latest} | ${trend} |`;
}

/** A pull-request comment: a one-line summary, then tables in a fixed order; nothing about scores when none changed. */
export function markdownReport(report: DiffReport): string {
  const out: string[] = [COMMENT_MARKER, `### Cairn: ${md(summaryLine(report))}`];
  if (report.headProblems.length > 0) {
    out.push('', 'Nothing is compared until the goals validate. Problems:', '');
    out.push(...report.headProblems.map((p) => `- ${p.severity === 'error' ? '**error**' : 'warning'} ${code(`${p.file}:${p.line}:${p.column}`)} ${md(p.message)}`));
    return `${out.join('\n')}\n`;
  }
  const diff = report.diff;
  if (diff === null) return `${out.join('\n')}\n`;
  out.push('', `Compared ${code(report.base)} with ${code(report.head)}, both scored as of ${diff.asOf}.`);
  if (report.baseProblems.length > 0) out.push('', `The base has ${report.baseProblems.length} problem(s) of its own, so scores are not compared.`);
  if (diff.findings.length > 0) {
    out.push('', '**Review checks**', '');
    out.push(...diff.findings.map((f) => `- ${f.severity === 'error' ? '❌' : '⚠️'} ${md(f.message)} (${code(`${f.file}:${f.line}`)}, rule ${code(f.rule)})`));
  }
  const goalposts = moved(diff);
  if (goalposts.length > 0) {
    out.push('', '**⚠ Goalposts moved** (changed after the period started)', '', '| Key result | Field | Before | After | Period |', '|---|---|--:|--:|---|');
    out.push(...goalposts.map((g) => `| ${md(g.title)} ${code(g.ref)} | ${g.field} | ${g.before ?? '—'} | ${g.after ?? '—'} | ${code(g.period)} ${g.phase === 'after' ? 'ended' : 'running'} |`));
  }
  const kpiGoalposts = movedKpi(diff);
  if (kpiGoalposts.length > 0) {
    out.push('', '**⚠ KPI goalposts moved** (a target or critical line the KPI is judged against)', '', '| KPI | Field | Before | After |', '|---|---|--:|--:|');
    out.push(...kpiGoalposts.map((g) => `| ${md(g.title)} ${code(g.ref)} | ${g.field} | ${md(targetText(g.before))} | ${md(targetText(g.after))} |`));
  }
  if (diff.scores.length > 0) {
    const lines = ['| | Before | After | Change |', '|---|---|---|--:|', ...diff.scores.map(scoreRow)];
    out.push('', fold(`Scores (${diff.scores.length} changed)`, lines));
  }
  if (diff.kpiHealth.length > 0) {
    out.push('', fold(`KPI health (${diff.kpiHealth.length} changed)`, ['| KPI | Health | Latest | Trend |', '|---|---|---|---|', ...diff.kpiHealth.map(kpiHealthRow)]));
  }
  const notMoved = diff.goalposts.filter((g) => g.phase === 'before');
  if (diff.changes.length > 0 || notMoved.length > 0) {
    const rows = [...diff.changes.map((c) => changeRow(diff, c)), ...notMoved.map((g) => `| edited | goalpost | ${md(g.title)} ${code(g.ref)} | ${g.field} ${g.before ?? '—'} → ${g.after ?? '—'} (period not started) | ${code(`${g.file}:${g.line}`)} |`)];
    out.push('', fold(`Changes (${rows.length})`, ['| Change | Kind | What | Details | Where |', '|---|---|---|---|---|', ...rows]));
  }
  const values = (title: string, list: readonly ValueAdded[]): void => {
    if (list.length === 0) return;
    // Confidence and author get columns only where some check-in of the list has them.
    const extras = list.some((v) => checkinExtras(v).length > 0);
    const head = extras ? ['| Of | Date | Value | Confidence | By | Note |', '|---|---|--:|--:|---|---|'] : ['| Of | Date | Value | Note |', '|---|---|--:|---|'];
    out.push('', fold(`${title} (${list.length})`, [...head, ...list.map((v) => valueRow(v, extras))]));
  };
  values('Check-ins added', diff.checkinsAdded);
  values('Check-ins removed or rewritten', diff.checkinsRemoved);
  values('Measurements added', diff.measurementsAdded);
  values('Measurements removed or rewritten', diff.measurementsRemoved);
  return `${out.join('\n')}\n`;
}
