import { createHash } from 'node:crypto';
import type { Problem } from '@cairn/core';
import { relative } from 'node:path';
import type { Output } from '../output.js';
import { codeFrame } from './code-frame.js';
import { escapeControl, escapeControlInJson } from './escape-control.js';
import { counted } from './counted.js';

export type ProblemFormat = 'pretty' | 'github' | 'json' | 'codequality';

/** `path:line:col severity message`, a code frame with a caret, and the suggestion. */
export function prettyProblems(problems: readonly Problem[], texts: Map<string, string>, dir: string, output: Output): string {
  const c = output.colours;
  const shown = (file: string): string => relative(process.cwd(), `${dir}/${file}`) || file;
  const blocks = problems.map((p) => {
    const severity = p.severity === 'error' ? c.red(c.bold('error')) : c.yellow(c.bold('warning'));
    // File names, messages and hints quote what the files hold: escaped, so they cannot act on the terminal.
    const head = `${c.cyan(`${escapeControl(shown(p.file))}:${p.line}:${p.column}`)} ${severity} ${escapeControl(p.message)}`;
    const text = texts.get(p.file);
    const frame = text ? codeFrame(text, p.line, p.column) : '';
    const hint = p.suggestion ? `\n  ${c.green('hint:')} ${escapeControl(p.suggestion)}` : '';
    // A file with no text to show (empty, or not text at all) gets no frame rather than a blank one.
    return `${head}${frame ? `\n${indent(frame)}` : ''}${hint}`;
  });
  return `${blocks.join('\n\n')}\n\n${summary(problems, output)}`;
}

export function summary(problems: readonly Problem[], output: Output): string {
  const c = output.colours;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const line = `${counted(errors, 'error')}, ${counted(warnings, 'warning')}`;
  return errors > 0 ? c.red(line) : warnings > 0 ? c.yellow(line) : c.green(line);
}

/** GitHub Actions workflow commands: each problem becomes an annotation on the pull request. */
export function githubProblems(problems: readonly Problem[], prefix: string): string {
  return problems
    .map((p) => {
      const message = escapeControl(p.suggestion ? `${p.message} — hint: ${p.suggestion}` : p.message);
      const file = escapeControl(prefix ? `${prefix}/${p.file}` : p.file);
      return `::${p.severity} file=${escapeProperty(file)},line=${p.line},col=${p.column},title=${escapeProperty(`cairn ${p.code}`)}::${escapeData(message)}`;
    })
    .join('\n');
}

/**
 * GitLab's code-quality report (a JSON array), which merge requests show beside the changed
 * lines. The fingerprint is stable for the same problem at the same place, so GitLab can tell
 * new problems from fixed ones.
 */
export function codeQualityProblems(problems: readonly Problem[], prefix: string): string {
  const report = problems.map((p) => {
    const path = prefix ? `${prefix}/${p.file}` : p.file;
    const description = p.suggestion ? `${p.message} — hint: ${p.suggestion}` : p.message;
    return {
      description,
      check_name: `cairn ${p.code}`,
      fingerprint: createHash('sha256').update(`${path}\n${p.line}\n${p.column}\n${p.code}\n${p.message}`).digest('hex'),
      severity: p.severity === 'error' ? 'major' : 'minor',
      location: { path, lines: { begin: p.line } },
    };
  });
  return escapeControlInJson(JSON.stringify(report, null, 2));
}

export function jsonProblems(problems: readonly Problem[]): string {
  return escapeControlInJson(JSON.stringify(problems.map((p) => ({ ...p, suggestion: p.suggestion ?? null })), null, 2));
}

function indent(frame: string): string {
  return frame
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
