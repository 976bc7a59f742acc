import { useEffect, useRef, useState } from 'preact/hooks';
import type { Strings } from '../i18n/index.js';
import type { Choices, ResolvedConfig } from '../types.js';
import { Actions } from './Actions.js';
import { categoryText } from './labels.js';
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
}

const focusable = 'button, a[href], input:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The site's contact for privacy requests, when configured. */
function Contact({ t, config }: { t: Strings; config: ResolvedConfig }) {
  const c = config.contact;
  if (!c) return null;
  return (
    <section class="contact" aria-labelledby="consentry-contact-title">
      <h3 id="consentry-contact-title">{t.contactTitle}</h3>
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
    </section>
  );
}

/**
 * The preferences: a modal dialog per the WAI-ARIA dialog pattern. The native modal
 * `<dialog>` makes the page behind inert; focus moves in, Tab and Shift+Tab wrap, Escape
 * and the close button close it without granting anything.
 */
export function Preferences({ t, lang, config, gpc, initial, onSave, onAccept, onReject, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState(initial);
  // What Save records: updated at once on each change, not at the next render, so a
  // Save in the same task as a toggle (a script, a fast double action) still sees it.
  const latest = useRef(initial);
  const toggle = (id: string, on: boolean) => {
    latest.current = { ...latest.current, [id]: on };
    setDraft(latest.current);
  };

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal?.();
    // Focus the first switch a visitor can change, not the close button.
    (
      dialog.querySelector<HTMLElement>('input:not([disabled])') ?? dialog.querySelector<HTMLElement>(focusable)
    )?.focus();
    return () => dialog.open && dialog.close?.();
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      return;
    }
    // WebKitGTK gives Shift+Tab (GDK's ISO_Left_Tab) the key "Unidentified"; its code is still "Tab".
    const dialog = ref.current;
    if ((e.key !== 'Tab' && e.code !== 'Tab') || !dialog) return;
    const items = Array.from(dialog.querySelectorAll<HTMLElement>(focusable));
    const active = (dialog.getRootNode() as ShadowRoot | Document).activeElement;
    const edge = e.shiftKey ? items[0] : items[items.length - 1];
    // Wrap at the edges and pull focus back in; a stop inside that is not one of the items
    // (Firefox puts a scrollable region in the Tab order) is left to the browser.
    if (active === edge || active === dialog || !dialog.contains(active)) {
      e.preventDefault();
      (e.shiftKey ? items[items.length - 1] : items[0]).focus();
    }
  };

  return (
    // role="dialog" is redundant on <dialog>, but SPEC §6 names it as a hook (biome.json override).
    <dialog
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-labelledby="consentry-preferences-title"
      aria-describedby="consentry-preferences-text"
      data-part="preferences"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div class="head">
        <h2 id="consentry-preferences-title">{t.preferencesTitle}</h2>
        <button type="button" data-action="close" aria-label={t.close} title={t.close} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
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
        <Contact t={t} config={config} />
      </div>
      <Actions
        extraClass="foot"
        buttons={[
          ['save', t.save, () => onSave(latest.current)],
          ['accept-all', t.acceptAll, onAccept],
          ['reject-all', t.rejectAll, onReject],
        ]}
      />
    </dialog>
  );
}
