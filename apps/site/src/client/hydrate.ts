/**
 * Hydrates the server-rendered elements lazily. They are already painted by declarative shadow
 * DOM and rendered with `defer-hydration`, so nothing runs until one is needed: its module loads
 * when the first of its kind comes near the viewport or the reader points at, touches or focuses
 * one, and each element then hydrates in an idle moment of its own, so no long task holds up the
 * page. An element the reader never scrolls to costs nothing.
 */
type Load = () => Promise<unknown>;

const INTERACTIONS = ['pointerover', 'focusin', 'touchstart'] as const;

// Lit's hydration support must run before Lit itself loads, so it is imported before the element.
const withHydrationSupport = (load: Load): Promise<unknown> => import('@lit-labs/ssr-client/lit-element-hydrate-support.js').then(load);

/** A promise that resolves in a task of its own when the browser is idle (or soon, where it has no idle callback). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 50);
  });
}

/** Hydrates each `tag` element that waits with `defer-hydration`, loading its module with `load` the first time one is needed. */
export function hydrateWhenNeeded(tag: string, load: Load): void {
  const waiting = new Set(document.querySelectorAll<HTMLElement>(`${tag}[defer-hydration]`));
  if (waiting.size === 0) return;
  let module: Promise<unknown> | undefined;
  let queue: Promise<void> = Promise.resolve();

  const claim = (element: Element): boolean => {
    if (!waiting.delete(element as HTMLElement)) return false;
    observer.unobserve(element);
    module ??= withHydrationSupport(load);
    return true;
  };
  // One element per idle task, in the order they were asked for.
  const soon = (element: Element): void => {
    if (!claim(element)) return;
    queue = queue
      .then(() => module)
      .then(idle)
      .then(() => element.removeAttribute('defer-hydration'));
  };
  // The reader is about to use this one: it goes ahead of the queue, even if already in it.
  const now = (element: Element): void => {
    claim(element);
    void module?.then(() => element.removeAttribute('defer-hydration'));
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) soon(entry.target);
    },
    { rootMargin: '200px' },
  );
  for (const element of waiting) {
    observer.observe(element);
    for (const type of INTERACTIONS) element.addEventListener(type, () => now(element), { once: true, passive: true });
  }
}
