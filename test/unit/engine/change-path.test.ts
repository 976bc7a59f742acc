import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { ConsentContext } from '../../../src/consent/state';
import { announce, followChanges } from '../../../src/engine/change-path';
import { createEvents } from '../../../src/engine/events';
import { createRelease } from '../../../src/engine/release';
import { createStore } from '../../../src/engine/store';
import type { ConsentryConfig } from '../../../src/types';
import { cookiesAtEachUpdate, heldScript, makeConfig, makeContext, makeScope } from '../support/engine';
import {
  allGranted,
  cleanPage,
  consentUpdates,
  cookieNamesOnPage,
  dataLayer,
  grantedState,
  makeChoices,
  makeReceipt,
  runInlineScripts,
  setBody,
  storeCookie,
} from '../support/page';

/**
 * A store followed by the change path, as engine/index.ts wires them, with events whose
 * 'change' subscribers note the step; the release only notes it was called, or is the
 * real one over the page's held elements (`held`), made before the change path as there.
 */
function follow(input: ConsentryConfig = {}, ctx: Partial<ConsentContext> = {}, { held = false } = {}) {
  const config = makeConfig(input);
  const store = createStore(makeContext(config, ctx), null);
  const scope = makeScope();
  const steps: string[] = [];
  const events = createEvents(window, store.granted, scope, vi.fn());
  events.on('change', () => steps.push('change event'));
  const release = held
    ? createRelease({ doc: document, config, store, serviceOf: () => undefined, scope, warn: vi.fn() })
    : undefined;
  followChanges(store, {
    win: window,
    config,
    events,
    release: release?.release ?? (() => void steps.push('release')),
    scope,
  });
  return { store, scope, steps, release };
}

/** A promise the test settles: the history and the log taking the receipt. */
function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const reload = vi.fn<() => void>();
/** Resolves at the page's reload, to the names of the cookies the page had then. */
const reloaded = () =>
  new Promise<string[]>((resolve) => reload.mockImplementation(() => resolve(cookieNamesOnPage())));

