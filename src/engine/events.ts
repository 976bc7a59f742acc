import type { Choices, ConsentryEventName } from '../types.js';
import type { Scope } from './scope.js';

/** `Consentry.on()` and the `consentry:*` DOM events. */
export interface Events {
  emit(name: ConsentryEventName): void;
  on(name: ConsentryEventName, fn: (choices: Choices) => void): () => void;
  /** The DOM is ready: sends 'ready', and answers later subscribers to 'ready' at once. */
  ready(): void;
}

/**
 * Calls each subscriber with a copy of what is granted, then dispatches the DOM event. A
 * subscriber that throws is logged and the others still run.
 * @example createEvents(window, store.granted, scope, log).on('change', console.log)
 */
export function createEvents(win: Window, get: () => Choices, scope: Scope, log: (message: string) => void): Events {
  const listeners: Record<ConsentryEventName, Set<(c: Choices) => void>> = { change: new Set(), ready: new Set() };
  let isReady = false;
  const emit = (name: ConsentryEventName) => {
    for (const fn of listeners[name]) {
      try {
        fn(get());
      } catch (error) {
        log(`a '${name}' listener threw; Consentry carries on. ${error}`);
      }
    }
    win.dispatchEvent(new CustomEvent(`consentry:${name}`, { detail: get() }));
  };
  return {
    emit,
    on(name, fn) {
      listeners[name].add(fn);
      if (name === 'ready' && isReady) scope.later(() => listeners.ready.has(fn) && fn(get()));
      return () => void listeners[name].delete(fn);
    },
    ready() {
      isReady = true;
      emit('ready');
    },
  };
}
