/** Markup that is already safe: built by `html`, never from a raw string. */
export interface SafeHtml {
  readonly __html: string;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A value as HTML text, safe in element content and in quoted attributes. */
export const escapeHtml = (value: unknown): string => String(value).replace(/[&<>"']/g, (c) => escapes[c]);

const isSafe = (value: unknown): value is SafeHtml => typeof value === 'object' && value !== null && '__html' in value;

const render = (value: unknown): string => {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return isSafe(value) ? value.__html : escapeHtml(value);
};

/**
 * A tagged template for the report's markup: every interpolated value is escaped unless it
 * was itself built by `html`; arrays are joined; null, undefined and false render nothing.
 * @example html`<td>${cookie.name}</td>` // a cookie named <script> shows as text
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return { __html: out };
}

/** An http(s) URL for an href, or null: a `javascript:` link from a scanned site never becomes clickable. */
export const safeHref = (url: string | undefined | null): string | null =>
  url && /^https?:\/\//i.test(url) ? url : null;
