import { announce } from './announce.js';
import { h } from './dom.js';
import type { Page } from './page.js';

/** An export the page offers: its route, and the file it saves as `<file>-<today>.<format>`. */
export interface Export {
  path: string;
  file: string;
  format: 'csv' | 'jsonl';
}

/** Downloads an export with the token (a link to an object URL: a plain link could not send it). */
export async function download({ api, fail }: Page, { path, file, format }: Export, button: HTMLButtonElement) {
  const name = format.toUpperCase();
  button.disabled = true;
  announce(`Preparing the ${name} file…`);
  try {
    const blob = await (await api(path)).blob();
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: `${file}-${new Date().toISOString().slice(0, 10)}.${format}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    announce(`The ${name} file is downloading.`);
  } catch (error) {
    fail(error, 'The export failed');
  } finally {
    button.disabled = false;
  }
}
