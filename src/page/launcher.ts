import { adoptStyles, widgetRoot } from './root.js';

/** The floating reopen button (SPEC §6), drawn without Preact so every page can show it cheaply. */
export interface Launcher {
  show(visible: boolean): void;
}

// Position per config; 44px target (WCAG 2.5.8 asks 24px). The border takes the text
// colour, and stays as the button's outline where forced colours drop the background.
const css = (side: 'left' | 'right') =>
  `.launcher{position:fixed;z-index:2147483645;bottom:16px;${side}:16px;width:44px;height:44px;padding:10px;border:2px solid;` +
  'border-radius:50%;background:var(--consentry-accent,#1f4e8c);color:var(--consentry-accent-fg,#fff);cursor:pointer;' +
  'box-shadow:0 2px 8px #0000004d}.launcher:focus-visible{outline:3px solid var(--consentry-accent,#1f4e8c);outline-offset:3px}' +
  '.launcher svg{display:block;width:100%;height:100%;fill:currentColor;fill-rule:evenodd}.launcher[hidden]{display:none}' +
  '@media print{.launcher{display:none}}';

// A cookie with a bite taken out, as a single path.
const icon =
  'M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm5 5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm-6 3a1 1 0 1 1 0 2 1 1 0 0 1 0-2z';

/**
 * Draws the reopen button into the widget's shadow root; `onOpen` opens the preferences.
 * @example createLauncher(document, 'bottom-left', 'Cookie settings', nonce, open).show(true)
 */
export function createLauncher(
  doc: Document,
  position: 'bottom-left' | 'bottom-right',
  label: string,
  nonce: string | undefined,
  onOpen: () => void,
): Launcher {
  const root = widgetRoot(doc);
  adoptStyles(root, css(position === 'bottom-right' ? 'right' : 'left'), nonce);
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('data-action', 'open-preferences');
  button.setAttribute('aria-label', label);
  button.title = label;
  button.hidden = true;
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', icon);
  svg.append(path);
  button.append(svg);
  button.addEventListener('click', onOpen);
  root.append(button);
  return {
    show(visible) {
      button.hidden = !visible;
    },
  };
}
