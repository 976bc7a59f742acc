/** A storage consent as Microsoft's consent modes spell it. */
export type Storage = 'granted' | 'denied';

/** `'granted'` or `'denied'` for one category's choice. */
export const storage = (granted: boolean | undefined): Storage => (granted ? 'granted' : 'denied');
