import { trusted } from '../page/trusted.js';
import { gtagCommand } from './consent-mode.js';

/** The gtag.js address for a GA4 measurement id. */
export const gtagUrl = (id: string) => `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(id)}`;

/**
 * The `data-ga-id` shortcut: loads gtag.js for `id` and configures it. The caller
 * calls it only once `analytics` is granted.
 * @example loadGoogleAnalytics(document, 'G-ABC123', nonce)
 */
export function loadGoogleAnalytics(doc: Document, id: string, nonce: string | undefined): HTMLScriptElement {
  const win = doc.defaultView as Window;
  gtagCommand(win, 'js', new Date());
  gtagCommand(win, 'config', id);
  const script = doc.createElement('script');
  script.async = true;
  if (nonce) script.nonce = nonce;
  script.src = trusted(win).url(gtagUrl(id));
  script.setAttribute('data-consentry-ga', id);
  doc.head.append(script);
  return script;
}
