/**
 * Waiting for the page: Consentry's script runs in `<head>`, before the body it draws into
 * exists. Both helpers take a `signal` so that `destroy()` stops the wait.
 */

/** Resolves at DOMContentLoaded, or in the next task when the DOM is parsed already. */
export const whenDomReady = (doc: Document, signal?: AbortSignal): Promise<void> =>
  new Promise<void>((resolve) => {
    if (doc.readyState !== 'loading') return void setTimeout(resolve);
    doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true, signal });
  });

/**
 * Resolves once `<body>` exists: the banner can show while the rest of a long page still
 * streams in, not only at DOMContentLoaded.
 */
export const whenBody = (doc: Document, signal?: AbortSignal): Promise<void> =>
  new Promise<void>((resolve) => {
    if (doc.body) return resolve();
    const observer = new MutationObserver(() => {
      if (!doc.body) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(doc.documentElement, { childList: true });
    signal?.addEventListener('abort', () => observer.disconnect());
  });
