import { render } from 'preact';
import { localize, type Strings } from '../i18n/index.js';
import type { MountPreferences, PreferencesHandle } from '../view.js';
import { Declaration } from './Declaration.js';
import { themed } from './dom.js';
import { Preferences } from './Preferences.js';
import { RequestForm } from './RequestForm.js';
import { asKind, type RequestKind } from './request.js';
import { dialogStyles } from './styles.js';

/** The focused element of the page, looking inside shadow roots. */
function deepActive(doc: Document): HTMLElement | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
}

/**
 * The preferences chunk for one built-in language (`base`, English for any other): the
 * modal preferences dialog and the privacy request form (Preact), one at a time, rendered
 * into the shadow root of `#consentry` beside the first layer, and the cookie declarations
 * of a cookie-policy page.
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
    let shown: 'none' | 'preferences' | 'request' = 'none';
    const draw = (kind?: RequestKind) =>
      render(
        shown === 'preferences' ? (
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
            onRequest={config.requestEndpoint ? () => handle.request() : undefined}
          />
        ) : shown === 'request' && config.requestEndpoint ? (
          <RequestForm
            t={t}
            lang={lang}
            endpoint={config.requestEndpoint}
            kind={kind}
            consentId={host.consentId()}
            onClose={handle.close}
          />
        ) : null,
        container,
      );
    const show = (next: typeof shown, kind?: RequestKind) => {
      if (shown === next) return;
      // Focus returns to what opened the first dialog, also after the form replaced the preferences.
      if (shown === 'none') returnFocus = deepActive(doc);
      // One dialog at a time: the form takes the preferences' place.
      shown = next;
      draw(kind);
    };

    const handle: PreferencesHandle = {
      open: () => show('preferences'),
      request: (kind) => show('request', asKind(kind)),
      close() {
        if (shown === 'none') return;
        shown = 'none';
        draw();
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
