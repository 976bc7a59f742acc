import type { Strings } from '../i18n/index.js';
import type { ResolvedConfig } from '../types.js';
import { categoryText } from './labels.js';
import { ServiceTable } from './ServiceTable.js';

/**
 * The cookie declaration for the site's cookie-policy page: every category with its
 * services and cookies, from the same config as the banner, so the two never drift.
 */
export function Declaration({ t, lang, config }: { t: Strings; lang: string; config: ResolvedConfig }) {
  return (
    <div class="consentry-declaration">
      {config.categories.map((c) => {
        const { label, description } = categoryText(t, c);
        return (
          <section key={c.id} class="consentry-declaration-category" data-category={c.id}>
            <h3>{label}</h3>
            <p>{description}</p>
            <ServiceTable t={t} lang={lang} category={c} label={label} />
          </section>
        );
      })}
    </div>
  );
}
