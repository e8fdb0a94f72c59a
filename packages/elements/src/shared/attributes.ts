import type { ComplexAttributeConverter } from 'lit';

/**
 * Reads a number attribute written by hand. An empty or unreadable value (`value=""`, which a
 * template writes for a missing number, or `value="n/a"`) means "not set", as if the attribute
 * were absent: Lit's own Number reads "" as 0, and a gauge must not show a healthy 0 for a
 * reading nobody took. Used as `{ type: Number, converter: numberConverter }`: the manifest
 * analyzer reads the type from that literal.
 */
export const numberConverter: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value: string | null): number | undefined => {
    if (value === null || value.trim() === '') return undefined;
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  },
  toAttribute: (value: number | undefined): string | null => (value === undefined ? null : String(value)),
};

/**
 * The message for the first number attribute among `names` that is written but is not a
 * number (`value="abc"`); an empty one means "not set" and is no problem.
 */
export function numberAttributeProblem(element: Element, names: readonly string[]): string | null {
  for (const name of names) {
    const text = element.getAttribute(name);
    if (text !== null && text.trim() !== '' && numberConverter.fromAttribute!(text, Number) === undefined) {
      return `The ${name} attribute is "${text}", which is not a number.`;
    }
  }
  return null;
}
