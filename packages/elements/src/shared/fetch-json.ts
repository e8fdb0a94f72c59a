/** What a shared request ends with: the parsed JSON, or the message to show. */
export type Fetched = { ok: true; json: unknown } | { ok: false; message: string };

/** Under a registered symbol, so every copy of the elements on a page (bundle and standalone) shares one map. */
const REQUESTS = Symbol.for('@cairn/elements:requests');

type Holder = Document & { [REQUESTS]?: Map<string, Promise<Fetched>> };

/**
 * The snapshot at `url`, fetched once per document however many elements ask for it: twenty
 * elements with the same `src` make one request. The map lives on the document, so another
 * document (an iframe, a test page) starts afresh. The request uses the browser's HTTP cache
 * as usual (no cache-busting). A failed request is forgotten once settled, so a later element
 * may try again.
 */
export function fetchJson(url: string, doc: Document = document): Promise<Fetched> {
  const holder = doc as Holder;
  const requests = (holder[REQUESTS] ??= new Map());
  const key = new URL(url, doc.baseURI).href;
  const known = requests.get(key);
  if (known) return known;
  const request = load(url);
  requests.set(key, request);
  void request.then((result) => {
    if (!result.ok && requests.get(key) === request) requests.delete(key);
  });
  return request;
}

async function load(url: string): Promise<Fetched> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) {
      // Unread, the body would keep the connection busy until it is collected.
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, message: `Could not load ${url}: the server answered ${response.status}.` };
    }
    try {
      return { ok: true, json: (await response.json()) as unknown };
    } catch {
      return { ok: false, message: `Could not load ${url}: it is not JSON.` };
    }
  } catch (error) {
    return { ok: false, message: `Could not load ${url}: ${error instanceof Error ? error.message : String(error)}.` };
  }
}
