import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentContext } from '../../../src/consent/state';
import { createDecisions } from '../../../src/engine/decisions';
import { createRecordsLoader } from '../../../src/engine/records';
import { type Change, createStore } from '../../../src/engine/store';
import { readChoice } from '../../../src/storage/cookie';
import { createRecords } from '../../../src/storage/records';
import type { ResolvedConfig } from '../../../src/types';
import { makeConfig, makeContext, makeScope } from '../support/engine';
import {
  allGranted,
  cleanPage,
  cookieNamesOnPage,
  makeChoices,
  makeReceipt,
  trackBroadcastChannels,
  useEmptyIndexedDB,
} from '../support/page';

/**
 * One tab: a store with no stored choice, its decisions, and the changes it heard. Every
 * tab of a test shares the page's cookies and IndexedDB, as the tabs of one site do.
 */
function openTab(config: ResolvedConfig = makeConfig(), ctx: Partial<ConsentContext> = {}) {
  const store = createStore(makeContext(config, ctx), null);
  const scope = makeScope();
  const log = vi.fn<(level: 'error' | 'warn', message: string) => void>();
  const records = createRecordsLoader(window, undefined, async () => createRecords, vi.fn());
  const decisions = createDecisions(store, { win: window, config, records, scope, log });
  const changes: Change[] = [];
  store.onChange((change) => changes.push(change));
  /** Resolves at the next change this tab hears. */
  const nextChange = () => new Promise<Change>((resolve) => store.onChange(resolve));
  const history = async () => (await records.get())?.list();
  return { store, decisions, scope, log, changes, nextChange, history };
}

let closeChannels: () => void;

