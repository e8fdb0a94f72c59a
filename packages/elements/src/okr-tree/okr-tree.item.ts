/**
 * What every treeitem shares, a row of the list or a card of the chart, so the two layouts
 * read out and colour a node the same way and answer the same events.
 */
import { formatGrade, formatPercent, formatScore } from '../shared/format.js';
import { gradeLook, objectiveTone, statusLook, type Tone } from '../shared/status.js';
import type { TreeNode } from './okr-tree.layout.js';

/** The accessible name of a node: everything a sighted reader gets from the row, in words. */
export function spokenLabel(node: TreeNode, locale: string): string {
  const look = statusLook(node.status);
  return [
    node.title,
    node.kind === 'key-result' ? 'key result' : 'objective',
    node.owner ? `owner ${node.owner}` : null,
    // An objective's score is written as scores are (and as its row shows it), a key result's progress in %.
    node.kind === 'key-result' ? `${formatPercent(node.progress, locale)} done, ${formatPercent(node.expected, locale)} expected` : `score ${formatScore(node.progress)}, ${formatPercent(node.expected, locale)} of the time passed`,
    node.colour ? `grade ${formatGrade(node.grade)} ${gradeLook(node.colour).label}` : `grade ${formatGrade(node.grade)}`,
    look.label,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The figure a row shows: an objective's score ("0.67"), a key result's progress ("50 %"). */
export function shownFigure(node: TreeNode, locale: string): string {
  return node.kind === 'key-result' ? formatPercent(node.progress, locale) : formatScore(node.progress);
}

/** The one colour rule: a node's status, as in every element; the grade is shown in words and an icon. */
export function nodeTone(node: TreeNode): Tone {
  return objectiveTone(node);
}

/** The element's handlers for the events of the tree itself (role="tree"), in either layout. */
export interface TreeHandlers {
  keydown: (event: KeyboardEvent) => void;
  click: (event: MouseEvent) => void;
  focusin: (event: FocusEvent) => void;
}
