import type { Chunks } from '../chunks.js';
import { trusted } from '../page/trusted.js';

/** The release's content hash, in the name of every file the script tag loads (scripts/build.mjs); empty in tests. */
declare const __CONSENTRY_RELEASE__: string;

type ChunkWindow = Window & { consentryChunks?: Chunks };

/** Loads one of Consentry's own files once; a file that failed may be tried again. */
export type LoadFile = <K extends keyof Chunks>(key: K, lang?: string) => Promise<NonNullable<Chunks[K]>>;

/** The chunks whose file is not named after them: `consentry-<name>.js`, with `.<lang>` for a file per built-in language and the release's hash. */
const renamed: Partial<Record<keyof Chunks, string>> = { firstLayer: 'ui', preferences: 'prefs' };

/**
 * Loads Consentry's other files from the script tag's own directory (`base`), with the
 * page's nonce. Each registers itself on `window.consentryChunks` when it runs. Files made
 * per language (`consentry-ui.de.<hash>.js`) are picked when `isBuiltIn(lang)`; English, with
 * no language in its name, is the base for any other language.
 * @example createFileLoader(document, script.src, script.nonce, isBuiltIn)('firstLayer', 'de')
 */
export function createFileLoader(
  doc: Document,
  base: string,
  nonce: string | undefined,
  isBuiltIn: (lang: string) => boolean,
): LoadFile {
  const win = (doc.defaultView ?? window) as ChunkWindow;
  win.consentryChunks ??= {};
  const chunks = win.consentryChunks;
  const loading: Partial<Record<keyof Chunks, Promise<unknown>>> = {};
  const insert = (file: string) =>
    new Promise((resolve, reject) => {
      const s = doc.createElement('script');
      s.src = trusted(win).url(new URL(file, base).href);
      if (nonce) s.nonce = nonce;
      s.onload = resolve;
      s.onerror = () => reject(new Error(`${file} did not load`));
      doc.head.append(s);
    });
  return <K extends keyof Chunks>(key: K, lang?: string) => {
    const suffix = `${lang && lang !== 'en' && isBuiltIn(lang) ? `.${lang}` : ''}${__CONSENTRY_RELEASE__ && `.${__CONSENTRY_RELEASE__}`}`;
    const file = `consentry-${renamed[key] ?? key}${suffix}.js`;
    loading[key] ??= (chunks[key] ? Promise.resolve() : insert(file))
      .then(() => chunks[key] ?? Promise.reject(new Error(`${file} did not register itself`)))
      .catch((error) => {
        loading[key] = undefined;
        throw error;
      });
    return loading[key] as Promise<NonNullable<Chunks[K]>>;
  };
}
