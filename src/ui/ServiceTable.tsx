import { fill, type Strings } from '../i18n/index.js';
import type { Category } from '../types.js';
import { durationText } from './duration.js';

/**
 * A category's services and the cookies each sets: one table, with a caption naming the
 * category, so the banner's view and the cookie policy page show the same facts. A
 * catalog service's purposes are the catalog's English; durations are in `lang`.
 */
export function ServiceTable({
  t,
  lang,
  category,
  label,
}: {
  t: Strings;
  lang: string;
  category: Category;
  label: string;
}) {
  if (!category.services.length) return <p class="muted">{t.declarationEmpty}</p>;
  return (
    <div class="table">
      <table>
        <caption>
          {t.services}: {label}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.cookie}</th>
            <th scope="col">{t.provider}</th>
            <th scope="col">{t.purpose}</th>
            <th scope="col">{t.duration}</th>
          </tr>
        </thead>
        <tbody>
          {category.services.flatMap((s) => {
            const provider = s.provider ? `${s.name} (${s.provider})` : s.name;
            const policy = s.policyUrl && (
              <>
                {' '}
                <a href={s.policyUrl} target="_blank" rel="noopener noreferrer">
                  {fill(t.servicePolicy, { name: s.name })}
                </a>
              </>
            );
            if (!s.cookies?.length) {
              return [
                <tr key={s.id ?? s.name}>
                  <td>—</td>
                  <td>
                    {provider}
                    {policy}
                  </td>
                  <td>{s.purpose ?? ''}</td>
                  <td>{t.noCookies}</td>
                </tr>,
              ];
            }
            return s.cookies.map((c, i) => (
              <tr key={`${s.id ?? s.name}/${c.name}`}>
                <td>
                  <code>{c.name}</code>
                </td>
                <td>
                  {provider}
                  {i === 0 && policy}
                </td>
                <td>{c.purpose ?? s.purpose ?? ''}</td>
                <td>{durationText(c.duration, lang, t)}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </div>
  );
}
