import type { Caught, Net } from './net.js';
import { cloneScript, createScriptRunner } from './scripts.js';

/** What the engine does with the safety net's catches. */
export interface NetRelease {
  /** Releases every catch whose category is granted now, each exactly once. */
  release(): void;
}

const markup = ({ el, category, url }: Caught) =>
  el.tagName === 'SCRIPT'
    ? `<script type="text/plain" data-consent="${category}" src="${url}">`
    : `<iframe data-consent="${category}" data-src="${url}">`;

/** The one warning for a catch: what was held, until when, and the markup that holds it properly. */
export const describeCatch = (c: Caught): string =>
  `the safety net holds <${c.el.tagName.toLowerCase()} src="${c.url}"> until "${c.category}" is granted. ` +
  `Hold it by markup instead: ${markup(c)}.` +
  (c.parsed
    ? ' It is written in the HTML, so a browser may fetch it before any script runs (it never runs); only that markup stops the request.'
    : '');

/**
 * Takes over the script tag's safety net (./net.ts): tells it what is granted, warns once
 * for each element it holds, and releases them, a script inserted by a script as the very
 * element the page made (its `onload` still runs), a script written in the HTML as a copy
 * that runs as the parser would have run it.
 * A catch's category is the one the config places its service in (`categoryOf`), else the
 * catalog's: a service placed in `necessary` goes through.
 * @example const net = releaseNet(options.net, (c) => store.granted()[c] === true, (c) => c, warn); net.release()
 */
export function releaseNet(
  net: Net,
  isGranted: (category: string) => boolean,
  categoryOf: (category: string, entry: number) => string,
  warn: (message: string) => void,
): NetRelease {
  const run = createScriptRunner();
  net.grant((category, entry) => isGranted(categoryOf(category, entry)));
  const adopt = (c: Caught) => {
    c.category = categoryOf(c.category, c.entry);
    warn(describeCatch(c));
  };
  for (const c of net.caught) adopt(c);
  net.onCatch(adopt);

  const releaseOne = (c: Caught) => {
    c.state = 'loaded';
    if (c.parsed) {
      const copy = cloneScript(c.el as HTMLScriptElement);
      net.pass(copy);
      void run(c.el, copy);
      return;
    }
    net.pass(c.el);
    c.mark?.replaceWith(c.el);
  };
  return {
    release() {
      for (const c of net.caught) if (c.state === 'auto-held' && isGranted(c.category)) releaseOne(c);
    },
  };
}
