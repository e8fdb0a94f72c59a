/** A count with its noun, singular for one: `1 KPI`, `2 KPIs`, `3 check-ins`, `2 entries` (given `many`). */
export const counted = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