describe('followChanges', () => {
  beforeEach(() => {
    reload.mockReset();
    vi.spyOn(window.location, 'reload').mockImplementation(() => reload());
  });
  afterEach(async () => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    await cleanPage();
  });

  it('sends a Consent Mode update and then a consentry_update event with what is granted', () => {
    const { store } = follow();
    store.change(allGranted());
    const items = dataLayer();
    const update = items.findIndex((item) => Object.prototype.toString.call(item) === '[object Arguments]');
    expect(Array.from(items[update] as IArguments)).toEqual(['consent', 'update', grantedState()]);
    expect(items.slice(update + 1)).toEqual([{ event: 'consentry_update', consentry: allGranted() }]);
  });

  it('releases after the change event, and does not reload, when nothing was revoked', () => {
    const { store, steps } = follow();
    store.change(makeChoices({ analytics: true }));
    store.change(allGranted());
    expect(steps).toEqual(['change event', 'release', 'change event', 'release']);
    expect(reload).not.toHaveBeenCalled();
  });

  it('releases the held elements a change grants every category of', async () => {
    onTestFinished(runInlineScripts());
    setBody(heldScript('analytics', 'analytics ran') + heldScript('analytics advertising', 'both ran'));
    const { store, release } = follow({}, {}, { held: true });
    store.change(makeChoices({ analytics: true }));
    expect(release?.marked().map((r) => r.state)).toEqual(['loaded', 'held']);
    store.change(allGranted());
    expect(release?.marked().map((r) => r.state)).toEqual(['loaded', 'loaded']);
    await vi.waitFor(() => expect(dataLayer()).toEqual(expect.arrayContaining(['analytics ran', 'both ran'])));
  });

  it("deletes a revoked category's cookies after the update and before the change event, then releases without reloading when told not to", () => {
    const { store, steps } = follow({ reloadOnRevoke: false });
    store.change(allGranted());
    storeCookie(makeReceipt({ choices: allGranted() }));
    for (const c of ['_ga=GA1.1.1', '_ga_ABC=GS1.1.2', '_gid=GA1.1.3', '_fbp=fb.1.4', 'session=5']) {
      document.cookie = `${c}; Path=/`;
    }
    const cookiesAtUpdate = cookiesAtEachUpdate();
    const cookiesAtChangeEvent: string[][] = [];
    const controller = new AbortController();
    onTestFinished(() => controller.abort());
    window.addEventListener('consentry:change', () => cookiesAtChangeEvent.push(cookieNamesOnPage().sort()), {
      signal: controller.signal,
    });
    store.change({ ...allGranted(), analytics: false });
    expect(cookiesAtUpdate).toHaveLength(1);
    expect(cookiesAtUpdate[0]).toEqual(expect.arrayContaining(['_ga', '_ga_ABC', '_gid']));
    expect(cookiesAtChangeEvent).toEqual([['_fbp', 'consentry', 'session']]);
    expect(cookieNamesOnPage().sort()).toEqual(['_fbp', 'consentry', 'session']);
    expect(consentUpdates().at(-1)?.[2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'granted' });
    // The release, not the reload: the change path takes one or the other.
    expect(steps.slice(2)).toEqual(['change event', 'release']);
    expect(reload).not.toHaveBeenCalled();
  });

  it('deletes the cookies of a category withdrawn on a page that never granted it (a sensitive page)', () => {
    const { store } = follow({ reloadOnRevoke: false }, { sensitive: true });
    store.change(allGranted());
    document.cookie = '_fbp=fb.1.2.3; Path=/';
    document.cookie = '_gcl_au=1.1.2; Path=/';
    store.change({ ...allGranted(), advertising: false });
    expect(cookieNamesOnPage()).not.toContain('_fbp');
    expect(cookieNamesOnPage()).not.toContain('_gcl_au');
  });

  describe('a revocation, by default', () => {
    it('reloads the page after the update and the deletion, and releases nothing', async () => {
      const { store, steps } = follow();
      store.change(allGranted());
      storeCookie(makeReceipt());
      document.cookie = '_ga=GA1.1.1; Path=/';
      document.cookie = '_fbp=fb.1.2; Path=/';
      const cookiesAtUpdate = cookiesAtEachUpdate();
      const cookiesAtReload = reloaded();
      store.change(makeChoices(), Promise.resolve());
      expect(await cookiesAtReload).toEqual(['consentry']);
      expect(cookiesAtUpdate[0]).toEqual(expect.arrayContaining(['_ga', '_fbp']));
      expect(steps).toEqual(['change event', 'release', 'change event']);
      expect(reload).toHaveBeenCalledOnce();
    });

    it('does not release held elements of a category granted in the same decision before reloading', async () => {
      onTestFinished(runInlineScripts());
      setBody(heldScript('social', 'social ran'));
      const { store, release } = follow({}, {}, { held: true });
      store.change(makeChoices({ analytics: true }));
      const done = reloaded();
      store.change(makeChoices({ social: true }), Promise.resolve());
      expect(release?.marked()[0].state).toBe('held');
      await done;
      expect(dataLayer()).not.toContain('social ran');
    });

    it('reloads as soon as the history and the log have the receipt', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const { store } = follow();
      store.change(allGranted());
      const saved = deferred();
      const reloadedAt = new Promise<number>((resolve) => reload.mockImplementation(() => resolve(Date.now())));
      const start = Date.now();
      store.change(makeChoices(), saved.promise);
      expect(reload).not.toHaveBeenCalled();
      saved.resolve();
      expect((await reloadedAt) - start).toBe(0);
    });

    it('reloads after a second when they take longer', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const { store } = follow();
      store.change(allGranted());
      const reloadedAt = new Promise<number>((resolve) => reload.mockImplementation(() => resolve(Date.now())));
      const start = Date.now();
      store.change(makeChoices(), new Promise(() => {}));
      await vi.advanceTimersByTimeAsync(1000);
      expect((await reloadedAt) - start).toBe(1000);
    });

    it('does not reload once the scope stopped (destroy()) in the meantime', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { store, scope } = follow();
      store.change(allGranted());
      const saved = deferred();
      // Subscribed after the change path and waiting the same way, it hears the receipt saved just after it does.
      const after = new Promise((resolve) =>
        store.onChange((change) => void Promise.race([change.saved]).then(resolve)),
      );
      store.change(makeChoices(), saved.promise);
      scope.stop();
      expect(vi.getTimerCount()).toBe(0);
      saved.resolve();
      await after;
      expect(reload).not.toHaveBeenCalled();
    });
  });
});

describe('announce', () => {
  afterEach(async () => {
    await cleanPage();
  });

  it('pushes the update to a dataLayer it creates when the page has none', () => {
    announce(window, makeChoices({ analytics: true }));
    expect(consentUpdates()).toEqual([
      ['consent', 'update', expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'denied' })],
    ]);
  });
});
