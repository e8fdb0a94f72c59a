import { siblingsOf, typeAhead, type OkrTreeModel, type TreeNode, type TreeRow } from './okr-tree.layout.js';

/**
 * What a key press asks of the tree, following the keyboard model of the ARIA tree pattern.
 * `none` is a key the tree owns that has nothing to do here: it is still consumed, so the page
 * does not scroll or act on it. `pass` is a key that is not the tree's: the event is left alone.
 */
export type KeyAction =
  | { type: 'move'; index: number }
  | { type: 'expand'; node: TreeNode }
  | { type: 'collapse'; node: TreeNode }
  | { type: 'select'; node: TreeNode }
  | { type: 'expand-siblings'; nodes: TreeNode[] }
  /** `typed` is the new type-ahead text; `index` the row it matches, or -1. */
  | { type: 'type-ahead'; typed: string; index: number }
  | { type: 'none' }
  | { type: 'pass' };

/** The parts of a key press that decide the action; a KeyboardEvent is one. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export interface KeyContext {
  model: OkrTreeModel;
  rows: readonly TreeRow[];
  /** Key of the row holding the roving tab stop. */
  active: string | null;
  expanded: ReadonlySet<string>;
  /** The type-ahead text typed so far, before this key. */
  typed: string;
}

/** The action for a key press on the active row. */
export function keyAction(press: KeyPress, { model, rows, active, expanded, typed }: KeyContext): KeyAction {
  // Shortcuts with modifiers belong to the browser and the page.
  if (press.altKey || press.ctrlKey || press.metaKey) return { type: 'pass' };
  const index = rows.findIndex((r) => r.node.key === active);
  const row = rows[index];
  if (!row) return { type: 'pass' };
  const node = row.node;
  switch (press.key) {
    case 'ArrowDown':
      return { type: 'move', index: Math.min(rows.length - 1, index + 1) };
    case 'ArrowUp':
      return { type: 'move', index: Math.max(0, index - 1) };
    case 'Home':
      return { type: 'move', index: 0 };
    case 'End':
      return { type: 'move', index: rows.length - 1 };
    case 'ArrowRight':
      // Right opens a closed node, then steps into its first child; on a leaf it does nothing.
      if (row.expanded === false) return { type: 'expand', node };
      if (row.expanded === true) return { type: 'move', index: index + 1 };
      return { type: 'none' };
    case 'ArrowLeft': {
      // Left closes an open node, then steps out to its parent.
      if (row.expanded === true) return { type: 'collapse', node };
      const parent = node.parent ? rows.findIndex((r) => r.node === node.parent) : -1;
      return parent >= 0 ? { type: 'move', index: parent } : { type: 'none' };
    }
    case 'Enter':
    case ' ':
      return { type: 'select', node };
    case '*': {
      const closed = siblingsOf(model, node).filter((s) => s.children.length > 0 && !expanded.has(s.key));
      return closed.length > 0 ? { type: 'expand-siblings', nodes: closed } : { type: 'none' };
    }
    default: {
      // Named keys (Tab, Escape, F5…) are longer than one character, and no title is found by whitespace.
      if (press.key.length !== 1 || !/\S/u.test(press.key)) return { type: 'pass' };
      const text = typed + press.key;
      return { type: 'type-ahead', typed: text, index: typeAhead(rows, index, text) };
    }
  }
}
