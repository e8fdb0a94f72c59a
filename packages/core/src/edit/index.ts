export { editList, listItems, EditError, type ListEdit } from './edit-list.js';
export { mappingLines, type Entry, type EntryValue } from './render-entry.js';
export { textRegion, lineEnding, type TextRegion } from './text-region.js';
