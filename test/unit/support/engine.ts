/**
 * Small real collaborators for the engine's unit tests (test/unit/engine/): a parsed config,
 * the consent context it sets, a scope stopped after the test, and stand-ins for the files
 * the engine loads on demand. Each call builds a fresh value.
 */
import { onTestFinished, vi } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import type { ConsentContext } from '../../../src/consent/state';
import { createScope, type Scope } from '../../../src/engine/scope';
import type { ConsentryConfig, ResolvedConfig } from '../../../src/types';
import type { MountPreferences, MountView, ViewHost } from '../../../src/view';
import { cookieNamesOnPage } from './page';

/** The config as the engine resolves it from `input`; a test that wants a valid config fails on any error. */
export function makeConfig(input: ConsentryConfig = {}): ResolvedConfig {
  const { config, errors } = parseConfig(input);
  if (errors.length) throw new Error(`makeConfig: ${errors.join('; ')}`);
  return config;
}

/** The consent context of `config` (opt-in, no signal, an ordinary page), plus `overrides`. */
export const makeContext = (
  config: ResolvedConfig = makeConfig(),
  overrides: Partial<Omit<ConsentContext, 'categories'>> = {},
): ConsentContext => ({
  categories: config.categories,
  mode: 'opt-in',
  gpc: false,
  sensitive: false,
  failed: false,
  ...overrides,
});

/** A scope of its own for the test, stopped once it finishes (as `destroy()` would). */
export function makeScope(): Scope {
  const scope = createScope();
  onTestFinished(() => scope.stop());
  return scope;
}

/**
 * A stand-in first layer that records what the engine asked it to show or hide (redraws
 * counted apart), and keeps the host it was mounted with.
 */
export function recordingView() {
  const calls: string[] = [];
  let refreshes = 0;
  let host: ViewHost | undefined;
  const mount: MountView = (lent) => {
    host = lent;
    return {
      showBanner: () => calls.push('banner'),
      showPreferences: () => calls.push('preferences'),
      showNotice: () => calls.push('notice'),
      showRequest: (kind) => calls.push(`request ${kind}`),
      hide: () => calls.push('hide'),
      refresh: () => void refreshes++,
    };
  };
  const loadView = vi.fn(async (_lang: string) => mount);
  return { calls, refreshes: () => refreshes, host: () => host, loadView };
}

/** A stand-in preferences chunk: the engine only loads it ahead of time; the first layer mounts it. */
export const loadNoPreferences = () =>
  vi.fn(
    async (_lang: string): Promise<MountPreferences> =>
      () => ({
        open() {},
        request() {},
        close() {},
        declare() {},
      }),
  );

const isArguments = (item: unknown) => Object.prototype.toString.call(item) === '[object Arguments]';

/** Records, at each Consent Mode update pushed from now on, which cookies the page still had. */
export function cookiesAtEachUpdate(): string[][] {
  const seen: string[][] = [];
  const page = window as Window & { dataLayer?: unknown[] };
  page.dataLayer ??= [];
  const layer = page.dataLayer;
  const push = layer.push.bind(layer);
  layer.push = (...items: unknown[]) => {
    for (const item of items)
      if (isArguments(item) && (item as IArguments)[1] === 'update') seen.push(cookieNamesOnPage());
    return push(...items);
  };
  return seen;
}

/** A held inline script that pushes `marker` to the dataLayer (made if missing) when it runs. */
export const heldScript = (category: string, marker: string) =>
  `<script type="text/plain" data-consent="${category}">(window.dataLayer = window.dataLayer || []).push('${marker}')</script>`;
