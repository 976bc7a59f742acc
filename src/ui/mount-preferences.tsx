import { render } from 'preact';
import { localize, type Strings } from '../i18n/index.js';
import type { MountPreferences, PreferencesHandle } from '../view.js';
import { Declaration } from './Declaration.js';
import { themed } from './dom.js';
import { Preferences } from './Preferences.js';
import { dialogStyles } from './styles.js';

/** The focused element of the page, looking inside shadow roots. */
function deepActive(doc: Document): HTMLElement | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
}

/**
 * The preferences chunk for one built-in language (`base`, English for any other): the
 * modal preferences dialog (Preact), rendered into the shadow root of `#consentry` beside
 * the first layer, and the cookie declarations of a cookie-policy page.
 * @example mountPreferencesWith(en)(host).open()
 */
export const mountPreferencesWith =
  (base: Strings): MountPreferences =>
  (host) => {
    const doc = host.document;
    const config = host.config;
    const root = host.adopt(dialogStyles);
    const { lang, dir, t } = localize(base, host.lang, config.translations);
    const container = themed(doc.createElement('div'), lang, dir, config.theme);
    root.append(container);

    let returnFocus: HTMLElement | null = null;
    const draw = (open: boolean) =>
      render(
        open && (
          <Preferences
            t={t}
            lang={lang}
            config={config}
            gpc={host.gpc}
            initial={host.choices()}
            onSave={host.save}
            onAccept={() => host.acceptAll('preferences')}
            onReject={() => host.rejectAll('preferences')}
            onClose={handle.close}
          />
        ),
        container,
      );

    let isOpen = false;
    const handle: PreferencesHandle = {
      open() {
        if (isOpen) return;
        isOpen = true;
        returnFocus = deepActive(doc);
        draw(true);
      },
      close() {
        if (!isOpen) return;
        isOpen = false;
        draw(false);
        // WAI-ARIA dialog pattern: focus goes back to what opened the dialog, if it is still there.
        if (returnFocus?.isConnected) returnFocus.focus();
      },
      declare() {
        for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-consentry-declaration]'))) {
          if (el.hasAttribute('data-consentry-filled')) continue;
          el.setAttribute('data-consentry-filled', '');
          render(<Declaration t={t} lang={lang} config={config} />, el);
        }
      },
    };
    return handle;
  };
