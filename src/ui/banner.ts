import type { FirstLayerStrings } from '../i18n/index.js';
import type { ViewHost } from '../view.js';
import type { H, Props } from './dom.js';
import { informedText } from './informed.js';

/**
 * Keeps the page's focused element out from under the banner (WCAG 2.4.11): while the
 * banner shows, the page's scroll padding reserves its height, so focusing or scrolling
 * to an element stops above the banner. Returns what gives the space back.
 */
export function reserveSpace(el: HTMLElement): () => void {
  const page = el.ownerDocument.documentElement.style;
  const before = page.scrollPaddingBottom;
  // Measured when the observer reports, once layout has run (and on every resize): reading
  // the height right away would force a synchronous layout of a page still loading.
  const observer = new ResizeObserver(() => {
    page.scrollPaddingBottom = `${el.getBoundingClientRect().height}px`;
  });
  observer.observe(el);
  return () => {
    observer.disconnect();
    page.scrollPaddingBottom = before;
  };
}

/**
 * The first layer: short text, the policy links, and Accept all, Reject all and Customize
 * as three buttons of equal weight (EDPB: reject as easy as accept). The text and the
 * links are children of `#consentry` itself, slotted into the banner, so that tools that
 * read the page's DOM without entering shadow roots (auditors' scanners) read them too;
 * the shadow root's `::slotted` rules keep the page's CSS off them (first-layer.css).
 * Appends it to `into` and returns what removes it.
 * @example const remove = drawBanner(h, container, t, host, openPreferences);
 */
export function drawBanner(
  h: H,
  into: HTMLElement,
  t: FirstLayerStrings,
  host: ViewHost,
  onCustomize: () => void,
): () => void {
  const { config } = host;
  // Flat: text and links only, each a direct child, since nothing inside a slotted element
  // can be styled from the shadow root. Each carries the interface's language, which the
  // page's own <html lang> may not be.
  const light = (tag: string, slot: string, props: Props, text: string) =>
    h(tag, { ...props, slot, lang: into.lang, dir: into.dir }, text);
  const link = (href: string | undefined, text: string) => href && light('a', 'links', { href }, text);
  const slotted = [
    light('p', 'text', {}, informedText(config, t, into.lang, host.mode)),
    // The CCPA names a "link" (Cal. Code Regs. tit. 11 §7026), so it is one, with a real
    // href; the click opens the choices in place.
    host.mode === 'opt-out' &&
      light(
        'a',
        'links',
        {
          href: '#consentry-preferences',
          'data-action': 'do-not-sell',
          onclick: (e) => {
            e.preventDefault();
            onCustomize();
          },
        },
        t.doNotSell,
      ),
    link(config.policyUrl, t.privacyPolicy),
    link(config.cookiePolicyUrl, t.cookiePolicy),
    link(config.limitUseUrl, t.limitUse),
  ].filter((el): el is HTMLElement => !!el);
  const button = (action: string, label: string, onclick: () => void) =>
    h('button', { type: 'button', 'data-action': action, onclick }, label);
  // A region named for what it is about ("Cookie consent", in the visitor's language), with
  // the class compliance scanners and filter lists look for: the widget's host (`#consentry`,
  // first-layer.css) takes this box's place and size, so tools that do not look into shadow
  // roots find a visible consent element too.
  const banner = h(
    'section',
    { class: 'cookie-consent', 'data-part': 'banner', 'aria-label': t.bannerLabel },
    h(
      'div',
      { class: 'inner' },
      h('h2', {}, t.bannerTitle),
      h('slot', { name: 'text' }),
      host.gpc && h('p', { class: 'notice' }, t.gpcNotice),
      slotted.length > 1 && h('div', { class: 'links' }, h('slot', { name: 'links' })),
      h(
        'div',
        { class: 'actions' },
        button('accept-all', t.acceptAll, () => host.acceptAll('banner')),
        button('reject-all', t.rejectAll, () => host.rejectAll('banner')),
        button('customize', t.customize, onCustomize),
      ),
    ),
  );
  const page = (into.getRootNode() as ShadowRoot).host;
  page.append(...slotted);
  into.append(banner);
  const release = reserveSpace(banner);
  return () => {
    release();
    banner.remove();
    for (const el of slotted) el.remove();
  };
}
