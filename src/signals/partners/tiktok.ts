/**
 * TikTok pixel's consent methods: `ttq.holdConsent()` until the visitor decides, then
 * `ttq.grantConsent()` or `ttq.revokeConsent()`. TikTok's base code keeps `window.ttq` when
 * it exists (`var ttq=w[t]=w[t]||[]`) and defines each method to push `[method, ...args]`
 * into that array, which events.js replays in order.
 * https://business-api.tiktok.com/portal/docs?id=1739585600931842
 * https://ads.tiktok.com/help/article/how-to-use-cookies-with-tiktok-pixel
 */
import type { Choices } from '../../consent/choices.js';

type TtqWindow = Window & { ttq?: unknown[] & Record<string, unknown> };

/** What TikTok hears, by the method called: `grant` or `revoke`, from `advertising`. */
export type TikTokState = 'grant' | 'revoke';

/** Calls `ttq[method]()`: through the base code's method when it has defined one, else queued as the method would. */
function call(win: Window, method: string): void {
  // biome-ignore lint/suspicious/noAssignInExpressions: size trick (the script tag ships it): the base code's own w[t]=w[t]||[]
  const ttq = ((win as TtqWindow).ttq ||= [] as unknown as NonNullable<TtqWindow['ttq']>);
  const own = ttq[method];
  if (typeof own === 'function') own.call(ttq);
  else ttq.push([method]);
}

/**
 * Holds TikTok's pixel until the visitor decides, ahead of the site's `ttq.page()`.
 * @example tiktokDefault(window) // ttq: [['holdConsent']]
 */
export const tiktokDefault = (win: Window): void => call(win, 'holdConsent');

/**
 * What TikTok must hear for `granted`.
 * @example tiktokState({ advertising: true }) // 'grant'
 */
export const tiktokState = (granted: Choices): TikTokState => (granted.advertising ? 'grant' : 'revoke');

/**
 * Sends a choice to TikTok: `ttq.grantConsent()` or `ttq.revokeConsent()`.
 * @example sendTikTok(window, 'grant')
 */
export const sendTikTok = (win: Window, state: TikTokState): void => call(win, `${state}Consent`);
