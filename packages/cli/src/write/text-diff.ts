/**
 * A unified diff of one file's change, for `--dry-run`. Cairn's edits touch one place (or a few
 * close together), so one hunk from the first to the last changed line says it exactly.
 */
export function unifiedDiff(path: string, before: string | null, after: string, context = 3): string {
  const old = before === null ? [] : splitLines(before);
  const now = splitLines(after);
  let head = 0;
  while (head < old.length && head < now.length && old[head] === now[head]) head += 1;
  let tail = 0;
  while (tail < old.length - head && tail < now.length - head && old[old.length - 1 - tail] === now[now.length - 1 - tail]) tail += 1;
  if (head === old.length && head === now.length) return '';
  const from = Math.max(0, head - context);
  const oldEnd = Math.min(old.length, old.length - tail + context);
  const nowEnd = Math.min(now.length, now.length - tail + context);
  const lines = [
    `--- ${before === null ? '/dev/null' : `a/${path}`}`,
    `+++ b/${path}`,
    `@@ -${range(from, oldEnd - from)} +${range(from, nowEnd - from)} @@`,
    ...old.slice(from, head).map((l) => ` ${l}`),
    ...old.slice(head, old.length - tail).map((l) => `-${l}`),
    ...now.slice(head, now.length - tail).map((l) => `+${l}`),
    ...now.slice(now.length - tail, nowEnd).map((l) => ` ${l}`),
  ];
  return `${lines.join('\n')}\n`;
}

function range(start: number, count: number): string {
  return count === 0 ? `${start},0` : `${start + 1},${count}`;
}

/** Lines without their endings (CR or CRLF alike). */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  else lines[lines.length - 1] = `${lines.at(-1) ?? ''}\n\\ No newline at end of file`;
  return lines.map((line) => line.replace(/\r$/, ''));
}
