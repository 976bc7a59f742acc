/**
 * The registry (src/i18n/registry.ts, as a map in src/i18n/languages.ts) is the one list of
 * built-in languages: the files in src/i18n/strings, the script tag's list of codes, the npm
 * module's loader and package.json must all agree with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCodes, isBuiltIn } from '../../src/i18n/builtin';
import { languages } from '../../src/i18n/languages';
import { loadStrings } from '../../src/i18n/load';

// Vitest runs from the repository's root.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, unknown>;
  sideEffects: string[];
  scripts: Record<string, string>;
};
/** A language's part of a file name and a release's hash (scripts/build.mjs). */
const suffix = (code: string) => `${code === 'en' ? '' : `.${code}`}.3f9a1c2b`;
/** The files the build writes per language (vite.config.ts), and the tag's other files. */
const loaded = [
  ...builtInCodes.flatMap((code) => ['engine', 'ui', 'prefs'].map((kind) => `consentry-${kind}${suffix(code)}.js`)),
  ...['records', 'gpp', 'services'].map((kind) => `consentry-${kind}.3f9a1c2b.js`),
];

/** Resolves `./<subpath>` through package.json `exports` as Node does: exact keys, then one-`*` patterns. */
function resolveExport(subpath: string): string | undefined {
  const exact = pkg.exports[subpath];
  if (typeof exact === 'string') return exact;
  for (const [key, target] of Object.entries(pkg.exports)) {
    const [base, trailer, extra] = key.split('*');
    if (trailer === undefined || extra !== undefined || typeof target !== 'string') continue;
    if (subpath.startsWith(base) && subpath !== base && subpath.endsWith(trailer) && subpath.length >= key.length)
      return target.replace('*', subpath.slice(base.length, subpath.length - trailer.length));
  }
  return undefined;
}

/** Whether a `sideEffects` entry (a path with `*` wildcards) names `path`. */
const globMatches = (glob: string, path: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`).test(path);

describe('the language registry', () => {
  it('registers every strings file, and has a file for every language', () => {
    const files = readdirSync(join('src', 'i18n', 'strings')).map((f) => f.replace(/\.ts$/, ''));
    expect(files.filter((code) => !builtInCodes.includes(code))).toEqual([]);
    expect(builtInCodes.filter((code) => !files.includes(code))).toEqual([]);
  });

  it('is what the script tag knows: every code, and no string of any language', () => {
    expect(builtInCodes).toEqual(Object.keys(languages));
    expect(builtInCodes.every((code) => typeof code === 'string' && isBuiltIn(code))).toBe(true);
    expect(isBuiltIn('tlh')).toBe(false);
  });

  it('is what the npm module loads, language by language, English for any other', async () => {
    for (const code of builtInCodes) expect(await loadStrings(code)).toBe(languages[code]);
    expect(await loadStrings('tlh')).toBe(languages.en);
  });
});

describe('package.json', () => {
  it('exports every file the script tag loads, in every language, from dist/', () => {
    const unexported = loaded.filter((file) => resolveExport(`./${file}`) !== `./dist/${file}`);
    expect(unexported).toEqual([]);
  });

  it('marks every file the script tag loads as having side effects (each registers itself)', () => {
    const pure = loaded.filter((file) => !pkg.sideEffects.some((glob) => globMatches(glob, `./dist/${file}`)));
    expect(pure).toEqual([]);
  });

  it('leaves no export to its own entry point pattern only', () => {
    // attw skips wildcard entry points; every exact classic-script export must be excluded from its check.
    const excluded = pkg.scripts['check:package'].match(/--exclude-entrypoints ((?:[\w.-]+\.js ?)+)/)?.[1].split(' ');
    const classic = Object.keys(pkg.exports)
      .filter((key) => /^\.\/consentry[\w-]*\.js$/.test(key))
      .map((key) => key.slice(2));
    expect(classic.filter((name) => !excluded?.includes(name))).toEqual([]);
  });
});
