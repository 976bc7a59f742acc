import type { Strings } from '../i18n';
import type { ResolvedConfig } from '../types';
import { PolicyLinks } from './PolicyLinks';

interface Props {
  t: Strings;
  config: ResolvedConfig;
  onAccept(): void;
  onReject(): void;
  onCustomize(): void;
}

/** The first layer: short text, policy links, and three equally weighted buttons. */
export function Banner({ t, config, onAccept, onReject, onCustomize }: Props) {
  return (
    <section class="banner" data-part="banner" aria-labelledby="consentry-banner-title">
      <div class="inner">
        <h2 id="consentry-banner-title">{t.bannerTitle}</h2>
        <p>{t.bannerText}</p>
        <PolicyLinks t={t} config={config} />
        <div class="actions">
          <button type="button" data-action="accept-all" onClick={onAccept}>
            {t.acceptAll}
          </button>
          <button type="button" data-action="reject-all" onClick={onReject}>
            {t.rejectAll}
          </button>
          <button type="button" data-action="customize" onClick={onCustomize}>
            {t.customize}
          </button>
        </div>
      </div>
    </section>
  );
}
