/**
 * What the first layer tells the visitor before they choose (SPEC §6), composed from the
 * config so that it stays true to the site: the purposes, the third parties by name, how
 * long the cookies and the choice last, and that consent can be withdrawn, and where.
 * The law asks for each: GDPR Art. 13(1)(c) and (e), 13(2)(a) and 7(3); the EDPB's Guidelines
 * 05/2020 on consent, §3.3.1 (what informed consent needs at least); CNIL délibération
 * 2020-091, art. 2 (the first layer names the purposes and gives access to the list of
 * third parties); Colorado 4 CCR 904-3, Rule 7.03 (purposes, the controller, and that
 * consent can be refused and withdrawn).
 */
import { type FirstLayerStrings, fill } from '../i18n/index.js';
import type { ResolvedConfig, ResolvedMode } from '../types.js';
import { asSpan, longest } from './duration.js';
import { listText, spanText } from './intl.js';
import { categoryLabel } from './labels.js';

/** Partners named before the rest are counted: four names read in one breath. */
const named = 4;

// A company's legal form at the end of its name, which the banner leaves out:
// "Meta Platforms, Inc." is "Meta", "Microsoft Corporation" is "Microsoft".
const legalForm =
  /,?\s+(inc\.?|llc|ltd\.?|limited|corp\.|corporation|pte\.|pvt\.|gmbh|ag|sas|s\.?a\.?|sl|a\/s|aps|ab|b\.v\.|oü|plc|holdings|platforms|global|& co\. kg)$/i;

/**
 * A provider as a visitor knows it: its name without the legal form or a note in
 * parentheses.
 * @example brand('Meta Platforms, Inc.') // 'Meta'
 */
export function brand(provider: string): string {
  let name = provider.replace(/\s*\(.*$/, '').trim();
  for (let next = name.replace(legalForm, ''); next !== name; next = name.replace(legalForm, '')) name = next;
  return name;
}

/**
 * The first layer's text for this config, in the language of `t`.
 * In opt-out mode (US state laws) the cookies are on until the visitor opts out, and it says so.
 * @example informedText(config, en, 'en', 'opt-in') // 'With your consent, we and our partners Google and Meta use cookies for …'
 */
export function informedText(config: ResolvedConfig, t: FirstLayerStrings, lang: string, mode: ResolvedMode): string {
  const optIn = mode === 'opt-in';
  const asked = config.categories.filter((c) => c.id !== 'necessary');
  const lookup = t as unknown as Record<string, string | undefined>;
  // A built-in category by its purpose phrase (relabelled or not), a site's own by its label.
  const purposes = asked.map((c) => lookup[`purpose${c.id[0].toUpperCase()}${c.id.slice(1)}`] ?? categoryLabel(t, c));
  const services = asked.flatMap((c) => c.services);
  // The site itself (the catalog says "the site") is not a third party.
  const parties = [...new Set(services.map((s) => brand(s.provider ?? s.name)).filter((p) => !/^the site\b/i.test(p)))];
  const shown =
    parties.length > named + 1
      ? [...parties.slice(0, named - 1), fill(t.moreParties, { count: String(parties.length - named + 1) })]
      : parties;
  const own = optIn ? t.consentOwn : t.usesOwn;
  const consent = fill(shown.length ? (optIn ? t.consentWith : t.usesWith) : own, {
    parties: listText(shown, lang, t),
    purposes: listText(purposes, lang, t),
  });
  const spans = services.flatMap((s) => (s.cookies ?? []).flatMap((c) => asSpan(c.duration) ?? []));
  const cookies = longest(spans);
  const choice = spanText({ value: config.expiresDays, unit: 'day' }, lang, t);
  const durations = cookies
    ? fill(t.durations, { cookies: spanText(cookies, lang, t), choice })
    : fill(t.choiceKept, { choice });
  const withdraw = config.floatingButton
    ? fill(optIn ? t.withdrawButton : t.optOutButton, { button: t.reopen })
    : optIn
      ? t.withdrawSettings
      : t.optOutSettings;
  return `${consent} ${durations} ${withdraw}`;
}
