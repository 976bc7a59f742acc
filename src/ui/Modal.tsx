import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** What can take focus in a dialog, in Tab order. */
export const focusable =
  'button, a[href], input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

interface Props {
  /** The `data-part` hook (SPEC §6): `preferences`, `request`. */
  part: string;
  /** The dialog's title, drawn in its head beside the close button, and the title's id. */
  title: string;
  labelledBy: string;
  /** The close button's accessible name. */
  closeLabel: string;
  /** The id of the dialog's description, when it has one. */
  describedBy?: string;
  /** What takes focus when the dialog opens: a selector inside it, else its first focusable. */
  initialFocus: string;
  onClose(): void;
  children: ComponentChildren;
}

/**
 * A modal dialog per the WAI-ARIA dialog pattern, with its title and close button. The
 * native modal `<dialog>` makes the page behind inert; focus moves in, Tab and Shift+Tab
 * wrap, Escape and the close button close it.
 */
export function Modal({ part, title, labelledBy, closeLabel, describedBy, initialFocus, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal?.();
    (dialog.querySelector<HTMLElement>(initialFocus) ?? dialog.querySelector<HTMLElement>(focusable))?.focus();
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
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      data-part={part}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div class="head">
        <h2 id={labelledBy}>{title}</h2>
        <button type="button" data-action="close" aria-label={closeLabel} title={closeLabel} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </dialog>
  );
}
