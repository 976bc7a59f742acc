/** The dashboard's two colour schemes; the page asks for the one its visitor's system uses. */
export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** The colours of a chart: the page's card behind it, its text, its grid, one per decision kind. */
export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  track: string;
  acceptAll: string;
  custom: string;
  rejectAll: string;
  granted: string;
}

// Text at least 4.5:1 and marks at least 3:1 against the background (WCAG 2.2 1.4.3, 1.4.11);
// the same values as app.css, so a chart sits on its card without a seam.
export const palettes: Record<Theme, Palette> = {
  light: {
    background: '#ffffff',
    text: '#1d2330',
    muted: '#555e6e',
    grid: '#dde1e7',
    track: '#eef0f3',
    acceptAll: '#0f766e',
    custom: '#b45309',
    rejectAll: '#8a3566',
    granted: '#0f766e',
  },
  dark: {
    background: '#1b1f27',
    text: '#e8ebf0',
    muted: '#a7afbd',
    grid: '#353b47',
    track: '#272c36',
    acceptAll: '#2cc2a9',
    custom: '#f0a33c',
    rejectAll: '#e08abb',
    granted: '#2cc2a9',
  },
};

export const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

// Characters XML 1.0 does not allow at all, replaced so the SVG stays well-formed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what it removes
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
// A surrogate without its pair has no UTF-8 form either.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for SVG (XML) content and attribute values alike.
 * @example escapeXml('<b> & "c"') // '&lt;b&gt; &amp; &quot;c&quot;'
 */
export const escapeXml = (text: string | number) =>
  String(text)
    .replace(notXml, '\ufffd')
    .replace(loneSurrogate, '\ufffd')
    .replace(/[&<>"']/g, (c) => entities[c]);

/** Attributes written out, each value escaped; `undefined` values are left out. */
const attributes = (attrs: Record<string, string | number | undefined>) =>
  Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value as string | number)}"`)
    .join('');

/**
 * One SVG element; `children` is already SVG (from `tag`), a string child passed as text is escaped by `text`.
 * @example tag('rect', { x: 0, y: 0, width: 10, height: 10 })
 */
export const tag = (name: string, attrs: Record<string, string | number | undefined>, ...children: string[]) =>
  children.length === 0
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${children.join('')}</${name}>`;

/** Escaped text content. */
export const text = (content: string | number) => escapeXml(content);

/**
 * A whole SVG document: sized for an `<img>`, `role="img"`, named by its `<title>` and
 * described by its `<desc>`, drawn on the palette's background.
 */
export function svgDocument(
  size: { width: number; height: number },
  palette: Palette,
  label: { title: string; desc: string },
  body: string[],
): string {
  const { width, height } = size;
  return tag(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'chart-title chart-desc',
      'font-family': fontFamily,
      'font-size': 12,
      fill: palette.text,
    },
    tag('title', { id: 'chart-title' }, text(label.title)),
    tag('desc', { id: 'chart-desc' }, text(label.desc)),
    tag('rect', { width, height, fill: palette.background }),
    ...body,
  );
}

/** A share as a whole percentage: 3 of 4 is `75%`; nothing of nothing is `0%`. */
export const percent = (part: number, whole: number) => `${whole > 0 ? Math.round((100 * part) / whole) : 0}%`;

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A `YYYY-MM-DD` day, short: `Jun 1`. */
export const shortDay = (date: string) => `${months[Number(date.slice(5, 7)) - 1] ?? ''} ${Number(date.slice(8, 10))}`;

/** A number with thousands separators, as the page writes it. */
export const count = (n: number) => n.toLocaleString('en-US');

/** A coordinate rounded to a tenth of a pixel: smaller files, no visible loss. */
export const px = (n: number) => Math.round(n * 10) / 10;
