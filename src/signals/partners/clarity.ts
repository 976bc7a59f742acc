/**
 * Microsoft Clarity's consent API v2: `clarity('consentv2', { ad_Storage, analytics_Storage })`
 * (capital S, as Clarity spells them), and `clarity('consent', false)` to erase Clarity's
 * cookies when consent is withdrawn. Clarity enforces a consent signal for visits from the
 * EEA, the UK and Switzerland since 31 October 2025.
 * https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2
 * https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-consent
 */
import type { Choices } from '../../consent/choices.js';
import { type Storage, storage } from './values.js';

type Clarity = ((...args: unknown[]) => void) & { q?: unknown[] };
type ClarityWindow = Window & { clarity?: Clarity };

/** What Clarity hears: `ad_Storage` from `advertising`, `analytics_Storage` from `analytics`. */
export interface ClarityState {
  ad_Storage: Storage;
  analytics_Storage: Storage;
}

/**
 * `window.clarity`, defined as Clarity's install snippet defines it when the page has none
 * (`c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)}`): the snippet then keeps
 * it and still loads the tag, which reads `clarity.q`.
 */
function clarity(win: Window): Clarity {
  // biome-ignore lint/suspicious/noAssignInExpressions: size trick (the script tag ships it): the snippet's own c[a]=c[a]||…
  return ((win as ClarityWindow).clarity ||= function () {
    // biome-ignore lint/complexity/noArguments: Clarity's tag reads Arguments objects from its queue, as its snippet pushes them
    // biome-ignore lint/suspicious/noAssignInExpressions: size trick: the snippet's own (c[a].q=c[a].q||[]).push
    (((win as ClarityWindow).clarity as Clarity).q ||= []).push(arguments);
  });
}

/**
 * Queues Clarity's denied default ahead of the site's own first call and of the tag.
 * @example clarityDefault(window) // clarity.q: [['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]]
 */
export const clarityDefault = (win: Window): void =>
  clarity(win)('consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' });

/**
 * What Clarity must hear for `granted`.
 * @example clarityState({ analytics: true }) // { ad_Storage: 'denied', analytics_Storage: 'granted' }
 */
export const clarityState = (granted: Choices): ClarityState => ({
  ad_Storage: storage(granted.advertising),
  analytics_Storage: storage(granted.analytics),
});

/**
 * Sends a choice to Clarity (`consentv2`); when `previous` granted analytics and `state`
 * does not, `clarity('consent', false)` follows, so a running Clarity erases its cookies.
 * @example sendClarity(window, clarityState(after), clarityState(before))
 */
export function sendClarity(win: Window, state: ClarityState, previous?: ClarityState): void {
  const call = clarity(win);
  call('consentv2', state);
  if (previous?.analytics_Storage === 'granted' && state.analytics_Storage === 'denied') call('consent', false);
}
