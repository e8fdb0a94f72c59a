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
  let target: URL;
  try {
    target = new URL(url, doc.baseURI);
  } catch {
    return Promise.resolve({ ok: false, message: `Could not load ${url}: it is not a valid URL.` });
  }
  const key = target.href;
  const known = requests.get(key);
  if (known) return known;
  const request = load(url, target.origin !== doc.location?.origin);
  requests.set(key, request);
  void request.then((result) => {
    if (!result.ok && requests.get(key) === request) requests.delete(key);
  });
  return request;
}

/**
 * Why a request the browser refused to complete failed, in terms a page author can act on: the
 * browser only says "Failed to fetch" and keeps the real cause (CORS, the page's policy, the
 * network) in its console, out of a script's reach.
 */
function unreachableMessage(url: string, crossOrigin: boolean): string {
  const policy = "the page's Content-Security-Policy must allow the server in connect-src (when the page has a policy)";
  if (!crossOrigin) return `Could not load ${url}: the browser could not reach it. The server may be down or the network unavailable, or ${policy}.`;
  return `Could not load ${url}: the browser blocked the request or could not reach the server. For a page on another origin, the server must send an Access-Control-Allow-Origin header with the file, and ${policy}.`;
}

async function load(url: string, crossOrigin: boolean): Promise<Fetched> {
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
    // fetch rejects with a TypeError for every refusal and network failure alike.
    if (error instanceof TypeError) return { ok: false, message: unreachableMessage(url, crossOrigin) };
    return { ok: false, message: `Could not load ${url}: ${error instanceof Error ? error.message : String(error)}.` };
  }
}
