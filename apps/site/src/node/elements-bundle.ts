import { createRequire } from 'node:module';

/** Where a built site publishes the elements' one-file bundle, under its base, for intranet pages that show its data. */
export const ELEMENTS_BUNDLE = 'elements/cairn-elements.js';

/** The bundle's file in the installed @cairn/elements, which a build copies and the dev server serves. */
export function elementsBundleSource(): string {
  return createRequire(import.meta.url).resolve('@cairn/elements/cairn-elements.js');
}
