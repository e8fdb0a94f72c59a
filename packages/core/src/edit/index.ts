export { editList, listItems, EditError, type ListEdit } from './edit-list.js';
export type { Entry, EntryValue } from './render-entry.js';
export { textRegion, lineEnding, type TextRegion } from './text-region.js';
