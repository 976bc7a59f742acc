/**
 * Model-based property: random configs, random stored cookies, a random Global Privacy
 * Control signal, then random interleavings of API calls, view actions and insertions of
 * held and ordinary elements, and of unmarked scripts and iframes of catalog services that
 * a script inserts by any DOM method (the safety net). After every step the real engine
 * (in happy-dom) must agree with a small independent model, and the invariants of SPEC §3
 * and §4 must hold.
 */

import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentry } from '../../../src/api';
import { armNet } from '../../../src/gate/net';
import { compileNet } from '../../../src/gate/net-match';
import { en, enFirstLayer } from '../../../src/i18n/strings/en';
import { readChoice } from '../../../src/storage/cookie';
import { createRecords } from '../../../src/storage/records';
import type { Choices, ConsentryApi } from '../../../src/types';
import { mountViewWith } from '../../../src/ui/first-layer';
import { mountPreferencesWith } from '../../../src/ui/mount-preferences';
import { cleanPage, gtagCommands, quietHappyDOM } from '../support/page';
import { runs } from './runs';

declare const __CONSENTRY_NET__: string;

const builtIn = ['necessary', 'preferences', 'analytics', 'advertising', 'social'];

/** Unmarked tags a script may insert, with the category the catalog gives each (none: never held). */
const unmarked: { url: string; category?: string }[] = [
  { url: '/gtag/js?id=G-PROPERTY', category: 'analytics' },
  { url: 'https://www.clarity.ms/tag/property', category: 'analytics' },
  { url: 'https://connect.facebook.net/en_US/fbevents.js', category: 'advertising' },
  { url: 'https://www.youtube.com/embed/property', category: 'social' },
  { url: 'https://widget.intercom.io/widget/property', category: 'preferences' },
  { url: 'https://www.googletagmanager.com/gtm.js?id=GTM-PROPERTY' },
  { url: 'https://cdn.example.org/app.js' },
];
/** The DOM methods SPEC §3 names, each putting `el` into the page next to `anchor` (a child of the body). */
const insertions: Record<string, (el: Element, anchor: Element) => void> = {
  appendChild: (el) => document.body.appendChild(el),
  insertBefore: (el, anchor) => document.body.insertBefore(el, anchor),
  replaceChild: (el, anchor) => document.body.replaceChild(el, anchor),
  append: (el) => document.body.append(el),
  prepend: (el) => document.body.prepend(el),
  before: (el, anchor) => anchor.before(el),
  after: (el, anchor) => anchor.after(el),
  replaceWith: (el, anchor) => anchor.replaceWith(el),
  insertAdjacentElement: (el, anchor) => anchor.insertAdjacentElement('afterend', el),
  fragment: (el) => {
    const fragment = document.createDocumentFragment();
    fragment.append(el);
    document.body.appendChild(fragment);
  },
};
const optInCountries = ['FR', 'GB', 'CH', 'NO'];

// ---- what is generated -------------------------------------------------------------

const configArb = fc.record(
  {
    mode: fc.constantFrom('opt-in', 'opt-out', 'auto'),
    region: fc.constantFrom('US-CO', 'US-CA', 'FR', 'GB', 'CH', 'NO'),
    revision: fc.constantFrom(1, '1', 2, 'winter'),
    honorGPC: fc.boolean(),
    reloadOnRevoke: fc.boolean(),
    sensitivePaths: fc.constantFrom(['/'], ['/booking']),
    categories: fc.record({ chat: fc.record({ saleOrShare: fc.boolean() }) }),
  },
  { requiredKeys: [] },
);
// Keys that make a config unusable: the engine must fail closed.
const brokenArb = fc.constantFrom(
  { colour: 'red' },
  { policyUrl: 'javascript:alert(1)' },
  { expiresDays: 9999 },
  { mode: 'optin' },
);

const choicesArb = fc.dictionary(
  fc.constantFrom(...builtIn, 'chat', 'unknown'),
  fc.oneof(fc.boolean(), fc.constant('yes')),
);
const receiptArb = fc.record({
  revision: fc.constantFrom('1', '2', 'winter'),
  ageDays: fc.integer({ min: -3, max: 400 }),
  choices: choicesArb,
  gpc: fc.boolean(),
  method: fc.constantFrom('banner', 'preferences', 'api', 'signal'),
});
const storedArb = fc.oneof(
  fc.constant(undefined),
  receiptArb,
  fc.string(), // garbage
  fc.constant('x'.repeat(5000)), // larger than a browser keeps
  fc.json(), // well-formed JSON of the wrong shape
  receiptArb.map((r) => ({ truncated: r })), // a receipt cut short
);

