import type { PropertyDeclaration } from 'lit';

/**
 * A number attribute for hand-written markup. An empty or unreadable value (`value=""`, which a
 * template writes for a missing number, or `value="n/a"`) means "not set", as if the attribute
 * were absent: Lit's own Number reads "" as 0, and a gauge must not show a healthy 0 for a
 * reading nobody took.
 */
export const numberAttribute: PropertyDeclaration = {
  type: Number,
  converter: {
    fromAttribute: (value: string | null): number | undefined => {
      if (value === null || value.trim() === '') return undefined;
      const number = Number(value);
      return Number.isFinite(number) ? number : undefined;
    },
    toAttribute: (value: unknown): string | null => (typeof value === 'number' ? String(value) : null),
  },
};
