import { useEffect, useRef, useState } from 'preact/hooks';
import type { Strings } from '../i18n';
import type { Category, Choices, ResolvedConfig } from '../types';
import { PolicyLinks } from './PolicyLinks';

interface Props {
  t: Strings;
  config: ResolvedConfig;
  initial: Choices;
  onSave(choices: Choices): void;
  onAccept(): void;
  onReject(): void;
  onClose(): void;
}

const focusable = 'button, a[href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** A category's visible name and description: the config's own, else the translation. */
export function describeCategory(t: Strings, c: Category) {
  const strings = t as unknown as Record<string, string | undefined>;
  return {
    label: c.label ?? strings[`${c.id}Label`] ?? c.id,
    description: c.description ?? strings[`${c.id}Description`] ?? '',
  };
}

function Services({ t, category }: { t: Strings; category: Category }) {
  const rows = category.services.flatMap((s) => (s.cookies ?? []).map((k) => ({ ...k, service: s })));
  if (!category.services.length) return null;
  return (
    <table>
      <caption class="visually-hidden">{t.services}</caption>
      <thead>
        <tr>
          <th scope="col">{t.cookie}</th>
          <th scope="col">{t.provider}</th>
          <th scope="col">{t.purpose}</th>
          <th scope="col">{t.duration}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.service.name + r.name}>
            <td>{r.name}</td>
            <td>{r.service.provider ?? r.service.name}</td>
            <td>{r.purpose ?? r.service.purpose ?? ''}</td>
            <td>{r.duration ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The preferences: a modal dialog with one switch per category (WAI-ARIA dialog pattern). */
export function Preferences({ t, config, initial, onSave, onAccept, onReject, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState(initial);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal?.();
    (dialog.querySelector(focusable) as HTMLElement | null)?.focus();
    return () => dialog.open && dialog.close?.();
  }, []);

  // Tab and Shift+Tab wrap inside the dialog instead of leaving for the browser's chrome.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = Array.from(ref.current.querySelectorAll<HTMLElement>(focusable));
    const active = (ref.current.getRootNode() as ShadowRoot).activeElement;
    const edge = e.shiftKey ? items[0] : items[items.length - 1];
    if (active === edge) {
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
      data-part="preferences"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div class="head">
        <h2 id="consentry-preferences-title">{t.preferencesTitle}</h2>
        <button type="button" data-action="close" aria-label={t.close} onClick={onClose}>
          ×
        </button>
      </div>
      <div class="body">
        <p>{t.preferencesText}</p>
        {config.categories.map((c) => {
          const { label, description } = describeCategory(t, c);
          const locked = c.id === 'necessary';
          const on = locked || draft[c.id] === true;
          return (
            <div class="category" key={c.id}>
              <label>
                <input
                  type="checkbox"
                  role="switch"
                  data-category={c.id}
                  checked={on}
                  aria-checked={on}
                  disabled={locked}
                  aria-describedby={`consentry-desc-${c.id}`}
                  onChange={(e) => setDraft({ ...draft, [c.id]: (e.currentTarget as HTMLInputElement).checked })}
                />
                {label}
                {locked && <span> ({t.alwaysOn})</span>}
              </label>
              <p id={`consentry-desc-${c.id}`}>{description}</p>
              <Services t={t} category={c} />
            </div>
          );
        })}
        <PolicyLinks t={t} config={config} />
      </div>
      <div class="foot actions">
        <button type="button" data-action="save" onClick={() => onSave(draft)}>
          {t.save}
        </button>
        <button type="button" data-action="accept-all" onClick={onAccept}>
          {t.acceptAll}
        </button>
        <button type="button" data-action="reject-all" onClick={onReject}>
          {t.rejectAll}
        </button>
      </div>
    </dialog>
  );
}
