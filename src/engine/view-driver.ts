import type { ConsentContext } from '../consent/state.js';
import type { HeldRecord } from '../gate/gate.js';
import { createLauncher, type Launcher } from '../page/launcher.js';
import { whenBody } from '../page/ready.js';
import { adoptStyles, widgetRoot } from '../page/root.js';
import type { ResolvedConfig } from '../types.js';
import type { HeldEmbed, MountPreferences, MountView, ViewHandle, ViewHost } from '../view.js';
import type { Decisions } from './decisions.js';
import type { Scope } from './scope.js';
import type { ConsentStore } from './store.js';

/** What the visitor can be shown. */
export type ViewAction = 'showBanner' | 'showPreferences' | 'showNotice' | 'hide' | 'refresh';

export interface ViewDriver {
  show(action: ViewAction): void;
  /** Once the DOM is ready: placeholders and the cookie declaration, on the pages that have them. */
  drawPage(): void;
  /** A held iframe appeared after start-up (a single-page app): it gets its placeholder. */
  heldLater(record: HeldRecord): void;
  /** The banner or the preferences are on screen (as last asked for). */
  visible(): boolean;
  /** The banner or the preferences have been shown on this page. */
  noticed(): boolean;
  /** Calls `fn` each time the view is shown or hidden. */
  onVisibility(fn: () => void): void;
  /** The privacy request form, `kind` selected (SPEC §9); the preferences where no `requestEndpoint` takes requests. */
  request(kind?: string): void;
}

interface ViewDeps {
  doc: Document;
  config: ResolvedConfig;
  ctx: ConsentContext;
  lang: string;
  nonce?: string;
  loadView?: (lang: string) => Promise<MountView>;
  loadPreferences?: (lang: string) => Promise<MountPreferences>;
  /** The reopen button's label in `lang`, when the config does not set one. */
  reopenLabel?: (lang: string) => string | Promise<string>;
  store: ConsentStore;
  decisions: Decisions;
  embeds(): HeldEmbed[];
  /** Remembers that the notice of a policy change was dismissed. */
  dismissNotice(): void;
  scope: Scope;
  log: (message: string) => void;
}

/** The host the view is mounted with: the engine's state and decisions, lent (src/view.ts). */
function viewHost(deps: ViewDeps, loadPreferences: () => Promise<MountPreferences>, onDismissed: () => void): ViewHost {
  const { doc, config, lang, store, decisions } = deps;
  return {
    document: doc,
    config,
    gpc: deps.ctx.gpc,
    mode: deps.ctx.mode,
    lang,
    adopt(css, into = widgetRoot(doc)) {
      adoptStyles(into, css, deps.nonce);
      return into;
    },
    choices: store.choices,
    embeds: deps.embeds,
    acceptAll: decisions.acceptAll,
    rejectAll: decisions.rejectAll,
    save: (next) => decisions.set(next, 'preferences'),
    allowEmbed: (ids) => decisions.set(Object.fromEntries(ids.map((id) => [id, true])), 'banner'),
    loadPreferences,
    consentId: () => store.receipt()?.id ?? null,
    dismissNotice() {
      deps.dismissNotice();
      onDismissed();
    },
  };
}

/**
 * The floating reopen button, drawn the first time it shows (a first visit shows the
 * banner instead, and pays nothing for it); returns what shows or hides it.
 */
function reopenButton({ doc, config, lang, scope, nonce, reopenLabel, loadView }: ViewDeps, onOpen: () => void) {
  let launcher: Promise<Launcher> | undefined;
  scope.onStop(() => void launcher?.then((l) => l.show(false)));
  return (visible: boolean) => {
    const position = config.floatingButton;
    if (visible && position && loadView)
      launcher ??= whenBody(doc, scope.signal)
        .then(() => config.translations[lang]?.reopen ?? reopenLabel?.(lang) ?? 'Cookie settings')
        .then((label) => createLauncher(doc, position, label, nonce, onOpen));
    void launcher?.then((l) => l.show(visible));
  };
}

/**
 * The page's own ways in: any `data-consentry-open` element or link to
 * `#consentry-preferences` opens the choices; a link to `#consentry-request(=<kind>)` the
 * privacy request form.
 */
