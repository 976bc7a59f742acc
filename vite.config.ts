import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { catalog } from './catalog/src/index.js';
import { builtInServiceIds, widgetEntries } from './src/config/catalog.js';
import { netEntries, netTable } from './src/gate/net-table.js';
import { languages } from './src/i18n/languages.js';
import { bannerOnlyKeys, en, enFirstLayer } from './src/i18n/strings/en.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** A language's strings as a JavaScript object literal (every key is an identifier). */
const literal = (strings: Record<string, string>) =>
  `{${Object.entries(strings)
    .map(([key, text]) => `${key}:${JSON.stringify(text)}`)
    .join(',')}}`;

/**
 * One file per built-in language from one bundle: the entry names `__CONSENTRY_STRINGS__`
 * once, left as a free name by the minifier; this writes `consentry-<name>.js` with the
 * English strings in its place and `consentry-<name>.<code>.js` with each other language's
 * (only the keys in `keys`, when given). One bundling per kind keeps the build as fast with
 * thirty languages as with two.
 */
const perLanguage = (name: string, keys?: readonly string[]): Plugin => ({
  name: 'consentry-per-language',
  generateBundle(_, bundle) {
    const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
    if (entry?.type !== 'chunk') return this.error('no entry chunk');
    const parts = entry.code.split('__CONSENTRY_STRINGS__');
    if (parts.length !== 2)
      return this.error(`${entry.fileName} names __CONSENTRY_STRINGS__ ${parts.length - 1} times`);
    for (const [code, strings] of Object.entries(languages)) {
      const picked = keys
        ? Object.fromEntries(keys.map((key) => [key, strings[key as keyof typeof strings]]))
        : strings;
      // In parentheses: an arrow function may return it, where braces would open a block.
      const source = parts.join(`(${literal(picked)})`);
      if (code === 'en') entry.code = source;
      else this.emitFile({ type: 'asset', fileName: `consentry-${name}.${code}.js`, source });
    }
  },
});

/**
 * The builds, chosen by `--mode`:
 * - `tag`: dist/consentry.js, the classic script a webmaster embeds: the least that must run
 *   before the parser goes on (src/tag/);
 * - `engine`: dist/consentry-engine.js (English) and dist/consentry-engine.<lang>.js, the
 *   engine the tag starts once the parser yields, with its language's reopen label;
 * - `first-layer`: dist/consentry-ui.js (English) and dist/consentry-ui.<lang>.js per built-in
 *   language (src/i18n/languages.ts), the first layer (banner, placeholders; plain DOM),
 *   loaded by the engine when it must show;
 * - `preferences`: dist/consentry-prefs(.<lang>).js, the Preact dialog and the cookie
 *   declaration, loaded when they open;
 * - `records`: dist/consentry-records.js, the consent history and log, loaded after a decision;
 * - `gpp`: dist/consentry-gpp.js, the IAB GPP API, loaded by the engine when `gpp: true`;
 * - `status`: dist/consentry-status.js, `Consentry.status()`'s report and the Consent Mode
 *   self-check, loaded the first time `status()` is called;
 * - `services`: dist/consentry-services.js, the catalog's services as the preferences show them,
 *   loaded by the script tag beside the engine when the config names services by id;
 * - `module`: dist/consentry.mjs and its chunks (first layer, preferences, records, strings),
 *   for `import { createConsentry } from 'consentry'`.
 * Without a build mode (vitest), only the shared settings apply. scripts/build.mjs runs them all.
 *
 * `chunk` builds one file the script tag or the engine loads on demand: a classic script that registers itself
 * on `window.consentryChunks`.
 */
const chunk = (entry: string, file: string): UserConfig['build'] => ({
  emptyOutDir: false,
  lib: { entry: `src/entries/${entry}.ts`, formats: ['iife'], name: 'consentryChunk', fileName: () => file },
});

const plugins: Record<string, Plugin[]> = {
  engine: [perLanguage('engine', ['reopen'])],
  'first-layer': [perLanguage('ui', Object.keys(enFirstLayer))],
  preferences: [
    perLanguage(
      'prefs',
      Object.keys(en).filter((key) => !(bannerOnlyKeys as string[]).includes(key)),
    ),
  ],
};

const builds: Record<string, UserConfig['build']> = {
  tag: {
    emptyOutDir: false,
    lib: { entry: 'src/tag/index.ts', formats: ['iife'], name: 'consentry', fileName: () => 'consentry.js' },
  },
  engine: chunk('engine', 'consentry-engine.js'),
  'first-layer': chunk('first-layer', 'consentry-ui.js'),
  preferences: chunk('preferences', 'consentry-prefs.js'),
  records: chunk('records', 'consentry-records.js'),
  gpp: chunk('gpp', 'consentry-gpp.js'),
  status: chunk('status', 'consentry-status.js'),
  services: chunk('services', 'consentry-services.js'),
  module: {
    emptyOutDir: false,
    minify: false,
    lib: { entry: 'src/module.ts', formats: ['es'], fileName: () => 'consentry.mjs' },
    rolldownOptions: {
      external: [/^preact/, 'idb-keyval', 'js-cookie'],
      output: { chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
};

/** The catalog service of each of the safety net's table entries, in the table's order. */
const netServices = netEntries(catalog).map((e) => e.service);

export default defineConfig(({ mode }) => ({
  // The catalog from its source: the widget's files bundle what they take of it, so a site
  // that installs the widget never installs consentry-catalog; the tests read it the same way.
  resolve: { alias: { 'consentry-catalog': fileURLToPath(new URL('./catalog/src/index.ts', import.meta.url)) } },
  define: {
    __CONSENTRY_VERSION__: JSON.stringify(version),
    __CONSENTRY_LANGUAGES__: JSON.stringify(Object.keys(languages)),
    // The release's content hash in the names of the files the script tag loads: set by
    // scripts/build.mjs for the tag, once those files are built; none in the tests.
    __CONSENTRY_RELEASE__: JSON.stringify(''),
    // The safety net's table (SPEC §3), from the catalog: the script tag's only copy of it.
    __CONSENTRY_NET__: JSON.stringify(netTable(catalog)),
    // Services by name (SPEC §2): the catalog for consentry-services.js, and the engine's built-in declarations.
    // Each lists its entries in the net's table, so that status() can name what the net caught.
    __CONSENTRY_SERVICES__: JSON.stringify(widgetEntries(catalog, netServices)),
    __CONSENTRY_BUILTIN_SERVICES__: JSON.stringify(
      widgetEntries(
        catalog.filter((s) => builtInServiceIds.includes(s.id)),
        netServices,
      ),
    ),
  },
  plugins: plugins[mode] ?? [],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2022', minify: true, sourcemap: false, ...builds[mode] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // The stylesheets as the build inlines them, not empty strings.
          css: { include: [/\.css/] },
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['server/test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['server/test/support/postgres-cluster.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // After the unit and Chromium suites: its PGlite, PostgreSQL and child servers take both cores.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'scan',
          include: ['scan/test/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Last and alone: each scan drives its own Chromium, two contexts at a time.
          sequence: { groupOrder: 3 },
        },
      },
      {
        extends: true,
        test: {
          name: 'engines',
          include: ['test/engines/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // After the other projects, so its three browsers never compete with the Chromium suite.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
}));
