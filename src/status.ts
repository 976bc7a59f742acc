import { cookieName, noticeCookie, pendingCookie } from './config/defaults.js';
import { declaredCookies } from './consent/declared.js';
import { dayMs } from './consent/receipt.js';
import type { ConsentContext } from './consent/state.js';
import { type HeldRecord, tagOf } from './gate/gate.js';
import type { Caught } from './gate/net.js';
import { matchesCookie, readCookies } from './page/jar.js';
import { toConsentModeState } from './signals/consent-mode.js';
import { type ConsentModeCheck, checkConsentMode } from './signals/consent-mode-check.js';
import type { PartnerSignals } from './signals/partners/index.js';
import type { Choices, Receipt, ResolvedConfig, Status } from './types.js';

interface StatusInput {
  win: Window;
  config: ResolvedConfig;
  ctx: ConsentContext;
  receipt: Receipt | null;
  granted: Choices;
  marked: readonly HeldRecord[];
  /** What the safety net caught. */
  caught?: readonly Caught[];
  /** Names a catch's catalog service by its table entry, when the names are at hand. */
  serviceOf?: (entry: number) => string | undefined;
  errors: string[];
  /** The last value sent to each partner (SPEC §5). */
  partners?: PartnerSignals;
  /** The measurement id when the `data-ga-id` shortcut has loaded gtag.js. */
  gaId?: string;
}

const describe = (el: Element) => {
  const src = el.getAttribute('src') ?? el.getAttribute('data-src');
  return `<${tagOf(el)}>${src ? ` ${src}` : ' (inline)'}`;
};

/**
 * Everything a marketer asks of the consent state, printed as tables and returned: the
 * facts, then each category's grant with the Consent Mode state, then the held elements.
 * @example Consentry.status().undeclaredCookies // ['_hjid']
 */
export function buildStatus(input: StatusInput): Status {
  const { config, ctx, receipt, granted } = input;
  const declared = [cookieName, pendingCookie, noticeCookie, ...declaredCookies(config.categories)];
  const held: Status['held'] = input.marked.map((r) => ({
    element: describe(r.el),
    categories: r.categories,
    state: r.state,
  }));
  for (const c of input.caught ?? [])
    held.push({
      element: `<${tagOf(c.el)}> ${c.url}`,
      categories: [c.category],
      state: c.state,
      service: input.serviceOf?.(c.entry) ?? new URL(c.url).hostname,
    });
  if (input.gaId)
    held.push({ element: `gtag.js ${input.gaId} (data-ga-id)`, categories: ['analytics'], state: 'loaded' });
  const facts = {
    consentId: receipt?.id ?? null,
    revision: config.revision,
    decidedAt: receipt?.timestamp ?? null,
    expiresAt: receipt ? new Date(Date.parse(receipt.timestamp) + config.expiresDays * dayMs).toISOString() : null,
    mode: ctx.mode,
    gpc: ctx.gpc,
    sensitivePage: ctx.sensitive,
    configErrors: input.errors,
    undeclaredCookies: Object.keys(readCookies()).filter((name) => !declared.some((p) => matchesCookie(p, name))),
  };
  const categories = { ...granted };
  const consentMode = toConsentModeState(granted);
  console.table({
    ...facts,
    configErrors: facts.configErrors.join('; '),
    undeclaredCookies: facts.undeclaredCookies.join(', '),
  });
  console.table({ ...categories, ...consentMode });
  if (held.length) console.table(held.map((h) => ({ ...h, categories: h.categories.join(' ') })));
  const consentModeCheck = checkConsentMode(input.win, input.win.document, granted);
  reportCheck(consentModeCheck);
  const partners = input.partners ?? {};
  if (Object.keys(partners).length) console.table(partners);
  return { ...facts, categories, held, consentMode, consentModeCheck, partners };
}

/** Says in the console what the Consent Mode self-check found wrong, one warning per finding. */
function reportCheck(check: ConsentModeCheck) {
  const warn = (message: string) => console.warn(`[Consentry] Consent Mode: ${message}`);
  if (!check.defaultBeforeTags) warn("a Google tag came before Consentry's default: put Consentry's script above it.");
  if (check.missingKeys.length) warn(`no default sets ${check.missingKeys.join(', ')}.`);
  if (check.tagsBeforeUpdate.length) warn(`loaded before the first update: ${check.tagsBeforeUpdate.join(', ')}.`);
  for (const found of check.contradictions) warn(found);
}
