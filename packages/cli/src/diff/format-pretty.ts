import { targetText, type Standing } from '@cairn/core';
import { escapeControl } from '../format/escape-control.js';
import { renderTable } from '../format/table.js';
import type { Output } from '../output.js';
import { checkinExtras, decimals, fieldsWithValues, kpiHealthCells, moved, movedKpi, signed, summaryLine, type DiffReport } from './diff-report.js';

function standing(s: Standing | null, places = 2): string {
  if (s === null) return '—';
  return [s.score.toFixed(places), s.grade === null ? null : s.grade.toFixed(1), s.status].filter((x) => x !== null).join(' ');
}

/** The diff for a person at a terminal: the summary, findings, goalposts, scores, KPI health and changes. */
export function prettyReport(report: DiffReport, output: Output): string {
  const c = output.colours;
  const e = escapeControl;
  const out: string[] = [c.bold(e(summaryLine(report)))];
  if (report.headProblems.length > 0) {
    out.push(...report.headProblems.map((p) => `  ${c.cyan(e(`${p.file}:${p.line}:${p.column}`))} ${p.severity === 'error' ? c.red('error') : c.yellow('warning')} ${e(p.message)}`));
    return out.join('\n');
  }
  const diff = report.diff;
  if (diff === null) return out.join('\n');
  out.push(c.dim(`${e(report.base)} → ${e(report.head)}, scored as of ${diff.asOf}`));
  if (report.baseProblems.length > 0) out.push(c.yellow(`the base has ${report.baseProblems.length} problem(s) of its own; scores are not compared`));
  for (const f of diff.findings) out.push(`${f.severity === 'error' ? c.red('error') : c.yellow('warning')} ${e(f.message)} ${c.dim(`(${e(f.file)}:${f.line}, ${f.rule})`)}`);
  const goalposts = moved(diff);
  if (goalposts.length > 0) {
    out.push('', c.bold('Goalposts moved'));
    out.push(renderTable([{ header: 'Key result' }, { header: 'Field' }, { header: 'Before', align: 'right' }, { header: 'After', align: 'right' }, { header: 'Period' }], goalposts.map((g) => [e(g.ref), g.field, String(g.before ?? '—'), String(g.after ?? '—'), `${e(g.period)} ${g.phase === 'after' ? 'ended' : 'running'}`]), c.bold, output.columns));
  }
  const kpiGoalposts = movedKpi(diff);
  if (kpiGoalposts.length > 0) {
    out.push('', c.bold('KPI goalposts moved'));
    out.push(renderTable([{ header: 'KPI' }, { header: 'Field' }, { header: 'Before', align: 'right' }, { header: 'After', align: 'right' }], kpiGoalposts.map((g) => [e(g.ref), g.field, targetText(g.before), targetText(g.after)]), c.bold, output.columns));
  }
  if (diff.scores.length > 0) {
    out.push('', c.bold('Scores'));
    const rows = diff.scores.map((s) => [s.kind, e(s.kind === 'team' ? `${s.id} (${s.period ?? ''})` : s.from === undefined ? s.id : `${s.id} (was ${s.from})`), standing(s.before, decimals(s.before, s.after)), standing(s.after, decimals(s.before, s.after)), signed(s.before, s.after)]);
    out.push(renderTable([{ header: 'Kind' }, { header: 'Id', min: 12 }, { header: 'Before' }, { header: 'After' }, { header: 'Change', align: 'right' }], rows, c.bold, output.columns));
    // Each side is three figures in one cell; the markdown comment labels them, and so does this line.
    out.push(c.dim('Before and after: score, grade (the score to one decimal) and status; the change is in the score.'));
  }
  if (diff.kpiHealth.length > 0) {
    out.push('', c.bold('KPI health'));
    const rows = diff.kpiHealth.map((k) => [e(`${k.id}${k.from === undefined ? '' : ` (was ${k.from})`}${k.valuesHidden ? ' (values hidden)' : ''}`), ...kpiHealthCells(k)]);
    out.push(renderTable([{ header: 'KPI', min: 12 }, { header: 'Health' }, { header: 'Latest' }, { header: 'Trend' }], rows, c.bold, output.columns));
  }
  if (diff.changes.length > 0) {
    out.push('', c.bold('Changes'));
    for (const ch of diff.changes) {
      const detail = ch.change === 'renamed' ? ` from ${e(ch.from ?? '')}` : '';
      const fields = ch.fields.length > 0 ? ` (${e(fieldsWithValues(diff, ch).join(', '))})` : '';
      out.push(`  ${ch.change} ${ch.kind} ${e(ch.id)}${detail}${fields} ${c.dim(`${e(ch.file)}:${ch.line}`)}`);
    }
  }
  for (const [title, list] of [['Check-ins added', diff.checkinsAdded], ['Check-ins removed or rewritten', diff.checkinsRemoved], ['Measurements added', diff.measurementsAdded], ['Measurements removed or rewritten', diff.measurementsRemoved]] as const) {
    if (list.length === 0) continue;
    out.push('', c.bold(title));
    out.push(...list.map((v) => `  ${e(v.ref)} ${v.date} ${String(v.value)}${v.now === undefined ? '' : ` → ${v.now === null ? 'removed' : String(v.now)}`}${checkinExtras(v).map((x) => ` ${e(x)}`).join('')}${v.note === null ? '' : ` ${c.dim(e(v.note))}`}`));
  }
  return out.join('\n');
}
