import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScope } from '../../../src/engine/scope';

describe('createScope', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs what it was given later once its time has come', () => {
    const scope = createScope();
    const tick = vi.fn();
    scope.later(tick, 1000);
    vi.advanceTimersByTime(999);
    expect(tick).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(tick).toHaveBeenCalledOnce();
  });

  it('clears its pending timers at stop(), and runs one asked for after it never', () => {
    const scope = createScope();
    const pending = vi.fn();
    const late = vi.fn();
    scope.later(pending, 1000);
    scope.stop();
    scope.later(late);
    vi.runAllTimers();
    expect(vi.getTimerCount()).toBe(0);
    expect(pending).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });

  it('aborts its signal at stop(), and with it every listener added with it', () => {
    const scope = createScope();
    const target = new EventTarget();
    const heard = vi.fn();
    target.addEventListener('ping', heard, { signal: scope.signal });
    expect(scope.signal.aborted).toBe(false);
    scope.stop();
    target.dispatchEvent(new Event('ping'));
    expect(scope.signal.aborted).toBe(true);
    expect(heard).not.toHaveBeenCalled();
  });

  it('runs what it was told to run at stop() after the signal is aborted, in order, once however often stopped', () => {
    const scope = createScope();
    const order: string[] = [];
    scope.onStop(() => order.push(`first, aborted: ${scope.signal.aborted}`));
    scope.onStop(() => order.push('second'));
    scope.stop();
    scope.stop();
    expect(order).toEqual(['first, aborted: true', 'second']);
  });

  it('keeps two scopes apart: stopping one leaves the other running', () => {
    const stopped = createScope();
    const running = createScope();
    const tick = vi.fn();
    running.later(tick, 10);
    stopped.stop();
    vi.runAllTimers();
    expect(running.signal.aborted).toBe(false);
    expect(tick).toHaveBeenCalledOnce();
    running.stop();
  });
});
