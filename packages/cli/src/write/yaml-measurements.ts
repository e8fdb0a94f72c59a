import { editList, EditError, listItems, type Entry } from '@cairn/core';
import { UsageError } from '../output.js';

/** The index of the measurement a KPI's YAML or JSON file records on `date`, or -1. */
function indexOn(text: string, file: string, date: string): number {
  return listItems(text, file, ['measurements']).findIndex((item) => (item as { date?: unknown } | null)?.date === date);
}

/** The value a KPI's YAML or JSON file records on `date`, or undefined. */
export function yamlValueOn(text: string, file: string, date: string): number | undefined {
  const item = listItems(text, file, ['measurements']).findLast((entry) => (entry as { date?: unknown } | null)?.date === date) as { value?: unknown } | undefined;
  return item === undefined ? undefined : Number(item.value);
}

/**
 * Adds a measurement to the `measurements` list of a KPI's YAML or JSON file, written as its
 * other entries are, or replaces the entry of that date when `replace`; without it, a date
 * already measured is refused.
 */
export function addYamlMeasurement(text: string, file: string, kpiId: string, entry: Entry & { date: string }, replace: boolean): { text: string; replaced: boolean } {
  const existing = indexOn(text, file, entry.date);
  if (existing >= 0 && !replace) throw new UsageError(`${kpiId} already has a measurement on ${entry.date}; add --replace to replace it, or give another --date`);
  try {
    return { text: editList(text, file, { list: ['measurements'], entry, replace: existing >= 0 ? existing : undefined }), replaced: existing >= 0 };
  } catch (error) {
    if (error instanceof EditError) throw new UsageError(error.message);
    throw error;
  }
}
