import { declaredCookies } from '../consent/declared.js';
import { deleteCookies } from '../page/jar.js';
import { gtagCommand, pushEvent, toConsentModeState } from '../signals/consent-mode.js';
import type { Choices, ResolvedConfig } from '../types.js';
import type { Events } from './events.js';
import type { Scope } from './scope.js';
import type { ConsentStore } from './store.js';

/** Sends what is granted to Google's tags and to Tag Manager (SPEC §4). */
export function announce(win: Window, granted: Choices): void {
  gtagCommand(win, 'consent', 'update', toConsentModeState(granted));
  pushEvent(win, { event: 'consentry_update', consentry: { ...granted } });
}

interface ChangePathDeps {
  win: Window;
  config: ResolvedConfig;
  events: Events;
  /** Releases what is granted now (held elements, the `data-ga-id` tag). */
  release(): void;
  scope: Scope;
}

/**
 * Subscribes, in the order SPEC §3 sets, what follows each change: the Consent Mode
 * update, then the deletion of the withdrawn categories' cookies, then the 'change'
 * event, then the reload when something granted was revoked (`reloadOnRevoke`), or else
 * the release of what is newly granted. No tag can rewrite a cookie in between.
 * @example followChanges(store, { win, config, events, release, scope })
 */
export function followChanges(store: ConsentStore, { win, config, events, release, scope }: ChangePathDeps): void {
  store.onChange(({ after }) => announce(win, after));
  store.onChange(({ revoked, withdrawn }) => {
    // Every category the visitor withdrew goes, even one this page never released (a
    // sensitive page): its cookies may have been set on an earlier page.
    const cleared = new Set([...revoked, ...withdrawn]);
    if (cleared.size)
      deleteCookies(win.location.hostname, declaredCookies(config.categories.filter((c) => cleared.has(c.id))));
  });
  store.onChange(() => events.emit('change'));
  store.onChange(({ revoked, saved }) => {
    if (!revoked.length || !config.reloadOnRevoke) return release();
    // A script that has run cannot be unloaded. The cookie is written already; the
    // history and the log get a second before the reload.
    void Promise.race([saved, new Promise((resolve) => scope.later(() => resolve(undefined), 1000))]).then(
      () => !scope.signal.aborted && win.location.reload(),
    );
  });
}