const categoriesArb = fc.subarray([...builtIn, 'chat', 'nonexistent'], { minLength: 1, maxLength: 2 });
const commandArb = fc.oneof(
  fc.constant({ kind: 'acceptAll' as const }),
  fc.constant({ kind: 'rejectAll' as const }),
  fc.record({ kind: fc.constant('set' as const), partial: choicesArb }),
  fc.constant({ kind: 'reset' as const }),
  fc.record({ kind: fc.constant('hold' as const), tag: fc.constantFrom('script', 'img'), categories: categoriesArb }),
  fc.constant({ kind: 'ordinary' as const }),
  fc.record({
    kind: fc.constant('insert' as const),
    tag: fc.constantFrom('script', 'iframe'),
    target: fc.constantFrom(...unmarked),
    method: fc.constantFrom(...Object.keys(insertions)),
  }),
  fc.record({ kind: fc.constant('bannerClick' as const), action: fc.constantFrom('accept-all', 'reject-all') }),
  fc.record({
    kind: fc.constant('preferences' as const),
    toggle: fc.constantFrom(...builtIn, 'chat'),
    close: fc.boolean(),
  }),
);

type Config = fc.Arbitrary<unknown> extends never ? never : Record<string, unknown>;
type Command = typeof commandArb extends fc.Arbitrary<infer C> ? C : never;
type Stored = typeof storedArb extends fc.Arbitrary<infer S> ? S : never;

// ---- the model -----------------------------------------------------------------------

function modelOf(config: Config, broken: object | undefined, gpcOn: boolean, stored: Stored) {
  const merged = { ...config, ...broken } as Record<string, unknown>;
  const failed = broken !== undefined;
  const chat = (config.categories as { chat?: { saleOrShare: boolean } } | undefined)?.chat;
  const ids = chat ? [...builtIn, 'chat'] : builtIn;
  const saleOrShare = new Set(['advertising', ...(chat?.saleOrShare ? ['chat'] : [])]);
  const rawMode = failed && 'mode' in (broken as object) ? 'opt-in' : ((merged.mode as string) ?? 'opt-in');
  const mode =
    rawMode === 'auto'
      ? !merged.region || optInCountries.includes(String(merged.region).slice(0, 2))
        ? 'opt-in'
        : 'opt-out'
      : rawMode;
  const gpc = gpcOn && merged.honorGPC !== false && !(failed && 'honorGPC' in (broken as object));
  const revision = String(config.revision ?? '1');
  const sensitive = (config.sensitivePaths as string[] | undefined)?.includes('/') ?? false;
  const build = (f: (id: string) => boolean): Choices =>
    Object.fromEntries(ids.map((id) => [id, id === 'necessary' || f(id)]));
  const defaults = () => build((id) => mode === 'opt-out' && !(gpc && saleOrShare.has(id)));

  const r = stored && typeof stored === 'object' && 'ageDays' in stored ? stored : undefined;
  // A receipt with any value that is not a boolean is not a receipt at all.
  const wellFormed = r && Object.values(r.choices).every((v) => typeof v === 'boolean');
  const current = wellFormed && r.revision === revision && r.ageDays >= 0 && r.ageDays < 180 ? r : undefined;
  let choice = current
    ? build((id) => (typeof current.choices[id] === 'boolean' ? current.choices[id] === true : defaults()[id]))
    : defaults();
  const signalled =
    gpc && !failed && !current?.gpc && (current ? [...saleOrShare].some((id) => choice[id]) : mode === 'opt-out');
  if (signalled) choice = build((id) => choice[id] && !saleOrShare.has(id));

  return {
    ids,
    get choice() {
      return choice;
    },
    /** Whether start-up itself wrote a receipt (the privacy signal's). */
    signalled,
    effective: () => build((id) => !failed && choice[id] && !(sensitive && saleOrShare.has(id))),
    acceptAll: () => {
      choice = build((id) => !(gpc && saleOrShare.has(id)) || choice[id]);
    },
    rejectAll: () => {
      choice = build(() => false);
    },
    set: (partial: Record<string, unknown>) => {
      choice = build((id) => (typeof partial[id] === 'boolean' ? (partial[id] as boolean) : choice[id]));
    },
    reset: () => {
      choice = defaults();
    },
  };
}

const consentModeKeys: Record<string, string[]> = {
  necessary: ['security_storage'],
  preferences: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};
