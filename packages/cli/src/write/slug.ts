/** An id from a title, as a person would shorten it: lowercase words joined by hyphens, at most 40 characters. */
export function slugFrom(title: string, maxLength = 40): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A first word longer than the limit is cut rather than dropped.
  return slug || (words[0] ?? '').slice(0, maxLength);
}

/** `base`, else `base-2`, `base-3`… whichever is not taken. */
export function freeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** The note a command prints when the id it made leaves words of the title out, so the writer can choose another. */
export function cutIdNote(title: string, id: string, maxLength: number, give: string): string | null {
  const whole = slugFrom(title, Number.POSITIVE_INFINITY);
  if (whole === '' || whole.length <= maxLength) return null;
  return `The id ${id} is made from the start of the title (ids made from a title are cut at ${maxLength} characters); ${give} to choose another.`;
}
