import { type FirstLayerStrings, fill } from '../i18n/index.js';
import type { ViewHost } from '../view.js';
import { dom, themed } from './dom.js';
import { categoryLabel } from './labels.js';
import { placeholderStyles } from './styles.js';

/**
 * Placeholders for held iframes: each a box of the iframe's own size, in its own shadow
 * root, put in the iframe's place while it is held (so the layout does not move), and
 * removed when the iframe is released. The returned function brings them up to date.
 * @example const refresh = createPlaceholders(host, t, 'en', 'ltr'); refresh();
 */
export function createPlaceholders(host: ViewHost, t: FirstLayerStrings, lang: string, dir: string): () => void {
  const doc = host.document;
  const h = dom(doc);
  const placed = new Map<Element, { box: HTMLElement; display: string }>();
  const labelOf = (id: string) => {
    const category = host.config.categories.find((c) => c.id === id);
    return category ? categoryLabel(t, category) : id;
  };
  return function refresh() {
    const held = host.embeds();
    for (const [frame, { box, display }] of placed) {
      if (held.some((e) => e.el === frame)) continue;
      box.remove();
      (frame as HTMLElement).style.display = display;
      placed.delete(frame);
    }
    for (const { el, categories } of held) {
      if (placed.has(el) || !el.isConnected) continue;
      const frame = el as HTMLElement;
      const { width, height } = frame.getBoundingClientRect();
      const shown = doc.defaultView?.getComputedStyle(frame);
      const box = h('div', { 'data-consentry-placeholder': '' });
      // An inline-block with hidden overflow sits on the baseline as the iframe (a replaced
      // element) does, so the line box, and everything after it, stays where it was.
      box.style.display = shown?.display === 'inline' ? 'inline-block' : (shown?.display ?? 'block');
      box.style.overflow = 'hidden';
      box.style.verticalAlign = shown?.verticalAlign ?? 'baseline';
      box.style.width = width ? `${width}px` : '100%';
      box.style.maxWidth = '100%';
      // Always a height: the placeholder sizes its parts to the box (a size container), and
      // an iframe measured 0 high (in a hidden section, say) gets the iframe default's 150.
      box.style.height = `${height || 150}px`;
      const root = host.adopt(placeholderStyles, box.attachShadow({ mode: 'open' }));
      const category = categories.map(labelOf).join(', ');
      root.append(
        themed(
          h(
            'div',
            {},
            h(
              'div',
              { class: 'placeholder', 'data-part': 'placeholder' },
              h('p', { class: 'title' }, t.embedTitle),
              h(
                'p',
                { id: 'text' },
                fill(t.embedText, { title: frame.getAttribute('title') || t.embedUntitled, category }),
              ),
              h(
                'button',
                {
                  type: 'button',
                  'data-action': 'allow-embed',
                  // Read with the button even where a small box leaves the text out.
                  'aria-describedby': 'text',
                  onclick: () => host.allowEmbed(categories),
                },
                fill(t.allowEmbed, { category }),
              ),
            ),
          ),
          lang,
          dir,
          host.config.theme,
        ),
      );
      placed.set(el, { box, display: frame.style.display });
      frame.before(box);
      frame.style.display = 'none';
    }
  };
}
