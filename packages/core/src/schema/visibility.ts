import { z } from 'zod';

/** Who may read an item: `internal` items are left out of a public build entirely. */
export const VisibilitySchema = z.enum(['public', 'internal']);

/** `hidden` keeps score, status and progress but never publishes start, target, current or measured values. */
export const ValuesSchema = z.enum(['shown', 'hidden']);

export type Visibility = z.output<typeof VisibilitySchema>;
export type Values = z.output<typeof ValuesSchema>;
