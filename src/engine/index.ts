import type { Attributes } from '../config/attributes.js';
import type { CatalogEntry } from '../config/catalog.js';
import { serviceOfEntry } from '../config/catalog.js';
import { builtInServices } from '../config/defaults.js';
import { parseConfig } from '../config/parse.js';
import { declaredCookies } from '../consent/declared.js';
import { isCurrent } from '../consent/receipt.js';
import { resolveMode } from '../consent/region.js';
import { isSensitivePage } from '../consent/sensitive.js';
import type { ConsentContext } from '../consent/state.js';
import type { Net } from '../gate/net.js';
import { builtInCodes } from '../i18n/builtin.js';
import { pickLanguage } from '../i18n/pick.js';
import { deleteCookies } from '../page/jar.js';
import { whenDomReady } from '../page/ready.js';
import { sendConsentModeDefault } from '../signals/consent-mode.js';
import { watchContradictions } from '../signals/consent-mode-watch.js';
import { hasGPC } from '../signals/gpc.js';
import type { createGppApi } from '../signals/gpp/api.js';
import type { buildStatus } from '../status.js';
import { readChoice } from '../storage/cookie.js';
import type { CreateRecords } from '../storage/records.js';
import type { ResolvedConfig, Status } from '../types.js';
import type { MountPreferences, MountView } from '../view.js';
import { followGpp } from './ad-signals.js';
import { announce, followChanges } from './change-path.js';
import { createDecisions, type Decisions } from './decisions.js';
import { createEvents, type Events } from './events.js';
import { dismissNotice, noticeDue } from './notice.js';
import { createRecordsLoader, type RecordsLoader } from './records.js';
import { createRelease } from './release.js';
import { createScope, type Scope } from './scope.js';
import { type ConsentStore, createStore } from './store.js';
import { createViewDriver, type ViewDriver } from './view-driver.js';

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
  /** The reopen button's label in a language, when the config has none (English otherwise). */
  reopenLabel?: (lang: string) => string | Promise<string>;
  /** The page's CSP nonce, for what Consentry inserts (gtag.js, the view, its styles). */
  nonce?: string;
  /** The interface language, when the caller has picked it already (the script tag). */
  lang?: string;
  /** Loads `status()`'s report and the Consent Mode self-check, the first time it is asked for. */
  loadStatus?: () => Promise<typeof buildStatus>;
  /** Loads the IAB GPP API (`gpp: true`). */
  loadGpp?: () => Promise<typeof createGppApi>;
  /** The calls the GPP stub queued until the API loads; without a stub, no GPP API. @internal */
  gppQueue?: unknown[][];
  /** The safety net the script tag armed (SPEC §3), for the engine to release. @internal */
  net?: Net;
  /** The script tag's data attributes, over the config (SPEC §1). @internal */
  attributes?: Attributes;
  /** The script tag has pushed Consent Mode's default already. @internal */
  defaultSent?: boolean;
  /**
   * The service catalog, for a config that names services by id (SPEC §2): the script tag
   * loads `consentry-services.js` for it, the npm module bundles it. Without it, any id is a
   * config error.
   */
  catalog?: readonly CatalogEntry[];
}

/** A running engine: its parts, for the public object (api.ts) to expose. */
export interface Engine {
  store: ConsentStore;
  decisions: Decisions;
  view: ViewDriver;
  events: Events;
  records: RecordsLoader;
  status(): Promise<Status>;
  destroy(): void;
}

const log = (level: 'error' | 'warn', message: string) => console[level](`[Consentry] ${message}`);

/** The config, its errors reported, and the rules it sets for this visitor on this page. */
function readSetup(win: Window, input: unknown, options: ConsentryOptions) {
  const { config, errors } = parseConfig(input, options.attributes, options.catalog);
  if (errors.length)
    log(
      'error',
      `config errors; every category but "necessary" stays denied until they are fixed:\n- ${errors.join('\n- ')}`,
    );
  const ctx: ConsentContext = {
    categories: config.categories,
    mode: resolveMode(config.mode, config.region),
    gpc: config.honorGPC && hasGPC(win.navigator),
    sensitive: isSensitivePage(win.document, config.sensitivePaths),
    failed: errors.length > 0,
  };
  const known = [...builtInCodes, ...Object.keys(config.translations)];
  return { config, errors, ctx, lang: options.lang ?? pickLanguage(win.document, config.lang, known) };
}

/** The stored choice, if it still stands (same revision, not expired), and whether a receipt is pending. */
function readStored(config: ResolvedConfig) {
  const stored = readChoice();
  if (stored.problem) log('warn', `${stored.problem}; the banner asks again.`);
  const current = stored.receipt && isCurrent(stored.receipt, config.revision, config.expiresDays, new Date());
  return {
    receipt: current ? stored.receipt : null,
    pending: stored.pending,
    notice: !!current && noticeDue(config, stored.dismissed, Date.now()),
  };
}

interface PresentDeps {
  win: Window;
  store: ConsentStore;
  stored: ReturnType<typeof readStored>;
  view: ViewDriver;
  decisions: Decisions;
  records: RecordsLoader;
  scope: Scope;
  /** Runs once the DOM is ready, before 'ready' is sent. */
  onReady(): void;
}

