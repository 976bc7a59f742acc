import type { Strings } from '../i18n';
import type { ResolvedConfig } from '../types';

/** Links to the privacy and cookie policies, when configured. */
export function PolicyLinks({ t, config }: { t: Strings; config: ResolvedConfig }) {
  if (!config.policyUrl && !config.cookiePolicyUrl && !config.limitUseUrl) return null;
  return (
    <p class="links">
      {config.policyUrl && <a href={config.policyUrl}>{t.privacyPolicy}</a>}
      {config.cookiePolicyUrl && <a href={config.cookiePolicyUrl}>{t.cookiePolicy}</a>}
      {config.limitUseUrl && <a href={config.limitUseUrl}>{t.limitUse}</a>}
    </p>
  );
}
