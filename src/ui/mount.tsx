import { render } from 'preact';
import { stringsFor } from '../i18n';
import type { MountView, ViewHandle } from '../view';
import { Banner } from './Banner';
import { Preferences } from './Preferences';
import { styles } from './styles';

/** The focused element of the page, looking inside shadow roots. */
function deepActive(doc: Document): HTMLElement | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
}

function adoptStyles(root: ShadowRoot, nonce: string | undefined) {
  const doc = root.ownerDocument;
  try {
    // Constructed stylesheets are CSSOM, not inline <style>: a strict CSP allows them.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = styles;
    root.append(style);
  }
}

/**
 * Renders the banner and the preferences into an open shadow root of `#consentry`.
 * @example const view = mountView(host); view.showBanner();
 */
export const mountView: MountView = (host) => {
  const doc = host.document;
  let el = doc.getElementById('consentry');
  if (!el) {
    el = doc.createElement('div');
    el.id = 'consentry';
    doc.body.append(el);
  }
  const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  adoptStyles(root, host.nonce);
  const container = doc.createElement('div');
  container.className = 'root';
  root.append(container);

  const { lang, t } = stringsFor(doc, host.config);
  container.lang = lang;
  let banner = false;
  let preferences = false;
  let returnFocus: HTMLElement | null = null;

  function update(next: { banner?: boolean; preferences?: boolean }) {
    const wasOpen = preferences;
    if (next.preferences && !wasOpen) returnFocus = deepActive(doc);
    banner = next.banner ?? banner;
    preferences = next.preferences ?? preferences;
    draw();
    // WAI-ARIA dialog pattern: focus goes back to what opened the dialog, if it is still there.
    if (wasOpen && !preferences && returnFocus?.isConnected) returnFocus.focus();
  }

  function draw() {
    render(
      <>
        {banner && (
          <Banner
            t={t}
            config={host.config}
            onAccept={() => host.acceptAll('banner')}
            onReject={() => host.rejectAll('banner')}
            onCustomize={() => update({ preferences: true })}
          />
        )}
        {preferences && (
          <Preferences
            t={t}
            config={host.config}
            initial={host.choices()}
            onSave={host.save}
            onAccept={() => host.acceptAll('preferences')}
            onReject={() => host.rejectAll('preferences')}
            onClose={() => update({ preferences: false })}
          />
        )}
      </>,
      container,
    );
  }

  const handle: ViewHandle = {
    showBanner: () => update({ banner: true }),
    showPreferences: () => update({ preferences: true }),
    hide: () => update({ banner: false, preferences: false }),
  };
  return handle;
};
