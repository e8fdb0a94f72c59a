import { isAmount, isBeyondRange } from '../schema/number-bounds.js';
import { plainScalarValue } from '../source/core-schema.js';

const DECIMAL = /^-?[0-9]+(?:\.[0-9]+)?$/;

/**
 * The number a CSV cell holds, read as YAML reads an unquoted value, so that a measurement is
 * accepted the same in a CSV and in a YAML file; undefined when it is not a number Cairn reads.
 */
export function cellNumber(cell: string): number | undefined {
  // Most cells are plain decimals, which YAML reads as `Number` does (a test holds the two alike);
  // zero is left to the reader, whose -0 is its own to decide.
  const decimal = DECIMAL.test(cell) ? Number(cell) : 0;
  const value = decimal !== 0 ? decimal : plainScalarValue(cell);
  return typeof value === 'number' && isAmount(value) ? value : undefined;
}

/** Whether a cell holds a number, but one beyond ±1e15 or beyond what a double holds (`1e400`). */
export function cellBeyondRange(cell: string): boolean {
  const value = plainScalarValue(cell);
  return isBeyondRange(typeof value === 'number' ? value : cell, 'value');
}
