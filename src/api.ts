import { parseConfig } from './config/parse.js';
import { createReceipt, isCurrent } from './consent/receipt.js';
import { resolveMode } from './consent/region.js';
import { isSensitivePage } from './consent/sensitive.js';
import {
  acceptAllChoices,
  type ConsentContext,
  defaultChoices,
  effectiveChoices,
  mergeChoices,
  rejectAllChoices,
  revokedIds,
  signalOptOut,
} from './consent/state.js';
import { declaredCookies, deleteCookies } from './gate/cookies.js';
import { createGate } from './gate/gate.js';
import { adoptStyles, widgetRoot } from './host.js';
import { reopenLabels } from './i18n/builtin.js';
import { pickLanguage } from './i18n/language.js';
import { createLauncher, type Launcher } from './launcher.js';
import { ensureGtag, gtagCommand, pushEvent, toConsentModeState } from './signals/consent-mode.js';
import { loadGoogleAnalytics } from './signals/ga.js';
import { hasGPC } from './signals/gpc.js';
import { buildStatus } from './status.js';
import { clearChoice, clearPending, readChoice, writeChoice } from './storage/cookie.js';
import type { CreateRecords, Records } from './storage/records.js';
import { createTabSync } from './storage/sync.js';
import type { Choices, ConsentryApi, ConsentryConfig, ConsentryEventName, Method, Receipt } from './types.js';
import type { MountPreferences, MountView, ViewHandle } from './view.js';

declare const __CONSENTRY_VERSION__: string;

/** Where the engine runs and how it reaches its view. */
export interface ConsentryOptions {
  window?: Window;
  /** Loads the first layer (banner, placeholders); without it the engine runs headless (API only). */
  loadView?: (lang: string) => Promise<MountView>;
  /** Loads the preferences dialog and the cookie declaration. */
  loadPreferences?: (lang: string) => Promise<MountPreferences>;
  /**
   * Loads the consent history and the consent log, kept out of the script every page view
   * runs. Without it, decisions live in the cookie only.
   */
  loadRecords?: () => Promise<CreateRecords>;
  /** The page's CSP nonce, for what Consentry inserts (gtag.js, the view, its styles). */
  nonce?: string;
}

const log = (level: 'error' | 'warn', message: string) => console[level](`[Consentry] ${message}`);

/**
 * Starts Consentry on a page: pushes the Consent Mode default, applies the stored
 * choice, holds and releases tagged elements, and returns the public API.
 * @example const consent = createConsentry({ policyUrl: '/privacy' }); consent.has('analytics')
 */
