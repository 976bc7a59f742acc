import { byId } from './dom.js';

/** Says `message` to a screen reader, through the page's live region. */
export function announce(message: string) {
  const region = byId('announce');
  region.textContent = '';
  // A new text node after clearing, so the same message twice is announced twice.
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}
