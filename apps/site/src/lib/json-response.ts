/** A JSON API file: compact, UTF-8, typed as JSON. */
export function json(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
