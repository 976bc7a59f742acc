import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createEvents } from '../../../src/engine/events';
import { createStore } from '../../../src/engine/store';
import type { Choices, ConsentryEventName } from '../../../src/types';
import { makeContext, makeScope } from '../support/engine';
import { makeChoices } from '../support/page';

/** Events over a store's grants, as engine/index.ts makes them, with what they log. */
function setup() {
  const store = createStore(makeContext(), null);
  const log = vi.fn<(message: string) => void>();
  const scope = makeScope();
  const events = createEvents(window, store.granted, scope, log);
  /** Moves the store on without its change path: the test emits itself. */
  const grant = (next: Choices) => store.change(next);
  return { events, log, scope, grant };
}

/** The `detail` of each `consentry:<name>` event dispatched on window during the test. */
function domEvents(name: ConsentryEventName): unknown[] {
  const details: unknown[] = [];
  const controller = new AbortController();
  onTestFinished(() => controller.abort());
  window.addEventListener(`consentry:${name}`, (e) => details.push((e as CustomEvent).detail), {
    signal: controller.signal,
  });
  return details;
}

describe('createEvents', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls each subscriber with what is granted at the time, then dispatches the DOM event', () => {
    const { events, grant } = setup();
    const order: unknown[] = [];
    events.on('change', (choices) => order.push(['listener', choices]));
    const controller = new AbortController();
    onTestFinished(() => controller.abort());
    window.addEventListener('consentry:change', (e) => order.push(['DOM event', (e as CustomEvent).detail]), {
      signal: controller.signal,
    });
    grant(makeChoices({ analytics: true }));
    events.emit('change');
    expect(order).toEqual([
      ['listener', makeChoices({ analytics: true })],
      ['DOM event', makeChoices({ analytics: true })],
    ]);
  });

  it('reads what is granted anew for each subscriber: one that edits its copy changes nothing for the next', () => {
    const { events } = setup();
    const second = vi.fn();
    events.on('change', (choices) => {
      choices.analytics = true;
    });
    events.on('change', second);
    events.emit('change');
    expect(second).toHaveBeenCalledWith(makeChoices());
  });

  it('stops calling a subscriber once it unsubscribed', () => {
    const { events } = setup();
    const listener = vi.fn();
    const unsubscribe = events.on('change', listener);
    events.emit('change');
    unsubscribe();
    events.emit('change');
    expect(listener).toHaveBeenCalledOnce();
  });

  it('carries on to the other subscribers and the DOM event when one throws, and logs the error', () => {
    const { events, log, grant } = setup();
    const after = vi.fn();
    const details = domEvents('change');
    events.on('change', () => {
      throw new Error('broken listener');
    });
    events.on('change', after);
    grant(makeChoices({ social: true }));
    expect(() => events.emit('change')).not.toThrow();
    expect(after).toHaveBeenCalledWith(makeChoices({ social: true }));
    expect(details).toHaveLength(1);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^a 'change' listener threw; .*broken listener/));
  });

  describe('ready()', () => {
    it("sends 'ready' to its subscribers and consentry:ready on window", () => {
      const { events } = setup();
      const ready = vi.fn();
      const details = domEvents('ready');
      events.on('ready', ready);
      events.ready();
      expect(ready).toHaveBeenCalledExactlyOnceWith(makeChoices());
      expect(details).toEqual([makeChoices()]);
    });

    it("answers a 'ready' subscriber that comes after it, in a task of its own, with no second DOM event", () => {
      const { events, grant } = setup();
      events.ready();
      const details = domEvents('ready');
      const late = vi.fn();
      events.on('ready', late);
      // Not during on(): the subscriber gets its unsubscribe function first.
      expect(late).not.toHaveBeenCalled();
      grant(makeChoices({ analytics: true }));
      vi.runAllTimers();
      expect(late).toHaveBeenCalledExactlyOnceWith(makeChoices({ analytics: true }));
      expect(details).toEqual([]);
    });

    it("does not answer a late 'ready' subscriber that unsubscribed before its turn", () => {
      const { events } = setup();
      events.ready();
      const late = vi.fn();
      events.on('ready', late)();
      vi.runAllTimers();
      expect(late).not.toHaveBeenCalled();
    });

    it("does not answer a late 'ready' subscriber once the scope stopped", () => {
      const { events, scope } = setup();
      events.ready();
      const late = vi.fn();
      events.on('ready', late);
      scope.stop();
      vi.runAllTimers();
      expect(late).not.toHaveBeenCalled();
    });

    it("answers a 'change' subscriber only at the next change, before and after ready()", () => {
      const { events } = setup();
      events.ready();
      const change = vi.fn();
      events.on('change', change);
      vi.runAllTimers();
      expect(change).not.toHaveBeenCalled();
      events.emit('change');
      expect(change).toHaveBeenCalledOnce();
    });
  });
});