/**
 * What the visitor meets at start-up: the signal's own receipt (its sale-or-share cookies
 * from earlier visits deleted first), then the banner when no choice stands, or the reopen
 * button; the recovery of a pending receipt when the page is idle; placeholders and
 * cookie declarations once the DOM is ready.
 */
function present({ win, store, stored, view, decisions, records, scope, onReady }: PresentDeps) {
  const { ctx } = store;
  if (store.signalled) {
    // Nothing of theirs ran on this page yet; their cookies from earlier visits go now.
    deleteCookies(win.location.hostname, declaredCookies(ctx.categories.filter((c) => c.saleOrShare)));
    void decisions.record(store.signalled, 'signal');
  } else if (stored.receipt && !ctx.failed) {
    view.show('hide');
    if (stored.notice) view.show('showNotice');
  }
  if (!stored.receipt || ctx.failed) view.show('showBanner');
  // When the page is idle: a receipt whose tab closed before IndexedDB took it is
  // recovered from the cookie (and logged again; the endpoint dedupes by id), and what
  // the consent log could not take earlier is sent again. The `consentry_pending` cookie,
  // read with the choice, tells whether that is needed, so most page views load nothing.
  const fromCookie = stored.receipt;
  if (stored.pending) scope.later(() => void records.get().then((r) => r?.recover(fromCookie)), 1000);
  void whenDomReady(win.document, scope.signal).then(() => {
    if (scope.signal.aborted) return;
    view.drawPage();
    onReady();
  });
}

/**
 * A stored choice, or a mode that grants by default (opt-out), is applied at once as an
 * update, so the default itself always denies everything but security (SPEC §4). A config
 * that failed is announced too: it overrides the region defaults the script tag may have
 * sent from it, so the page fails closed for Google's tags as well.
 */
function announceStart(win: Window, store: ConsentStore, stored: ReturnType<typeof readStored>) {
  const { ctx } = store;
  const granted = store.granted();
  if (stored.receipt || ctx.failed || ctx.categories.some((c) => c.id !== 'necessary' && granted[c.id]))
    announce(win, granted);
}

/** `Consentry.status()`: its report's file, loaded the first time, fed the engine's state. */
function statusOf(
  win: Window,
  setup: ReturnType<typeof readSetup>,
  store: ConsentStore,
  held: ReturnType<typeof createRelease>,
  options: ConsentryOptions,
  serviceOf: (entry: number) => string | undefined,
): () => Promise<Status> {
  const { config, ctx, errors } = setup;
  return () =>
    (options.loadStatus?.() ?? Promise.reject(new Error('no status module'))).then((buildStatus) =>
      buildStatus({
        win,
        config,
        ctx,
        receipt: store.receipt(),
        granted: store.granted(),
        marked: held.marked(),
        caught: held.caught(),
        serviceOf,
        partners: held.partners(),
        errors,
        gaId: held.gaLoaded(),
      }),
    );
}

/**
 * Starts the engine, in this order: the config; Consent Mode's default (unless the script
 * tag sent it); the stored choice and the signal over it; the update for a stored or
 * granted-by-default choice; holding and releasing tags; the change path (SPEC §3); the
 * decisions and the view; then the banner or the reopen button, and 'ready' with the DOM.
 * @example startEngine({ policyUrl: '/privacy' }, { loadView }).store.granted()
 */
export function startEngine(input: unknown, options: ConsentryOptions = {}): Engine {
  const win = options.window ?? window;
  const doc = win.document;
  const scope = createScope();
  const setup = readSetup(win, input, options);
  const { config, ctx, lang } = setup;
  if (!options.defaultSent) sendConsentModeDefault(win);
  const stored = readStored(config);
  const store = createStore(ctx, stored.receipt);
  const events = createEvents(win, store.granted, scope, (m) => log('error', m));
  announceStart(win, store, stored);

  scope.onStop(watchContradictions(win, store.granted, (message) => console.warn(message)));
  const serviceOf = (entry: number) => serviceOfEntry(options.catalog ?? builtInServices, entry);
  const { net, nonce } = options;
  const held = createRelease({ doc, config, store, serviceOf, net, nonce, scope, warn: (m) => log('warn', m) });

  const records = createRecordsLoader(win, config.logEndpoint, options.loadRecords, (m) => log('error', m));
  followChanges(store, { win, config, events, release: held.release, scope });
  const decisions = createDecisions(store, { win, config, records, scope, log });
  const view = createViewDriver({
    ...options,
    doc,
    config,
    ctx,
    lang,
    store,
    decisions,
    embeds: held.embeds,
    dismissNotice: () => dismissNotice(win, config, (m) => log('warn', m)),
    scope,
    log: (m) => log('error', m),
  });
  const { gppQueue, loadGpp } = options;
  followGpp({ win, config, store, view, scope, gppQueue, loadGpp, log: (m) => log('warn', m) });

  // 'ready' waits for the DOM, so that page scripts after this one can still subscribe.
  const onReady = () => {
    held.onHeldLater(view.heldLater);
    events.ready();
  };
  present({ win, store, stored, view, decisions, records, scope, onReady });
  const status = statusOf(win, setup, store, held, options, serviceOf);
  return { store, decisions, view, events, records, status, destroy: scope.stop };
}
