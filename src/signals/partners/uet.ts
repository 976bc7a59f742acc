/**
 * Microsoft Advertising UET consent mode: `window.uetq.push('consent', 'default' | 'update',
 * { ad_storage })`. Before bat.js runs, `uetq` is the array UET's tag code keeps
 * (`w[u]=w[u]||[]`) and hands to `new UET(o)` as its queue; afterwards it is UET's own
 * object, whose `push` takes the same command.
 * https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_consent
 * https://help.ads.microsoft.com/#apex/ads/en/60119/1
 */
import type { Choices } from '../../consent/choices.js';
import { type Storage, storage } from './values.js';

type UetWindow = Window & { uetq?: { push(...args: unknown[]): unknown } };

/** What UET hears: `ad_storage` from `advertising`. */
export interface UetState {
  ad_storage: Storage;
}

const push = (win: Window, ...args: unknown[]) => {
  // biome-ignore lint/suspicious/noAssignInExpressions: size trick (the script tag ships it): Microsoft's own uetq = uetq || []
  ((win as UetWindow).uetq ||= []).push(...args);
};

/**
 * Queues UET's denied default, as Microsoft's own snippet does, ahead of the tag code.
 * @example uetDefault(window) // uetq: ['consent', 'default', { ad_storage: 'denied' }]
 */
export const uetDefault = (win: Window): void => push(win, 'consent', 'default', { ad_storage: 'denied' });

/**
 * What UET must hear for `granted`.
 * @example uetState({ advertising: true }) // { ad_storage: 'granted' }
 */
export const uetState = (granted: Choices): UetState => ({ ad_storage: storage(granted.advertising) });

/**
 * Sends a choice to UET: `uetq.push('consent', 'update', state)`.
 * @example sendUet(window, uetState(choices))
 */
export const sendUet = (win: Window, state: UetState): void => push(win, 'consent', 'update', state);
