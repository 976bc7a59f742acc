/**
 * Meta pixel's consent API: `fbq('consent', 'revoke')` before `fbq('init', …)` on every
 * page, `fbq('consent', 'grant')` once the visitor agrees. Queued through the accessor that
 * Limited Data Use rides on (../meta.ts), so Meta's base code still runs.
 * https://developers.facebook.com/docs/meta-pixel/implementation/gdpr
 */
import type { Choices } from '../../consent/choices.js';
import { callMeta } from '../meta.js';

/** What Meta hears: `grant` or `revoke`, from `advertising`. */
export type MetaState = 'grant' | 'revoke';

/**
 * Queues `fbq('consent', 'revoke')` ahead of the pixel's `init`.
 * @example metaDefault(window)
 */
export const metaDefault = (win: Window): void => callMeta(win, 'consent', 'revoke');

/**
 * What Meta's pixel must hear for `granted`.
 * @example metaState({ advertising: false }) // 'revoke'
 */
export const metaState = (granted: Choices): MetaState => (granted.advertising ? 'grant' : 'revoke');

/**
 * Sends a choice to Meta's pixel: `fbq('consent', state)`.
 * @example sendMeta(window, 'grant')
 */
export const sendMeta = (win: Window, state: MetaState): void => callMeta(win, 'consent', state);
