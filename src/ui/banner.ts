import type { FirstLayerStrings } from '../i18n/index.js';
import type { ViewHost } from '../view.js';
import type { H } from './dom.js';

/**
 * Keeps the page's focused element out from under the banner (WCAG 2.4.11): while the
 * banner shows, the page's scroll padding reserves its height, so focusing or scrolling
 * to an element stops above the banner. Returns what gives the space back.
 */
function reserveSpace(el: HTMLElement): () => void {
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
 * as three buttons of equal weight (EDPB: reject as easy as accept). Appends it to `into`
 * and returns what removes it.
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
  const link = (href: string | undefined, text: string) => href && h('a', { href }, text);
  const links = [
    // The CCPA names a "link" (Cal. Code Regs. tit. 11 §7026), so it is one, with a real
    // href; the click opens the choices in place.
    host.mode === 'opt-out' &&
      h(
        'a',
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
  ];
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
      h('p', { class: 'muted' }, t.bannerText),
      host.gpc && h('p', { class: 'notice' }, t.gpcNotice),
      links.some(Boolean) && h('p', { class: 'links' }, ...links),
      h(
        'div',
        { class: 'actions' },
        button('accept-all', t.acceptAll, () => host.acceptAll('banner')),
        button('reject-all', t.rejectAll, () => host.rejectAll('banner')),
        button('customize', t.customize, onCustomize),
      ),
    ),
  );
  into.append(banner);
  const release = reserveSpace(banner);
  return () => {
    release();
    banner.remove();
  };
}