const expectedConsentMode = (granted: Choices) =>
  Object.fromEntries(
    Object.entries(consentModeKeys).flatMap(([id, keys]) => keys.map((k) => [k, granted[id] ? 'granted' : 'denied'])),
  );

// ---- the page ------------------------------------------------------------------------

function storeCookie(stored: Stored) {
  if (stored === undefined) return;
  let raw: string;
  if (typeof stored === 'string') raw = stored;
  else if (stored && typeof stored === 'object' && 'ageDays' in stored) {
    const { ageDays, ...rest } = stored;
    raw = JSON.stringify({
      id: crypto.randomUUID(),
      timestamp: new Date(Date.now() - ageDays * 86_400_000).toISOString(),
      ...rest,
    });
  } else if (stored && typeof stored === 'object' && 'truncated' in stored) {
    raw = JSON.stringify(stored.truncated).slice(0, 40);
  } else raw = JSON.stringify(stored);
  document.cookie = `consentry=${encodeURIComponent(raw)}; Path=/`;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const shadow = () => document.getElementById('consentry')?.shadowRoot;
/** Markup Consentry holds (a typed-off script, or media with data-src and no src), as opposed to a slip it only reports. */
const isHeldKind = (el: Element) =>
  el.tagName === 'SCRIPT' ? true : el.hasAttribute('data-src') || el.hasAttribute('src');
const isReleased = (el: Element) =>
  el.tagName === 'SCRIPT' ? el.getAttribute('type') !== 'text/plain' : el.hasAttribute('src');

let serial = 0;
/** Each unmarked element a run inserted, and the category the catalog gives it. */
const inserted = new Map<Element, string | undefined>();

async function run(api: ConsentryApi, model: ReturnType<typeof modelOf>, command: Command) {
  switch (command.kind) {
    case 'acceptAll':
    case 'rejectAll':
      api[command.kind]();
      model[command.kind]();
      return true;
    case 'set':
      api.set(command.partial as Partial<Choices>);
      model.set(command.partial);
      return true;
    case 'reset':
      api.reset();
      model.reset();
      return 'reset';
    case 'hold': {
      const el = document.createElement(command.tag);
      el.setAttribute('data-consent', command.categories.join(' '));
      if (command.tag === 'script') {
        el.setAttribute('type', 'text/plain');
        el.textContent = `/* held ${serial++} */`;
      } else el.setAttribute('data-src', `/pixel-${serial++}.gif`);
      document.body.append(el);
      return false;
    }
    case 'ordinary':
      document.body.append(document.createElement('p'));
      return false;
    case 'insert': {
      const el = document.createElement(command.tag);
      (el as HTMLScriptElement).src = command.target.url;
      const anchor = document.body.appendChild(document.createElement('p'));
      inserted.set(el, command.target.category);
      insertions[command.method](el, anchor);
      return false;
    }
    case 'bannerClick': {
      api.showBanner();
      await settle();
      const button = shadow()?.querySelector<HTMLButtonElement>(
        `[data-part="banner"] [data-action="${command.action}"]`,
      );
      if (!button) return false;
      button.click();
      if (command.action === 'accept-all') model.acceptAll();
      else model.rejectAll();
      return true;
    }
    case 'preferences': {
      api.showPreferences();
      await settle();
      const dialog = shadow()?.querySelector('[data-part="preferences"]');
      const toggle = dialog?.querySelector<HTMLInputElement>(`[data-category="${command.toggle}"]:not([disabled])`);
      toggle?.click();
      if (command.close) {
        dialog?.querySelector<HTMLButtonElement>('[data-action="close"]')?.click();
        return false;
      }
      dialog?.querySelector<HTMLButtonElement>('[data-action="save"]')?.click();
      if (!dialog) return false;
      if (toggle) model.set({ [command.toggle]: !model.choice[command.toggle] });
      else model.set({});
      return true;
    }
  }
}

/**
 * The DOM's insertion methods as the page had them: the safety net wraps them and, by
 * design, never unwraps them (another script may have wrapped them since). One page of a
 * site arms it once; this test arms it once per run, so each run puts the methods back
 * first, or the 2,000th insertion would go through 2,000 wrappers.
 */
const insertionMethods: [object, string[]][] = [
  [Node.prototype, ['appendChild', 'insertBefore', 'replaceChild']],
  [Element.prototype, ['append', 'prepend', 'before', 'after', 'replaceWith', 'insertAdjacentElement']],
  [CharacterData.prototype, ['before', 'after', 'replaceWith']],
];
const pristine = insertionMethods.flatMap(([proto, names]) =>
  names.map((name) => [proto, name, (proto as Record<string, unknown>)[name]] as const),
);
const unwrapInsertions = () => {
  for (const [proto, name, method] of pristine) (proto as Record<string, unknown>)[name] = method;
};

/** The engine of the run in progress, stopped before the next one starts. */
let running: ConsentryApi | undefined;

afterEach(() => {
  running?.destroy();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the engine under random configs, cookies and interleavings', () => {
  it('agrees with the model and keeps every invariant after every step', async () => {
    await fc.assert(
      fc.asyncProperty(
        configArb,
        fc.option(brokenArb, { nil: undefined }),
        fc.boolean(),
        storedArb,
        fc.array(commandArb, { maxLength: 12 }),
        async (config, broken, gpcOn, stored, commands) => {
          running?.destroy();
          unwrapInsertions();
          await cleanPage();
          vi.restoreAllMocks();
          vi.spyOn(console, 'error').mockImplementation(() => {});
          vi.spyOn(console, 'warn').mockImplementation(() => {});
          quietHappyDOM();
          const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => {});
          vi.stubGlobal('indexedDB', new IDBFactory());
          vi.stubGlobal('BroadcastChannel', undefined);
          inserted.clear();
          // The script tag's safety net, armed before the engine starts; destroy() disarms it.
          const net = armNet(window, compileNet(__CONSENTRY_NET__));
          Object.defineProperty(navigator, 'globalPrivacyControl', { value: gpcOn, configurable: true });
          storeCookie(stored);

          const model = modelOf(config as Config, broken, gpcOn, stored);
          const api = createConsentry({ ...config, ...broken } as object, {
            window,
            loadView: async () => mountViewWith(enFirstLayer),
            loadPreferences: async () => mountPreferencesWith(en),
            loadRecords: async () => createRecords,
            net,
          });
          running = api;
          const released = new Set<Element>();
          // Once something granted is revoked, the page may reload instead of releasing more.
          let revoked = false;
          let before = model.effective();

          const check = (decided: boolean | 'reset') => {
            const granted = model.effective();
            expect(api.get()).toEqual(granted);
            const consent = gtagCommands().filter((c) => c[0] === 'consent');
            const last = consent[consent.length - 1][2] as Record<string, unknown>;
            expect(Object.fromEntries(Object.keys(expectedConsentMode(granted)).map((k) => [k, last[k]]))).toEqual(
              expectedConsentMode(granted),
            );
            for (const el of Array.from(document.querySelectorAll('[data-consent]'))) {
              if (!isReleased(el) || released.has(el)) continue;
              released.add(el);
              const needs = (el.getAttribute('data-consent') ?? '').split(' ');
              expect(
                needs.every((id) => granted[id] === true),
                `released ${el.outerHTML} with ${JSON.stringify(granted)}`,
              ).toBe(true);
            }
            // …and everything granted is released, unless a revocation reloads the page first (SPEC §3).
            revoked ||= Object.keys(before).some((id) => before[id] && !granted[id]);
            before = granted;
            if (!revoked && !reload.mock.calls.length)
              for (const el of Array.from(document.querySelectorAll('[data-consent]'))) {
                const needs = (el.getAttribute('data-consent') ?? '').split(' ').filter(Boolean);
                if (isHeldKind(el) && needs.length && needs.every((id) => granted[id] === true))
                  expect(isReleased(el), `still held ${el.outerHTML} with ${JSON.stringify(granted)}`).toBe(true);
              }
            // The safety net: an unmarked tag of a catalog service is in the page (so requested)
            // only once its category is granted, and then as the very element the page made;
            // one the catalog does not hold goes in at once.
            for (const [el, category] of inserted) {
              if (!el.isConnected || released.has(el)) continue;
              released.add(el);
              if (category)
                expect(granted[category], `requested ${el.outerHTML} with ${JSON.stringify(granted)}`).toBe(true);
            }
            for (const [el, category] of inserted)
              if (!category || (!revoked && !reload.mock.calls.length && granted[category]))
                expect(el.isConnected, `still held ${el.outerHTML} with ${JSON.stringify(granted)}`).toBe(true);
            if (decided === 'reset') expect(readChoice().receipt).toBeNull();
            else if (decided) expect(readChoice().receipt?.choices).toEqual(model.choice);
          };

          await settle(); // a signal receipt is stored once the records module has loaded
          check(model.signalled);
          for (const command of commands) {
            const decided = await run(api, model, command);
            await settle();
            check(decided);
          }
          delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
        },
      ),
      runs(),
    );
  }, 300_000);
});
