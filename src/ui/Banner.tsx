import { useEffect, useRef } from 'preact/hooks';
import type { Strings } from '../i18n/index.js';
import type { ResolvedConfig } from '../types.js';
import { Actions } from './Actions.js';
import { PolicyLinks } from './PolicyLinks.js';

interface Props {
  t: Strings;
  config: ResolvedConfig;
  gpc: boolean;
  mode: 'opt-in' | 'opt-out';
  onAccept(): void;
  onReject(): void;
  onCustomize(): void;
}

/**
 * Keeps the page's focused element out from under the banner (WCAG 2.4.11): while the
 * banner shows, the page's scroll padding reserves its height, so focusing or scrolling
 * to an element stops above the banner.
 */
function useReservedSpace(ref: { current: HTMLElement | null }) {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const page = el.ownerDocument.documentElement.style;
    const before = page.scrollPaddingBottom;
    const reserve = () => {
      page.scrollPaddingBottom = `${el.getBoundingClientRect().height}px`;
    };
    reserve();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(reserve) : undefined;
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      page.scrollPaddingBottom = before;
    };
  }, []);
}

/** The first layer: short text, policy links, and three buttons of equal weight. */
export function Banner({ t, config, gpc, mode, onAccept, onReject, onCustomize }: Props) {
  const ref = useRef<HTMLElement>(null);
  useReservedSpace(ref);
  return (
    <section ref={ref} class="banner" data-part="banner" aria-labelledby="consentry-banner-title">
      <div class="inner">
        <h2 id="consentry-banner-title">{t.bannerTitle}</h2>
        <p class="muted">{t.bannerText}</p>
        {gpc && <p class="notice">{t.gpcNotice}</p>}
        <PolicyLinks t={t} config={config}>
          {mode === 'opt-out' && (
            // The CCPA names a "link" (Cal. Code Regs. tit. 11 §7026), so it is one, with a
            // real href; the click opens the choices in place.
            // biome-ignore lint/a11y/useValidAnchor: a link by law, with a working href
            <a
              href="#consentry-preferences"
              data-action="do-not-sell"
              onClick={(e) => {
                e.preventDefault();
                onCustomize();
              }}
            >
              {t.doNotSell}
            </a>
          )}
        </PolicyLinks>
        <Actions
          buttons={[
            ['accept-all', t.acceptAll, onAccept],
            ['reject-all', t.rejectAll, onReject],
            ['customize', t.customize, onCustomize],
          ]}
        />
      </div>
    </section>
  );
}
