/**
 * `localStorage` keys that let a page view skip loading the records module: the id of the
 * last receipt the history holds, and whether the consent log has receipts waiting.
 */
export const savedKey = 'consentry-saved';
export const waitingKey = 'consentry-waiting';
