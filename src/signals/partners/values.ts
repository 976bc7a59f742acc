import type { ConsentModeState } from '../consent-mode.js';

/** A storage consent as Microsoft's consent modes spell it: Google Consent Mode's words. */
export type Storage = ConsentModeState[string];

/** `'granted'` or `'denied'` for one category's choice. */
export const storage = (granted: boolean | undefined): Storage => (granted ? 'granted' : 'denied');
