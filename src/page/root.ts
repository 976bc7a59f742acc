/**
 * The widget's place in the page: the element `#consentry` (created first in `<body>`
 * when the page has none) and its open shadow root, shared by the reopen
 * button and the view so that neither the site's CSS nor the widget's leaks. Once the first
 * layer's styles are adopted, its `:host` rule fixes this element to the bottom of the
 * viewport, out of the page's flow: it has the banner's box while the banner shows (so
 * tools that see only the page's own elements find it) and is 0 px high otherwise.
 * @example const root = widgetRoot(document); root.append(button);
 */
export function widgetRoot(doc: Document): ShadowRoot {
  let host = doc.getElementById('consentry');
  if (!host) {
    host = doc.createElement('div');
    host.id = 'consentry';
    // First in the body, so keyboard and screen-reader users meet the choice before the page.
    doc.body.prepend(host);
  }
  return host.shadowRoot ?? host.attachShadow({ mode: 'open' });
}

/**
 * Adds a stylesheet to a shadow root. Constructed stylesheets are CSSOM, not inline
 * `<style>`, so a strict CSP without 'unsafe-inline' allows them; the `<style>` fallback
 * (for browsers without them) carries the page's nonce.
 */
export function adoptStyles(root: ShadowRoot, css: string, nonce: string | undefined): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    root.append(style);
  }
}
