import { render } from 'preact';
import { adoptStyles, widgetRoot } from '../host.js';
import { localize, type Strings } from '../i18n/index.js';
import type { MountView, ViewHandle, ViewHost } from '../view.js';
import { Banner } from './Banner.js';
import { Declaration } from './Declaration.js';
import { categoryText } from './labels.js';
import { Placeholder } from './Placeholder.js';
import { Preferences } from './Preferences.js';
import { describeServices } from './service-details.js';
import { placeholderStyles, styles } from './styles.js';

/** The focused element of the page, looking inside shadow roots. */
function deepActive(doc: Document): HTMLElement | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
}

/**
 * Placeholders for held iframes: each a box of the iframe's own size, in its own shadow
 * root, put in the iframe's place while it is held (so the layout does not move), and
 * removed when the iframe is released.
 */
function createPlaceholders(host: ViewHost, draw: (into: HTMLElement, frame: Element) => void) {
  const doc = host.document;
  const placed = new Map<Element, { box: HTMLElement; display: string }>();
  return function refresh() {
    const held = host.embeds();
    for (const [frame, { box, display }] of placed) {
      if (held.some((e) => e.el === frame)) continue;
      box.remove();
      (frame as HTMLElement).style.display = display;
      placed.delete(frame);
    }
    for (const { el } of held) {
      if (placed.has(el) || !el.isConnected) continue;
      const frame = el as HTMLElement;
      const { width, height } = frame.getBoundingClientRect();
      const shown = doc.defaultView?.getComputedStyle(frame);
      const box = doc.createElement('div');
      box.setAttribute('data-consentry-placeholder', '');
      // An inline-block with hidden overflow sits on the baseline as the iframe (a replaced
      // element) does, so the line box, and everything after it, stays where it was.
      box.style.display = shown?.display === 'inline' ? 'inline-block' : (shown?.display ?? 'block');
      box.style.overflow = 'hidden';
      box.style.verticalAlign = shown?.verticalAlign ?? 'baseline';
      box.style.width = width ? `${width}px` : '100%';
      box.style.maxWidth = '100%';
      if (height) box.style.height = `${height}px`;
      const root = box.attachShadow({ mode: 'open' });
      adoptStyles(root, placeholderStyles, host.nonce);
      const inner = doc.createElement('div');
      root.append(inner);
      placed.set(el, { box, display: frame.style.display });
      frame.before(box);
      frame.style.display = 'none';
      draw(inner, el);
    }
  };
}

/**
 * The view for one built-in language (`base`, English for any other): renders the
 * banner and the preferences into the open shadow root of `#consentry`, placeholders for
 * held iframes, and cookie declarations.
 * @example const view = mountViewWith(en)(host); view.showBanner();
 */
export const mountViewWith =
  (base: Strings): MountView =>
  (host) => {
    const doc = host.document;
    const config = { ...host.config, categories: describeServices(host.config.categories) };
    const root = widgetRoot(doc);
    adoptStyles(root, styles, host.nonce);
    const container = doc.createElement('div');
    const { lang, dir, t } = localize(base, host.lang, config.translations);
    container.className = 'root';
    container.lang = lang;
    container.dir = dir;
    container.setAttribute('data-theme', config.theme);
    root.append(container);

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
              config={config}
              gpc={host.gpc}
              mode={host.mode}
              onAccept={() => host.acceptAll('banner')}
              onReject={() => host.rejectAll('banner')}
              onCustomize={() => update({ preferences: true })}
            />
          )}
          {preferences && (
            <Preferences
              t={t}
              config={config}
              gpc={host.gpc}
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

    const refreshPlaceholders = createPlaceholders(host, (into, frame) => {
      const ids = host.embeds().find((e) => e.el === frame)?.categories ?? [];
      const labels = ids.map((id) => {
        const category = config.categories.find((c) => c.id === id);
        return category ? categoryText(t, category).label : id;
      });
      into.className = 'root';
      into.lang = lang;
      into.dir = dir;
      into.setAttribute('data-theme', config.theme);
      render(
        <Placeholder t={t} title={frame.getAttribute('title')} labels={labels} onAllow={() => host.allowEmbed(ids)} />,
        into,
      );
    });

    const handle: ViewHandle = {
      showBanner: () => update({ banner: true }),
      showPreferences: () => update({ preferences: true }),
      hide: () => update({ banner: false, preferences: false }),
      refresh() {
        refreshPlaceholders();
        for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-consentry-declaration]'))) {
          if (!el.hasAttribute('data-consentry-filled')) {
            el.setAttribute('data-consentry-filled', '');
            render(<Declaration t={t} config={config} />, el);
          }
        }
      },
    };
    return handle;
  };