function followPageLinks(doc: Document, scope: Scope, open: { preferences(): void; request(kind?: string): void }) {
  doc.addEventListener(
    'click',
    (event) => {
      const target = (event.target as Element | null)?.closest?.(
        '[data-consentry-open], a[href="#consentry-preferences"], a[href^="#consentry-request"]',
      );
      if (!target) return;
      event.preventDefault();
      const href = target.getAttribute('href') ?? '';
      if (href.startsWith('#consentry-request')) open.request(href.split('=')[1]);
      else open.preferences();
    },
    { signal: scope.signal },
  );
}

/**
 * Loads and drives the view: the first layer (banner, placeholders) fetched and mounted
 * once, the preferences and the request form, the floating reopen button, and the page's
 * own reopen and request links. It follows the store: a receipt hides the banner and shows
 * the reopen button, a forgotten one shows the banner, and each change redraws the placeholders.
 * @example createViewDriver(deps).show('showPreferences')
 */
export function createViewDriver(deps: ViewDeps): ViewDriver {
  const { doc, config, lang, store, scope } = deps;
  let view: Promise<ViewHandle | undefined> | undefined;
  let visible = false;
  let noticed = false;
  const visibilityListeners: (() => void)[] = [];
  const loadPreferences = () => deps.loadPreferences?.(lang) ?? Promise.reject(new Error('no preferences module'));
  const showLauncher = reopenButton(deps, () => show('showPreferences'));

  function ensureView(): Promise<ViewHandle | undefined> | undefined {
    const load = deps.loadView;
    if (!load) return undefined;
    // The file is fetched at once, while the page still parses; it mounts once <body> is there.
    view ??= Promise.all([load(lang), whenBody(doc, scope.signal)])
      .then(([mount]) => mount(viewHost(deps, loadPreferences, () => showLauncher(true))))
      .catch((error) => {
        view = undefined;
        deps.log(`the view could not be shown (${error}); nothing is granted until the visitor decides.`);
        return undefined;
      });
    return view;
  }

  function setVisible(next: boolean) {
    noticed ||= next;
    if (next === visible) return;
    visible = next;
    for (const fn of visibilityListeners) fn();
  }

  // A dialog from the preferences' file (the preferences, the request form) opening first
  // (the reopen button, a link): both files at once, not one after the other.
  function openingDialog() {
    setVisible(true);
    if (!view) loadPreferences().catch(() => {});
  }

  function show(action: ViewAction) {
    if (action === 'showBanner') setVisible(true);
    if (action === 'showPreferences') openingDialog();
    if (action === 'hide') setVisible(false);
    // The banner and the notice sit where the reopen button does.
    if (action === 'showBanner' || action === 'showNotice') showLauncher(false);
    if (action === 'hide' && store.receipt()) showLauncher(true);
    if (action === 'hide' || action === 'refresh') void view?.then((v) => v?.[action]());
    else void ensureView()?.then((v) => v?.[action]());
  }

  function request(kind?: string) {
    if (!config.requestEndpoint) {
      deps.log(
        'a link asks for the privacy request form, but no requestEndpoint (or logEndpoint) takes requests: the preferences open instead.',
      );
      return show('showPreferences');
    }
    openingDialog();
    void ensureView()?.then((v) => v?.showRequest(kind));
  }

  store.onReceipt((receipt) => show(receipt ? 'hide' : 'showBanner'));
  store.onChange(() => show('refresh'));
  scope.onStop(() => void view?.then((v) => v?.hide()));
  followPageLinks(doc, scope, { preferences: () => show('showPreferences'), request });

  return {
    show,
    drawPage() {
      if (deps.embeds().length || doc.querySelector('[data-consentry-declaration]'))
        void ensureView()?.then((v) => v?.refresh());
    },
    heldLater(record) {
      if (record.el.tagName === 'IFRAME') void ensureView()?.then((v) => v?.refresh());
    },
    visible: () => visible,
    noticed: () => noticed,
    onVisibility: (fn) => void visibilityListeners.push(fn),
    request,
  };
}
