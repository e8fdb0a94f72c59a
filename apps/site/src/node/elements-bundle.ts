/** Where a built site publishes the elements' one-file bundle, under its base, for intranet pages that show its data. */
export const ELEMENTS_BUNDLE = 'elements/cairn-elements.js';
