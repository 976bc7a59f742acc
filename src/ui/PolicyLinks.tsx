import type { Strings } from '../i18n/index.js';
import type { ResolvedConfig } from '../types.js';

/**
 * The preferences' links to the policies and the "Limit the Use" page, when configured
 * (the banner draws the same links in plain DOM: ui/banner.ts).
 */
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