describe('createDecisions', () => {
  beforeEach(() => {
    useEmptyIndexedDB();
    closeChannels = trackBroadcastChannels();
  });
  afterEach(async () => {
    closeChannels();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    await cleanPage();
  });

  describe('a decision', () => {
    it('writes the cookie and keeps the receipt before the change path hears of it, then saves it in the history', async () => {
      const tab = openTab();
      const atChange: unknown[] = [];
      tab.store.onChange(() => atChange.push([readChoice().receipt, tab.store.receipt()]));
      tab.decisions.acceptAll('banner');
      const receipt = tab.store.receipt();
      expect(receipt).toMatchObject({ method: 'banner', revision: '1', gpc: false, choices: allGranted() });
      expect(atChange).toEqual([[receipt, receipt]]);
      expect(readChoice()).toMatchObject({ receipt, pending: true });
      await tab.changes[0].saved;
      expect(await tab.history()).toEqual([receipt]);
      // The history has it: the pending mark goes (storage/records.ts).
      expect(readChoice().pending).toBe(false);
    });

    it('grants what acceptAll, rejectAll and set decide, each with the method it is given', () => {
      const tab = openTab();
      tab.decisions.set({ analytics: true, tracking: true }, 'preferences');
      expect(tab.store.granted()).toEqual(makeChoices({ analytics: true }));
      tab.decisions.set({ social: true }, 'api');
      expect(tab.store.granted()).toEqual(makeChoices({ analytics: true, social: true }));
      expect(tab.store.receipt()?.method).toBe('api');
      tab.decisions.acceptAll('banner');
      expect(tab.store.granted()).toEqual(allGranted());
      tab.decisions.rejectAll('preferences');
      expect(tab.store.granted()).toEqual(makeChoices());
      expect(tab.store.receipt()).toMatchObject({ method: 'preferences', choices: makeChoices() });
      expect(tab.changes.map((c) => c.revoked)).toEqual([
        [],
        [],
        [],
        ['preferences', 'analytics', 'advertising', 'social'],
      ]);
    });

    it('holds for this page view when cookies are blocked, and warns', () => {
      vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {});
      const tab = openTab();
      tab.decisions.set({ analytics: true }, 'api');
      expect(tab.store.granted().analytics).toBe(true);
      expect(tab.store.receipt()?.choices.analytics).toBe(true);
      expect(tab.log).toHaveBeenCalledWith('warn', expect.stringContaining('cookies are blocked'));
    });

    it('is recorded but releases nothing while the config is broken, and says so', () => {
      const tab = openTab(makeConfig(), { failed: true });
      tab.decisions.acceptAll('banner');
      expect(readChoice().receipt?.choices).toEqual(allGranted());
      expect(tab.store.granted()).toEqual(makeChoices());
      expect(tab.log).toHaveBeenCalledWith('error', expect.stringContaining('nothing is released until the config'));
    });

    it('under Global Privacy Control, lets only its own switch grant advertising, and records the signal', () => {
      const tab = openTab(makeConfig(), { gpc: true });
      tab.decisions.acceptAll('banner');
      expect(tab.store.granted()).toEqual({ ...allGranted(), advertising: false });
      tab.decisions.set({ advertising: true }, 'preferences');
      tab.decisions.acceptAll('banner');
      expect(tab.store.granted().advertising).toBe(true);
      expect(tab.store.receipt()?.gpc).toBe(true);
    });
  });

  describe('record()', () => {
    it("stores a receipt for the signal's own decision without a change", async () => {
      const tab = openTab();
      const next = makeChoices({ analytics: true });
      await tab.decisions.record(next, 'signal');
      const receipt = tab.store.receipt();
      expect(receipt).toMatchObject({ method: 'signal', choices: next });
      expect(readChoice().receipt).toEqual(receipt);
      expect(await tab.history()).toEqual([receipt]);
      expect(tab.changes).toEqual([]);
    });
  });

  describe('reset()', () => {
    it('forgets the choice: the cookie goes, the defaults come back, and the receipt is forgotten after the change', () => {
      const tab = openTab(makeConfig({ mode: 'opt-out' }), { mode: 'opt-out' });
      tab.decisions.rejectAll('banner');
      const receiptAtChange: unknown[] = [];
      tab.store.onChange(() => receiptAtChange.push(tab.store.receipt()));
      tab.decisions.reset();
      expect(cookieNamesOnPage()).not.toContain('consentry');
      expect(cookieNamesOnPage()).not.toContain('consentry_pending');
      expect(tab.store.granted()).toEqual(allGranted());
      expect(tab.store.receipt()).toBeNull();
      // The view hears the forgotten receipt last, once the change path has run (view-driver.ts).
      expect(receiptAtChange).toEqual([expect.objectContaining({ method: 'banner' })]);
    });
  });

  describe('other tabs', () => {
    it("applies another tab's decision, with its receipt", async () => {
      const thisTab = openTab();
      const otherTab = openTab();
      const heard = thisTab.nextChange();
      otherTab.decisions.acceptAll('banner');
      expect((await heard).after).toEqual(allGranted());
      expect(thisTab.store.granted()).toEqual(allGranted());
      expect(thisTab.store.receipt()).toEqual(otherTab.store.receipt());
    });

    it("ignores another tab's decision made on another revision", async () => {
      const thisTab = openTab(makeConfig({ revision: 2 }));
      const olderTab = openTab(makeConfig({ revision: 1 }));
      const heard = thisTab.nextChange();
      olderTab.decisions.acceptAll('banner');
      // A channel delivers one sender's messages in order: the reset comes after the receipt.
      olderTab.decisions.reset();
      expect((await heard).after).toEqual(makeChoices());
      expect(thisTab.changes.map((c) => c.after)).toEqual([makeChoices()]);
      expect(thisTab.store.receipt()).toBeNull();
    });

    it('ignores a receipt from another tab that no longer stands', async () => {
      const thisTab = openTab(makeConfig({ expiresDays: 30 }));
      const heard = thisTab.nextChange();
      const channel = new BroadcastChannel('consentry');
      channel.postMessage({ receipt: makeReceipt({ choices: allGranted(), daysAgo: 31 }) });
      channel.postMessage({ reset: true });
      await heard;
      expect(thisTab.changes.map((c) => c.after)).toEqual([makeChoices()]);
    });

    it('forgets the choice when another tab resets', async () => {
      const thisTab = openTab();
      const otherTab = openTab();
      const accepted = thisTab.nextChange();
      otherTab.decisions.acceptAll('banner');
      await accepted;
      const forgotten = thisTab.nextChange();
      otherTab.decisions.reset();
      expect((await forgotten).after).toEqual(makeChoices());
      expect(thisTab.store.receipt()).toBeNull();
    });

    it('hears nothing more once its scope stopped', async () => {
      const thisTab = openTab();
      const otherTab = openTab();
      // Opened after this tab: a channel delivers to its listeners in the order they were
      // opened (HTML, BroadcastChannel postMessage), so this one hears each message after it would have.
      const witness = openTab();
      thisTab.scope.stop();
      const witnessed = witness.nextChange();
      otherTab.decisions.acceptAll('banner');
      await witnessed;
      expect(thisTab.changes).toEqual([]);
      expect(thisTab.store.receipt()).toBeNull();
    });
  });
});
