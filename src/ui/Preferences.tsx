import { useRef, useState } from 'preact/hooks';
import type { Strings } from '../i18n/index.js';
import type { Choices, PrivacyContact, ResolvedConfig } from '../types.js';
import { Actions } from './Actions.js';
import { categoryText } from './labels.js';
import { Modal } from './Modal.js';
import { PolicyLinks } from './PolicyLinks.js';
import { ServiceTable } from './ServiceTable.js';

interface Props {
  t: Strings;
  /** The interface language, for the durations in the services' tables. */
  lang: string;
  config: ResolvedConfig;
  gpc: boolean;
  initial: Choices;
  onSave(choices: Choices): void;
  onAccept(): void;
  onReject(): void;
  onClose(): void;
  /** Opens the privacy request form; absent without a `requestEndpoint`. */
  onRequest?: () => void;
}

/** The site's contact for privacy requests, and its request form, when configured. */
function Contact({ t, config, onRequest }: { t: Strings; config: ResolvedConfig; onRequest?: () => void }) {
  const c = config.contact;
  if (!c && !onRequest) return null;
  return (
    <section class="contact" aria-labelledby="consentry-contact-title">
      <h3 id="consentry-contact-title">{t.contactTitle}</h3>
      {onRequest && (
        <button type="button" class="secondary" data-action="open-request" onClick={onRequest}>
          {t.requestOpen}
        </button>
      )}
      {c && <ContactList t={t} contact={c} />}
    </section>
  );
}

/** The ways to reach the site: e-mail, phone, post, a page. */
function ContactList({ t, contact: c }: { t: Strings; contact: PrivacyContact }) {
  return (
    <>
      <p>{t.contactText}</p>
      <dl>
        {c.email && (
          <>
            <dt>{t.email}</dt>
            <dd>
              <a href={`mailto:${c.email}`}>{c.email}</a>
            </dd>
          </>
        )}
        {c.phone && (
          <>
            <dt>{t.phone}</dt>
            <dd>
              <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
            </dd>
          </>
        )}
        {c.address && (
          <>
            <dt>{t.address}</dt>
            <dd>{c.address}</dd>
          </>
        )}
        {c.url && (
          <>
            <dt>{t.contactPage}</dt>
            <dd>
              <a href={c.url}>{c.url}</a>
            </dd>
          </>
        )}
      </dl>
    </>
  );
}

/**
 * The preferences: a modal dialog (./Modal.tsx) with one switch per category, its
 * services' tables, the policies, the site's contact and, with a `requestEndpoint`, the way
 * to the privacy request form. Escape and the close button close it without granting anything.
 */
export function Preferences({ t, lang, config, gpc, initial, onSave, onAccept, onReject, onClose, onRequest }: Props) {
  const [draft, setDraft] = useState(initial);
  // What Save records: updated at once on each change, not at the next render, so a
  // Save in the same task as a toggle (a script, a fast double action) still sees it.
  const latest = useRef(initial);
  const toggle = (id: string, on: boolean) => {
    latest.current = { ...latest.current, [id]: on };
    setDraft(latest.current);
  };

  return (
    <Modal
      part="preferences"
      title={t.preferencesTitle}
      labelledBy="consentry-preferences-title"
      closeLabel={t.close}
      describedBy="consentry-preferences-text"
      // The first switch a visitor can change, not the close button.
      initialFocus="input:not([disabled])"
      onClose={onClose}
    >
      <div class="body">
        <p id="consentry-preferences-text" class="muted">
          {t.preferencesText}
        </p>
        {gpc && <p class="notice">{t.gpcNotice}</p>}
        {config.categories.map((c) => {
          const { label, description } = categoryText(t, c);
          const locked = c.id === 'necessary';
          const on = locked || draft[c.id] === true;
          return (
            <div class="category" key={c.id}>
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  data-category={c.id}
                  checked={on}
                  aria-checked={on}
                  disabled={locked}
                  aria-describedby={`consentry-desc-${c.id}`}
                  onChange={(e) => toggle(c.id, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span>{label}</span>
                {locked && <span class="state">{t.alwaysOn}</span>}
              </label>
              <p id={`consentry-desc-${c.id}`} class="muted">
                {description}
              </p>
              {c.services.length > 0 && (
                <details>
                  <summary>
                    {t.services} ({c.services.length})
                  </summary>
                  <ServiceTable t={t} lang={lang} category={c} label={label} />
                </details>
              )}
            </div>
          );
        })}
        <PolicyLinks t={t} config={config} />
        <Contact t={t} config={config} onRequest={onRequest} />
      </div>
      <Actions
        extraClass="foot"
        buttons={[
          ['save', t.save, () => onSave(latest.current)],
          ['accept-all', t.acceptAll, onAccept],
          ['reject-all', t.rejectAll, onReject],
        ]}
      />
    </Modal>
  );
}
