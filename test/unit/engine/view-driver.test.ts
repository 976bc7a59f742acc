import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createDecisions } from '../../../src/engine/decisions';
import { createStore } from '../../../src/engine/store';
import { createViewDriver } from '../../../src/engine/view-driver';
import type { ConsentryConfig, Receipt } from '../../../src/types';
import type { HeldEmbed, MountPreferences, MountView } from '../../../src/view';
import { loadNoPreferences, makeConfig, makeContext, makeScope, recordingView } from '../support/engine';
import { cleanPage, makeChoices, makeReceipt, setBody, trackBroadcastChannels } from '../support/page';

interface DriveOptions {
  stored?: Receipt | null;
  loadView?: ((lang: string) => Promise<MountView>) | null;
  loadPreferences?: (lang: string) => Promise<MountPreferences>;
  reopenLabel?: (lang: string) => string | Promise<string>;
  embeds?: () => HeldEmbed[];
}

/**
 * A view driver over a store (with `stored` as its receipt), real decisions without
 * records, and a recording first layer (`loadView: null`: headless).
 */
function drive(input: ConsentryConfig = {}, options: DriveOptions = {}) {
  const config = makeConfig(input);
  const ctx = makeContext(config);
  const store = createStore(ctx, options.stored ?? null);
  const scope = makeScope();
  const decisions = createDecisions(store, {
    win: window,
    config,
    records: { get: async () => undefined },
    scope,
    log: vi.fn(),
  });
  const view = recordingView();
  const log = vi.fn<(message: string) => void>();
  const dismissNotice = vi.fn();
  const driver = createViewDriver({
    doc: document,
    config,
    ctx,
    lang: 'en',
    loadView: options.loadView === null ? undefined : (options.loadView ?? view.loadView),
    loadPreferences: options.loadPreferences,
    reopenLabel: options.reopenLabel,
    store,
    decisions,
    embeds: options.embeds ?? (() => []),
    dismissNotice,
    scope,
    log,
  });
  return { driver, store, decisions, scope, view, log, dismissNotice };
}

/** The reopen button in the widget's shadow root, once drawn. */
const reopenButton = () =>
  document.getElementById('consentry')?.shadowRoot?.querySelector<HTMLButtonElement>('button.launcher') ?? null;

/** Waits until the reopen button is drawn and shown. */
const reopenShown = () =>
  vi.waitFor(() => {
    const button = reopenButton();
    if (!button || button.hidden) throw new Error('the reopen button is not shown');
    return button;
  });

let closeChannels: () => void;

