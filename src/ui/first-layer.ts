import { type FirstLayerStrings, localize } from '../i18n/index.js';
import type { MountView, PreferencesHandle, ViewHandle } from '../view.js';
import { drawBanner } from './banner.js';
import { dom, themed } from './dom.js';
import { drawNotice } from './notice.js';
import { createPlaceholders } from './placeholders.js';
import { styles } from './styles.js';

/**
 * The first layer for one built-in language (`base`, English for any other): the banner
 * and embed placeholders, drawn in plain DOM into the open shadow root of `#consentry`,
 * so that a first visit fetches no framework. The preferences dialog and cookie
 * declarations come from their own chunk, loaded the first time they are needed.
 * @example const view = mountViewWith(enFirstLayer)(host); view.showBanner();
 */
export const mountViewWith =
  (base: FirstLayerStrings): MountView =>
  (host) => {
    const doc = host.document;
    const h = dom(doc);
    const root = host.adopt(styles);
    const { lang, dir, t } = localize(base, host.lang, host.config.translations);
    const container = themed(h('div', {}), lang, dir, host.config.theme);
    root.append(container);
    const refreshPlaceholders = createPlaceholders(host, t, lang, dir);

    let removeBanner: (() => void) | undefined;
    let removeNotice: (() => void) | undefined;
    // Resolves to undefined when the chunk cannot load: the banner stays, and so does every hold.
    let preferences: Promise<PreferencesHandle | undefined> | undefined;
    const withPreferences = (then: (p: PreferencesHandle) => void) => {
      preferences ??= host
        .loadPreferences()
        .then((mount) => mount(host))
        .catch((error) => {
          preferences = undefined; // a later click may try again
          console.error(`[Consentry] the preferences could not be shown (${error}).`);
          return undefined;
        });
      void preferences.then((p) => p && then(p));
    };

    const handle: ViewHandle = {
      showBanner() {
        // No choice stands any more: the banner asks, and says all the notice would.
        removeNotice?.();
        removeNotice = undefined;
        removeBanner ??= drawBanner(h, container, t, host, handle.showPreferences);
      },
      showNotice() {
        if (!removeBanner) removeNotice ??= drawNotice(h, container, t, host);
      },
      showPreferences: () => withPreferences((p) => p.open()),
      showRequest: (kind) => withPreferences((p) => p.request(kind)),
      hide() {
        removeBanner?.();
        removeBanner = undefined;
        void preferences?.then((p) => p?.close());
      },
      refresh() {
        refreshPlaceholders();
        if (doc.querySelector('[data-consentry-declaration]:not([data-consentry-filled])'))
          withPreferences((p) => p.declare());
      },
    };
    return handle;
  };
