/** One button of a row: its `data-action` hook (SPEC §6), its visible label, what it does. */
export type Action = [action: string, label: string, onClick: () => void];

/** A row of buttons of equal weight: same size, same style (EDPB: reject as easy as accept). */
export function Actions({ buttons, extraClass }: { buttons: Action[]; extraClass?: string }) {
  return (
    <div class={extraClass ? `actions ${extraClass}` : 'actions'}>
      {buttons.map(([action, label, onClick]) => (
        <button type="button" key={action} data-action={action} onClick={onClick}>
          {label}
        </button>
      ))}
    </div>
  );
}
