/**
 * The registry of built-in languages. A language is its strings in `./strings/<code>.ts`
 * (every key of English, ./strings/en.ts, exported as `const <code>`) and one entry here,
 * by its primary subtag (`de` serves `de-CH`; see pickLanguage). The rest follows from it:
 * - the gate's list of codes, with each language's `reopen` label (the one string the gate
 *   carries), is generated from here at build time (vite.config.ts, ./builtin.ts);
 * - the build writes `consentry-ui.<code>.js` and `consentry-prefs.<code>.js` for each
 *   (English has no suffix) from one bundle of the code per kind (vite.config.ts);
 * - the npm module loads `./strings/<code>.ts` as a chunk of its own (./load.ts);
 * - package.json exports those files by pattern, and scripts/size.mjs measures them all.
 * test/unit/languages.test.ts checks that these agree. No browser bundle imports this file.
 */

import { bg } from './strings/bg.js';
import { ca } from './strings/ca.js';
import { cs } from './strings/cs.js';
import { cy } from './strings/cy.js';
import { da } from './strings/da.js';
import { de } from './strings/de.js';
import { el } from './strings/el.js';
import type { Strings } from './strings/en.js';
import { en } from './strings/en.js';
import { es } from './strings/es.js';
import { et } from './strings/et.js';
import { eu } from './strings/eu.js';
import { fi } from './strings/fi.js';
import { fr } from './strings/fr.js';
import { ga } from './strings/ga.js';
import { gd } from './strings/gd.js';
import { gl } from './strings/gl.js';
import { hr } from './strings/hr.js';
import { hu } from './strings/hu.js';
import { is } from './strings/is.js';
import { it } from './strings/it.js';
import { lt } from './strings/lt.js';
import { lv } from './strings/lv.js';
import { mt } from './strings/mt.js';
import { nb } from './strings/nb.js';
import { nl } from './strings/nl.js';
import { pl } from './strings/pl.js';
import { pt } from './strings/pt.js';
import { rm } from './strings/rm.js';
import { ro } from './strings/ro.js';
import { sk } from './strings/sk.js';
import { sl } from './strings/sl.js';
import { sv } from './strings/sv.js';

export const languages: Record<string, Strings> = {
  bg,
  ca,
  cs,
  cy,
  da,
  de,
  el,
  en,
  es,
  et,
  eu,
  fi,
  fr,
  ga,
  gd,
  gl,
  hr,
  hu,
  is,
  it,
  lt,
  lv,
  mt,
  nb,
  nl,
  pl,
  pt,
  rm,
  ro,
  sk,
  sl,
  sv,
};
