import { fill, type Strings } from '../i18n/index.js';

interface Props {
  t: Strings;
  /** The iframe's own title, which names what it shows. */
  title: string | null;
  labels: string[];
  onAllow(): void;
}

/** Stands in a held iframe's place: says what will load, what it needs, and offers to load it. */
export function Placeholder({ t, title, labels, onAllow }: Props) {
  const category = labels.join(', ');
  return (
    <div class="placeholder" data-part="placeholder">
      <p class="title">{t.embedTitle}</p>
      <p>{fill(t.embedText, { title: title || t.embedUntitled, category })}</p>
      <button type="button" data-action="allow-embed" onClick={onAllow}>
        {fill(t.allowEmbed, { category })}
      </button>
    </div>
  );
}
