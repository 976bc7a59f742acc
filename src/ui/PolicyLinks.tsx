import type { ComponentChildren } from 'preact';
import type { Strings } from '../i18n/index.js';
import type { ResolvedConfig } from '../types.js';

/** Links to the policies and the "Limit the Use" page, when configured, and any extra links. */
export function PolicyLinks({
  t,
  config,
  children,
}: {
  t: Strings;
  config: ResolvedConfig;
  children?: ComponentChildren;
}) {
  if (!config.policyUrl && !config.cookiePolicyUrl && !config.limitUseUrl && !children) return null;
  return (
    <p class="links">
      {children}
      {config.policyUrl && <a href={config.policyUrl}>{t.privacyPolicy}</a>}
      {config.cookiePolicyUrl && <a href={config.cookiePolicyUrl}>{t.cookiePolicy}</a>}
      {config.limitUseUrl && <a href={config.limitUseUrl}>{t.limitUse}</a>}
    </p>
  );
}