export function createConsentry(input: ConsentryConfig = {}, options: ConsentryOptions = {}): ConsentryApi {
  const win = options.window ?? window;
  const doc = win.document;
  const { config, errors } = parseConfig(input);
  if (errors.length) {
    log(
      'error',
      `config errors; every category but "necessary" stays denied until they are fixed:\n- ${errors.join('\n- ')}`,
    );
  }
  // The interface language, for the reopen button and the view chunk to load.
  const lang = pickLanguage(doc, config.lang, [...Object.keys(reopenLabels), ...Object.keys(config.translations)]);
  const ctx: ConsentContext = {
    categories: config.categories,
    mode: resolveMode(config.mode, config.region),
    gpc: config.honorGPC && hasGPC(win.navigator),
    sensitive: isSensitivePage(doc, config.sensitivePaths),
    failed: errors.length > 0,
  };

  // Consent Mode default first, before any tag can run (SPEC §4).
  ensureGtag(win);
  gtagCommand(win, 'consent', 'default', { ...toConsentModeState({}), wait_for_update: 500 });

  const stored = readChoice(doc);
  if (stored.problem) log('warn', `${stored.problem}; the banner asks again.`);
  let receipt: Receipt | null =
    stored.receipt && isCurrent(stored.receipt, config.revision, config.expiresDays, new Date())
      ? stored.receipt
      : null;
  const fromCookie = receipt;
  let choices = receipt ? mergeChoices(ctx, defaultChoices(ctx), receipt.choices) : defaultChoices(ctx);
  // Global Privacy Control opts out of sale and sharing before anything is released: on a
  // first opt-out-mode visit, and over a stored grant made without the signal (CCPA regs
  // §7025(c)). A grant made with the signal on, by the category's own switch, stands.
  const signalled = signalOptOut(ctx, choices, receipt);
  if (signalled) choices = signalled;
  let granted = effectiveChoices(ctx, choices);

  const listeners: Record<ConsentryEventName, Set<(c: Choices) => void>> = { change: new Set(), ready: new Set() };
  // The DOM is ready, and so is the 'ready' event.
  let isReady = false;
  const get = () => ({ ...granted });
  const emit = (name: ConsentryEventName) => {
    for (const fn of listeners[name]) {
      try {
        fn(get());
      } catch (error) {
        log('error', `a '${name}' listener threw; Consentry carries on. ${error}`);
      }
    }
    win.dispatchEvent(new CustomEvent(`consentry:${name}`, { detail: get() }));
  };
  const announce = () => {
    gtagCommand(win, 'consent', 'update', toConsentModeState(granted));
    pushEvent(win, { event: 'consentry_update', consentry: get() });
  };
  // A stored choice, or a mode that grants by default (opt-out), is applied at once as an
  // update, so the default itself always denies everything but security (SPEC §4).
  if (receipt || ctx.categories.some((c) => c.id !== 'necessary' && granted[c.id])) announce();

  const gate = createGate(
    doc,
    (ids) => ids.every((id) => granted[id] === true),
    (m) => log('warn', m),
    // An iframe held after start-up (a single-page app) gets its placeholder too.
    (record) => isReady && record.el.tagName === 'IFRAME' && ensureView()?.then((v) => v?.refresh()),
  );
  let gaScript: HTMLScriptElement | undefined;
  const releaseGranted = () => {
    gate.release();
    if (config.gaId && granted.analytics && !gaScript) gaScript = loadGoogleAnalytics(doc, config.gaId, options.nonce);
  };
  releaseGranted();

  let records: Promise<Records | undefined> | undefined;
  const getRecords = () =>
    (records ??= (options.loadRecords?.() ?? Promise.reject(new Error('no records module')))
      .then((create) => create({ logEndpoint: config.logEndpoint, settled: () => clearPending(doc) }))
      .catch((error) => {
        records = undefined; // the next decision tries again
        log('error', `no consent history or log (${error}); the cookie still holds the choice.`);
        return undefined;
      }));

  /** Moves to `next`: Consent Mode update, then cookie deletion, then reload (SPEC §3). */
  function apply(next: Choices, saved?: Promise<unknown>) {
    const before = granted;
    const withdrawn = revokedIds(choices, next);
    choices = next;
    granted = effectiveChoices(ctx, next);
    announce();
    const revoked = revokedIds(before, granted);
    // Cookies go for every category the visitor withdrew, even one this page never
    // released (a sensitive page): they may have been set on an earlier page.
    const cleared = [...new Set([...revoked, ...withdrawn])];
    if (cleared.length) deleteCookies(doc, declaredCookies(config.categories.filter((c) => cleared.includes(c.id))));
    emit('change');
    if (revoked.length && config.reloadOnRevoke) {
      // A script that has run cannot be unloaded. The cookie is written already; the
      // history and the log get a second before the reload.
      void Promise.race([saved, new Promise((r) => setTimeout(r, 1000))]).then(() => win.location.reload());
      return;
    }
    releaseGranted();
    showView('refresh');
  }

  /** Stores a decision: the cookie in this task, then the history and the consent log; and tells the other tabs. */
  function record(next: Choices, method: Method): Promise<void> {
    const r = createReceipt(next, method, config.revision, ctx.gpc, new Date());
    receipt = r;
    sync.post({ receipt: r });
    const secure = win.location.protocol === 'https:';
    if (!writeChoice(doc, r, { days: config.expiresDays, secure, domain: config.cookieDomain }))
      log('warn', 'cookies are blocked, so this choice holds for this page view only.');
    return getRecords().then((store) => store?.save(r));
  }

  function decide(next: Choices, method: Method) {
    const saved = record(next, method);
    showView('hide');
    apply(next, saved);
    if (ctx.failed) log('error', 'the choice is saved, but nothing is released until the config is fixed.');
  }
  const acceptAll = (method: Method) => decide(acceptAllChoices(ctx, choices), method);
  const rejectAll = (method: Method) => decide(rejectAllChoices(ctx), method);
  const set = (partial: Partial<Choices>, method: Method) => decide(mergeChoices(ctx, choices, partial), method);

  const sync = createTabSync((message) => {
    if ('reset' in message) return forget(false);
    // A tab still on another revision (an older page) cannot decide for this one.
    if (!isCurrent(message.receipt, config.revision, config.expiresDays, new Date())) return;
    receipt = message.receipt;
    showView('hide');
    apply(mergeChoices(ctx, defaultChoices(ctx), message.receipt.choices));
  });

  function forget(broadcast: boolean) {
    clearChoice(doc);
    receipt = null;
    if (broadcast) sync.post({ reset: true });
    apply(defaultChoices(ctx));
    showView('showBanner');
  }

  // Resolves to undefined when the view cannot load, so no caller leaves a rejection unhandled.
  let view: Promise<ViewHandle | undefined> | undefined;
  const heldEmbeds = () => gate.records().filter((r) => r.state === 'held' && r.el.tagName === 'IFRAME');

  /** Loads and mounts the view once; later calls share it. */
  function ensureView(): Promise<ViewHandle | undefined> | undefined {
    const load = options.loadView;
    if (!load) return undefined;
    // The chunk is fetched at once, while the page still parses; it mounts once <body> is there.
    view ??= Promise.all([load(lang), whenBody(doc)])
      .then(([mount]) =>
        mount({
          document: doc,
          config,
          gpc: ctx.gpc,
          mode: ctx.mode,
          lang,
          adopt(css, into = widgetRoot(doc)) {
            adoptStyles(into, css, options.nonce);
            return into;
          },
          choices: () => ({ ...choices }),
          embeds: heldEmbeds,
          acceptAll,
          rejectAll,
          save: (next) => set(next, 'preferences'),
          allowEmbed: (ids) => set(Object.fromEntries(ids.map((id) => [id, true])), 'banner'),
          loadPreferences,
        }),
      )
      .catch((error) => {
        view = undefined;
        log('error', `the view could not be shown (${error}); nothing is granted until the visitor decides.`);
        return undefined;
      });
    return view;
  }

  const loadPreferences = () => options.loadPreferences?.(lang) ?? Promise.reject(new Error('no preferences module'));

  function showView(action: 'showBanner' | 'showPreferences' | 'hide' | 'refresh') {
    if (action === 'showBanner') showLauncher(false);
    // Both files at once when the preferences open first (the reopen button): not one after the other.
    if (action === 'showPreferences' && !view) loadPreferences().catch(() => {});
    if (action === 'hide' && receipt) showLauncher(true);
    if (action === 'hide' || action === 'refresh') view?.then((v) => v?.[action]());
    else ensureView()?.then((v) => v?.[action]());
  }

  const openPreferences = () => showView('showPreferences');
  // Drawn the first time it shows (a first visit shows the banner instead, and pays nothing for it).
  let launcher: Promise<Launcher> | undefined;
  const showLauncher = (visible: boolean) => {
    if (visible && config.floatingButton && options.loadView)
      launcher ??= whenBody(doc).then(() =>
        createLauncher(
          doc,
          config.floatingButton || 'bottom-left',
          config.translations[lang]?.reopen ?? reopenLabels[lang] ?? reopenLabels.en,
          options.nonce,
          openPreferences,
        ),
      );
    void launcher?.then((l) => l.show(visible));
  };

  // Any `data-consentry-open` element or link to #consentry-preferences reopens the choices.
  doc.addEventListener('click', (event) => {
    const target = (event.target as Element | null)?.closest?.(
      '[data-consentry-open], a[href="#consentry-preferences"]',
    );
    if (!target) return;
    event.preventDefault();
    openPreferences();
  });

  if (signalled) {
    // Nothing of theirs ran on this page yet; their cookies from earlier visits go now.
    deleteCookies(doc, declaredCookies(ctx.categories.filter((c) => c.saleOrShare)));
    void record(signalled, 'signal');
  }

  if (!fromCookie || ctx.failed) showView('showBanner');
  else showLauncher(true);

  const api: ConsentryApi = {
    get,
    has: (id) => granted[id] === true,
    acceptAll: () => acceptAll('api'),
    rejectAll: () => rejectAll('api'),
    set: (partial) => set(partial, 'api'),
    showBanner: () => showView('showBanner'),
    showPreferences: () => showView('showPreferences'),
    hide: () => showView('hide'),
    reset: () => forget(true),
    on(name, fn) {
      listeners[name].add(fn);
      if (name === 'ready' && isReady) setTimeout(() => listeners.ready.has(fn) && fn(get()));
      return () => void listeners[name].delete(fn);
    },
    status: () =>
      buildStatus({
        doc,
        config,
        ctx,
        receipt,
        granted,
        records: gate.records(),
        errors,
        gaId: gaScript && config.gaId,
      }),
    history: () => getRecords().then((store) => store?.list() ?? []),
    version: __CONSENTRY_VERSION__,
  };

  // 'ready' waits for the DOM, so that page scripts after this one can still subscribe.
  // When the page is idle: a receipt whose tab closed before IndexedDB took it is
  // recovered from the cookie (and logged again; the endpoint dedupes by id), and what
  // the consent log could not take earlier is sent again. The `consentry_pending` cookie,
  // read with the choice, tells whether that is needed, so most page views load nothing.
  if (stored.pending) setTimeout(() => void getRecords().then((store) => store?.recover(fromCookie)), 1000);

  whenDomReady(doc).then(() => {
    // Placeholders for held embeds and the cookie declaration need the view, on the pages that have them.
    if (heldEmbeds().length || doc.querySelector('[data-consentry-declaration]'))
      ensureView()?.then((v) => v?.refresh());
    isReady = true;
    emit('ready');
  });
  return api;
}

const whenDomReady = (doc: Document) =>
  new Promise<void>((resolve) =>
    doc.readyState === 'loading'
      ? doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true })
      : setTimeout(resolve),
  );

/**
 * Resolves once `<body>` exists: the banner can show while the rest of a long page still
 * streams in, not only at DOMContentLoaded.
 */
const whenBody = (doc: Document) =>
  new Promise<void>((resolve) => {
    if (doc.body) return resolve();
    const observer = new MutationObserver(() => {
      if (!doc.body) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(doc.documentElement, { childList: true });
  });