describe('createViewDriver', () => {
  beforeEach(() => {
    closeChannels = trackBroadcastChannels();
  });
  afterEach(async () => {
    closeChannels();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    await cleanPage();
  });

  describe('show()', () => {
    it('loads the first layer once, in the language chosen, and shows what it is asked to', async () => {
      const { driver, view } = drive();
      driver.show('showBanner');
      driver.show('showNotice');
      await vi.waitFor(() => expect(view.calls).toEqual(['banner', 'notice']));
      driver.show('showPreferences');
      await vi.waitFor(() => expect(view.calls).toEqual(['banner', 'notice', 'preferences']));
      expect(view.loadView).toHaveBeenCalledExactlyOnceWith('en');
    });

    it('hides and redraws only a first layer that is loaded: neither loads it', async () => {
      const { driver, view } = drive();
      driver.show('hide');
      driver.show('refresh');
      expect(view.loadView).not.toHaveBeenCalled();
      driver.show('showBanner');
      await vi.waitFor(() => expect(view.calls).toEqual(['banner']));
      driver.show('refresh');
      driver.show('hide');
      await vi.waitFor(() => expect(view.calls).toEqual(['banner', 'hide']));
      expect(view.refreshes()).toBe(1);
    });

    it('says whether the banner or the preferences are on screen, and whether they ever were', () => {
      const { driver } = drive();
      const heard = vi.fn();
      driver.onVisibility(heard);
      expect([driver.visible(), driver.noticed()]).toEqual([false, false]);
      driver.show('showNotice');
      expect([driver.visible(), driver.noticed()]).toEqual([false, false]);
      driver.show('showBanner');
      driver.show('showPreferences');
      expect([driver.visible(), driver.noticed()]).toEqual([true, true]);
      expect(heard).toHaveBeenCalledOnce();
      driver.show('hide');
      expect([driver.visible(), driver.noticed()]).toEqual([false, true]);
      expect(heard).toHaveBeenCalledTimes(2);
    });

    it('fetches the preferences at once, beside the first layer, when they open first', () => {
      const loadPreferences = loadNoPreferences();
      const { driver, view } = drive({}, { loadPreferences });
      driver.show('showPreferences');
      expect(view.loadView).toHaveBeenCalledWith('en');
      expect(loadPreferences).toHaveBeenCalledWith('en');
    });

    it('leaves the preferences to the first layer once it is loaded', async () => {
      const loadPreferences = loadNoPreferences();
      const { driver, view } = drive({}, { loadPreferences });
      driver.show('showBanner');
      await vi.waitFor(() => expect(view.calls).toEqual(['banner']));
      driver.show('showPreferences');
      expect(loadPreferences).not.toHaveBeenCalled();
      await vi.waitFor(() => expect(view.calls).toEqual(['banner', 'preferences']));
      await view.host()?.loadPreferences();
      expect(loadPreferences).toHaveBeenCalledExactlyOnceWith('en');
    });

    it('reports a first layer that fails to load once, leaves no promise rejection unhandled, and tries again at the next call', async () => {
      const unhandled = vi.fn();
      process.on('unhandledRejection', unhandled);
      onTestFinished(() => void process.off('unhandledRejection', unhandled));
      const loadView = vi.fn(() => Promise.reject(new Error('consentry-ui.js did not load')));
      const { driver, log, store } = drive({}, { loadView });
      driver.show('showPreferences');
      await vi.waitFor(() => expect(log).toHaveBeenCalledOnce());
      expect(log).toHaveBeenCalledWith(
        expect.stringContaining('could not be shown (Error: consentry-ui.js did not load)'),
      );
      // Node reports a rejection left unhandled once the microtasks are done, before the next turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).not.toHaveBeenCalled();
      expect(store.granted()).toEqual(makeChoices());
      driver.show('showBanner');
      expect(loadView).toHaveBeenCalledTimes(2);
      await vi.waitFor(() => expect(log).toHaveBeenCalledTimes(2));
    });
  });

  describe('following the store', () => {
    it('hides the banner once a decision keeps a receipt, and redraws at each change', async () => {
      const { driver, decisions, view } = drive();
      driver.show('showBanner');
      await vi.waitFor(() => expect(view.calls).toEqual(['banner']));
      decisions.rejectAll('banner');
      await vi.waitFor(() => expect(view.calls).toEqual(['banner', 'hide']));
      expect(view.refreshes()).toBe(1);
      expect(driver.visible()).toBe(false);
    });

    it('shows the banner again when the receipt is forgotten', async () => {
      const { decisions, view } = drive({}, { stored: makeReceipt() });
      decisions.reset();
      await vi.waitFor(() => expect(view.calls).toEqual(['banner']));
    });
  });

  describe('the reopen button', () => {
    it('shows once the view hides over a receipt, with its label, and opens the preferences', async () => {
      const { driver, view } = drive({}, { stored: makeReceipt(), reopenLabel: () => 'Privacy choices' });
      driver.show('hide');
      const button = await reopenShown();
      expect(button.getAttribute('aria-label')).toBe('Privacy choices');
      button.click();
      await vi.waitFor(() => expect(view.calls).toEqual(['preferences']));
    });

    it("takes the config's label over the loader's", async () => {
      const { driver } = drive(
        { translations: { en: { reopen: 'Your choices' } } },
        { stored: makeReceipt(), reopenLabel: () => 'Privacy choices' },
      );
      driver.show('hide');
      expect((await reopenShown()).getAttribute('aria-label')).toBe('Your choices');
    });

    it('gives way to the banner and the notice, which sit where it does', async () => {
      const { driver } = drive({}, { stored: makeReceipt() });
      driver.show('hide');
      const button = await reopenShown();
      driver.show('showNotice');
      await vi.waitFor(() => expect(button.hidden).toBe(true));
      driver.show('hide');
      await reopenShown();
      driver.show('showBanner');
      await vi.waitFor(() => expect(button.hidden).toBe(true));
    });

    it('is not drawn without a receipt, nor when headless', async () => {
      const first = drive();
      first.driver.show('hide');
      const headless = drive({}, { stored: makeReceipt(), loadView: null });
      headless.driver.show('hide');
      // The one drawn for a receipt and a first layer proves the others would have been by now.
      const witness = drive({}, { stored: makeReceipt() });
      witness.driver.show('hide');
      await reopenShown();
      expect(document.getElementById('consentry')?.shadowRoot?.querySelectorAll('button.launcher')).toHaveLength(1);
    });
  });

  describe("the page's own links", () => {
    it('opens the preferences from any data-consentry-open element or #consentry-preferences link', async () => {
      setBody('<button data-consentry-open>Cookie settings</button><a href="#consentry-preferences">Privacy</a>');
      const { view } = drive({}, { stored: makeReceipt() });
      (document.querySelector('button') as HTMLButtonElement).click();
      await vi.waitFor(() => expect(view.calls).toEqual(['preferences']));
      const event = new MouseEvent('click', { bubbles: true, cancelable: true });
      (document.querySelector('a') as HTMLAnchorElement).dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
      await vi.waitFor(() => expect(view.calls).toEqual(['preferences', 'preferences']));
    });

    it('opens the privacy request form from a #consentry-request link, with the kind it names', async () => {
      setBody('<a href="#consentry-request=erase">Erase my data</a><a href="#consentry-request">Ask us</a>');
      const { driver, view } = drive({ requestEndpoint: 'https://example.com/requests' });
      const [erase, ask] = document.querySelectorAll('a');
      erase.click();
      await vi.waitFor(() => expect(view.calls).toEqual(['request erase']));
      ask.click();
      await vi.waitFor(() => expect(view.calls).toEqual(['request erase', 'request undefined']));
      expect(driver.visible()).toBe(true);
    });

    it('opens the preferences instead, and says why, when no endpoint takes requests', async () => {
      const { driver, view, log } = drive();
      driver.request('access');
      await vi.waitFor(() => expect(view.calls).toEqual(['preferences']));
      expect(log).toHaveBeenCalledWith(expect.stringContaining('no requestEndpoint'));
    });

    it('leaves other clicks alone', () => {
      setBody('<a href="#top">Top</a>');
      const { view } = drive();
      const event = new MouseEvent('click', { bubbles: true, cancelable: true });
      (document.querySelector('a') as HTMLAnchorElement).dispatchEvent(event);
      expect(event.defaultPrevented).toBe(false);
      expect(view.loadView).not.toHaveBeenCalled();
    });
  });

  describe('drawPage() and heldLater()', () => {
    it('loads the first layer only for a page with held iframes or a cookie declaration', async () => {
      const plain = drive();
      plain.driver.drawPage();
      expect(plain.view.loadView).not.toHaveBeenCalled();
      const iframe = document.createElement('iframe');
      const withEmbeds = drive({}, { embeds: () => [{ el: iframe, categories: ['social'] }] });
      withEmbeds.driver.drawPage();
      await vi.waitFor(() => expect(withEmbeds.view.refreshes()).toBe(1));
      setBody('<div data-consentry-declaration></div>');
      const declared = drive();
      declared.driver.drawPage();
      await vi.waitFor(() => expect(declared.view.refreshes()).toBe(1));
    });

    it('draws a placeholder for an iframe held after start-up, and nothing for a script', async () => {
      const { driver, view } = drive();
      driver.heldLater({ el: document.createElement('script'), categories: ['analytics'], state: 'held' });
      expect(view.loadView).not.toHaveBeenCalled();
      driver.heldLater({ el: document.createElement('iframe'), categories: ['social'], state: 'held' });
      await vi.waitFor(() => expect(view.refreshes()).toBe(1));
    });
  });

  describe('the host it lends the first layer', () => {
    it("decides through the engine's decisions, each with its method", async () => {
      const { driver, store, view } = drive();
      driver.show('showBanner');
      await vi.waitFor(() => expect(view.host()).toBeDefined());
      const host = view.host();
      host?.allowEmbed(['social']);
      expect(store.granted()).toEqual(makeChoices({ social: true }));
      expect(store.receipt()?.method).toBe('banner');
      expect(host?.consentId()).toBe(store.receipt()?.id);
      host?.save(makeChoices({ analytics: true }));
      expect(store.receipt()).toMatchObject({ method: 'preferences', choices: makeChoices({ analytics: true }) });
      expect(host?.choices()).toEqual(makeChoices({ analytics: true }));
      host?.acceptAll('preferences');
      expect(store.receipt()?.method).toBe('preferences');
      expect(host?.document).toBe(document);
      expect([host?.lang, host?.gpc, host?.mode]).toEqual(['en', false, 'opt-in']);
    });

    it('remembers a dismissed notice and brings the reopen button back', async () => {
      const { driver, view, dismissNotice } = drive({}, { stored: makeReceipt() });
      driver.show('showNotice');
      await vi.waitFor(() => expect(view.calls).toEqual(['notice']));
      view.host()?.dismissNotice();
      expect(dismissNotice).toHaveBeenCalledOnce();
      await reopenShown();
    });
  });

  describe('when the scope stops', () => {
    it('hides the view and the reopen button, and follows no link of the page any more', async () => {
      setBody('<button data-consentry-open>Cookie settings</button>');
      const { driver, scope, view } = drive({}, { stored: makeReceipt() });
      driver.show('showBanner');
      driver.show('hide');
      const button = await reopenShown();
      scope.stop();
      await vi.waitFor(() => expect(button.hidden).toBe(true));
      expect(view.calls).toEqual(['banner', 'hide', 'hide']);
      const event = new MouseEvent('click', { bubbles: true, cancelable: true });
      (document.querySelector('[data-consentry-open]') as HTMLButtonElement).dispatchEvent(event);
      expect(event.defaultPrevented).toBe(false);
    });
  });
});
