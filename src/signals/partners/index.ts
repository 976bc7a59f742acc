/**
 * Each ad and analytics partner told the visitor's choice in its own words (SPEC §5):
 * the script tag's denied defaults (./defaults.ts), then the engine's stored choice and
 * every change, through these modules, one per vendor. Catalog services without a
 * documented consent call are held only (docs/compliance.md).
 */
import type { Choices } from '../../consent/choices.js';
import { type ClarityState, clarityState, sendClarity } from './clarity.js';
import { type MetaState, metaState, sendMeta } from './meta.js';
import { sendTikTok, type TikTokState, tiktokState } from './tiktok.js';
import { sendUet, type UetState, uetState } from './uet.js';

export { sendPartnerDefaults } from './defaults.js';

/** The last value sent to each partner, for `Consentry.status()` (SPEC §8). */
export interface PartnerSignals {
  'microsoft-ads'?: UetState;
  'microsoft-clarity'?: ClarityState;
  'tiktok-pixel'?: TikTokState;
  'meta-pixel'?: MetaState;
}

type PartnerId = keyof PartnerSignals;

/** Per partner: what it must hear for a set of choices, and how to tell it (with what it heard before). */
interface Partner<S> {
  state(granted: Choices): S;
  send(win: Window, state: S, previous?: S): void;
}

const partners: { [id in PartnerId]-?: Partner<NonNullable<PartnerSignals[id]>> } = {
  'microsoft-ads': { state: uetState, send: sendUet },
  'microsoft-clarity': { state: clarityState, send: sendClarity },
  'tiktok-pixel': { state: tiktokState, send: sendTikTok },
  'meta-pixel': { state: metaState, send: sendMeta },
};

/**
 * The partners among `ids` (the config's `services`), each once, in the order named.
 * @example partnersIn(['google-analytics', 'meta-pixel']) // ['meta-pixel']
 */
export const partnersIn = (ids: readonly string[]): PartnerId[] =>
  [...new Set(ids)].filter((id): id is PartnerId => Object.hasOwn(partners, id));

/**
 * Sends `granted` to each partner named in `ids` and returns the value each one holds now.
 * With `before` (a change), a partner whose value is unchanged hears nothing again (a
 * repeated Clarity `consentv2` with analytics denied would restart its recording).
 * @example const last = sendPartnerChoices(window, config.services, change.after, change.before)
 */
export function sendPartnerChoices(
  win: Window,
  ids: readonly string[],
  granted: Choices,
  before?: Choices,
): PartnerSignals {
  const held: Record<string, unknown> = {};
  for (const id of partnersIn(ids)) {
    const partner = partners[id] as Partner<unknown>;
    const state = partner.state(granted);
    const previous = before && partner.state(before);
    if (previous === undefined || JSON.stringify(previous) !== JSON.stringify(state))
      partner.send(win, state, previous);
    held[id] = state;
  }
  return held as PartnerSignals;
}
