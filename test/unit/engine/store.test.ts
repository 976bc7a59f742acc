import { describe, expect, it } from 'vitest';
import { type Change, createStore } from '../../../src/engine/store';
import type { Receipt } from '../../../src/types';
import { makeConfig, makeContext } from '../support/engine';
import { allGranted, makeChoices, makeReceipt } from '../support/page';

describe('createStore', () => {
  describe('at start-up', () => {
    it('grants only necessary without a stored choice in opt-in mode', () => {
      const store = createStore(makeContext(), null);
      expect(store.choices()).toEqual(makeChoices());
      expect(store.granted()).toEqual(makeChoices());
      expect(store.receipt()).toBeNull();
      expect(store.signalled).toBeNull();
    });

    it('grants every category without a stored choice in opt-out mode', () => {
      expect(createStore(makeContext(undefined, { mode: 'opt-out' }), null).granted()).toEqual(allGranted());
    });

    it('takes the stored choice over the defaults, ignoring categories the config does not have', () => {
      const stored = makeReceipt({ choices: { ...makeChoices({ analytics: true }), tracking: true } });
      const store = createStore(makeContext(makeConfig({ categories: { chat: {} } })), stored);
      expect(store.choices()).toEqual({ ...makeChoices({ analytics: true }), chat: false });
      expect(store.receipt()).toBe(stored);
    });

    it('chooses but does not grant advertising on a sensitive page', () => {
      const store = createStore(makeContext(undefined, { sensitive: true }), makeReceipt({ choices: allGranted() }));
      expect(store.choices().advertising).toBe(true);
      expect(store.granted()).toEqual({ ...allGranted(), advertising: false });
    });

    it('grants nothing but necessary when the config failed, whatever is stored', () => {
      const store = createStore(makeContext(undefined, { failed: true }), makeReceipt({ choices: allGranted() }));
      expect(store.choices()).toEqual(allGranted());
      expect(store.granted()).toEqual(makeChoices());
    });
  });

  describe('under Global Privacy Control', () => {
    const gpc = (mode: 'opt-in' | 'opt-out' = 'opt-in') => makeContext(undefined, { gpc: true, mode });

    it('denies advertising by default in opt-out mode', () => {
      expect(createStore(gpc('opt-out'), null).granted()).toEqual({ ...allGranted(), advertising: false });
    });

    it('withholds advertising that a stored choice granted before the signal was on, as its own decision', () => {
      const store = createStore(gpc(), makeReceipt({ choices: allGranted(), gpc: false }));
      expect(store.granted()).toEqual({ ...allGranted(), advertising: false });
      // The caller records this decision with method 'signal' (engine/index.ts).
      expect(store.signalled).toEqual({ ...allGranted(), advertising: false });
    });

    it('keeps advertising that was granted while the signal was on', () => {
      const store = createStore(gpc(), makeReceipt({ choices: allGranted(), gpc: true }));
      expect(store.granted().advertising).toBe(true);
      expect(store.signalled).toBeNull();
    });

    it('makes no decision of its own over a stored choice that grants no sale-or-share category', () => {
      const store = createStore(gpc(), makeReceipt({ choices: makeChoices({ analytics: true }) }));
      expect(store.signalled).toBeNull();
      expect(store.granted()).toEqual(makeChoices({ analytics: true }));
    });
  });

  describe('change()', () => {
    it('tells each subscriber, in the order they subscribed, what was granted before and after', () => {
      const store = createStore(makeContext(), null);
      const heard: string[] = [];
      const changes: Change[] = [];
      store.onChange((change) => {
        heard.push('first');
        changes.push(change);
      });
      store.onChange(() => heard.push('second'));
      const saved = Promise.resolve();
      store.change(makeChoices({ analytics: true }), saved);
      expect(heard).toEqual(['first', 'second']);
      expect(changes).toEqual([
        { before: makeChoices(), after: makeChoices({ analytics: true }), revoked: [], withdrawn: [], saved },
      ]);
      expect(store.granted()).toEqual(makeChoices({ analytics: true }));
    });

    it('names what was revoked on this page, and what was withdrawn though this page never granted it', () => {
      const store = createStore(makeContext(undefined, { sensitive: true }), makeReceipt({ choices: allGranted() }));
      const changes: Change[] = [];
      store.onChange((change) => changes.push(change));
      store.change(makeChoices({ preferences: true, social: true }));
      expect(changes[0].revoked).toEqual(['analytics']);
      expect(changes[0].withdrawn).toEqual(['analytics', 'advertising']);
      expect(changes[0].saved).toBeUndefined();
    });

    it('hands out copies: a caller that edits what it was given changes nothing', () => {
      const store = createStore(makeContext(), null);
      store.choices().analytics = true;
      store.granted().analytics = true;
      expect(store.choices().analytics).toBe(false);
      expect(store.granted().analytics).toBe(false);
    });
  });

  describe('keep()', () => {
    it('sets the receipt and tells each receipt subscriber, a forgotten one too', () => {
      const store = createStore(makeContext(), null);
      const heard: (Receipt | null)[] = [];
      store.onReceipt((receipt) => heard.push(receipt));
      const receipt = makeReceipt();
      store.keep(receipt);
      expect(store.receipt()).toBe(receipt);
      store.keep(null);
      expect(store.receipt()).toBeNull();
      expect(heard).toEqual([receipt, null]);
    });

    it('changes no choice', () => {
      const store = createStore(makeContext(), null);
      const changes: Change[] = [];
      store.onChange((change) => changes.push(change));
      store.keep(makeReceipt({ choices: allGranted() }));
      expect(store.granted()).toEqual(makeChoices());
      expect(changes).toEqual([]);
    });
  });
});
