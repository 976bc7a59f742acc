/**
 * The built-in languages: a language is its strings file, `./strings/<code>.ts` (every key
 * of English, ./strings/en.ts, exported as `const <code>`), and its line here, named by
 * its primary subtag (`de` serves `de-CH`; see pickLanguage). Everything else follows:
 * the build's files per language and the script tag's list of codes (vite.config.ts),
 * the npm module's chunks (./load.ts) and package.json's exports (by pattern).
 * test/unit/languages.test.ts checks that this list and the strings folder agree.
 */
export { bg } from './strings/bg.js';
export { ca } from './strings/ca.js';
export { cs } from './strings/cs.js';
export { cy } from './strings/cy.js';
export { da } from './strings/da.js';
export { de } from './strings/de.js';
export { el } from './strings/el.js';
export { en } from './strings/en.js';
export { es } from './strings/es.js';
export { et } from './strings/et.js';
export { eu } from './strings/eu.js';
export { fi } from './strings/fi.js';
export { fr } from './strings/fr.js';
export { ga } from './strings/ga.js';
export { gd } from './strings/gd.js';
export { gl } from './strings/gl.js';
export { hr } from './strings/hr.js';
export { hu } from './strings/hu.js';
export { is } from './strings/is.js';
export { it } from './strings/it.js';
export { lt } from './strings/lt.js';
export { lv } from './strings/lv.js';
export { mt } from './strings/mt.js';
export { nb } from './strings/nb.js';
export { nl } from './strings/nl.js';
export { pl } from './strings/pl.js';
export { pt } from './strings/pt.js';
export { rm } from './strings/rm.js';
export { ro } from './strings/ro.js';
export { sk } from './strings/sk.js';
export { sl } from './strings/sl.js';
export { sv } from './strings/sv.js';
