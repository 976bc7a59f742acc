import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * The builds, chosen by `--mode`:
 * - `gate`: dist/consentry.js, the classic script a webmaster embeds;
 * - `view`, `view-es`: dist/consentry-ui.js (English) and dist/consentry-ui.es.js, the first
 *   layer (banner, placeholders; plain DOM), loaded by the gate when it must show;
 * - `preferences`, `preferences-es`: dist/consentry-prefs(.es).js, the Preact dialog and the
 *   cookie declaration, loaded when they open;
 * - `records`: dist/consentry-records.js, the consent history and log, loaded after a decision;
 * - `module`: dist/consentry.mjs and its chunks (first layer, preferences, records, strings),
 *   for `import { createConsentry } from 'consentry'`.
 * Without a build mode (vitest), only the shared settings apply. scripts/build.mjs runs them all.
 *
 * `chunk` builds one file the gate loads on demand: a classic script that registers itself
 * on `window.consentryChunks`.
 */
const chunk = (entry: string, file: string): UserConfig['build'] => ({
  emptyOutDir: false,
  lib: { entry: `src/entries/${entry}.ts`, formats: ['iife'], name: 'consentryChunk', fileName: () => file },
});

const builds: Record<string, UserConfig['build']> = {
  gate: {
    emptyOutDir: false,
    lib: { entry: 'src/index.ts', formats: ['iife'], name: 'consentry', fileName: () => 'consentry.js' },
  },
  view: chunk('view', 'consentry-ui.js'),
  'view-es': chunk('view-es', 'consentry-ui.es.js'),
  preferences: chunk('preferences', 'consentry-prefs.js'),
  'preferences-es': chunk('preferences-es', 'consentry-prefs.es.js'),
  records: chunk('records', 'consentry-records.js'),
  module: {
    emptyOutDir: false,
    minify: false,
    lib: { entry: 'src/module.ts', formats: ['es'], fileName: () => 'consentry.mjs' },
    rolldownOptions: {
      external: [/^preact/, 'idb-keyval'],
      output: { chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
};

export default defineConfig(({ mode }) => ({
  define: { __CONSENTRY_VERSION__: JSON.stringify(version) },
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
          name: 'engines',
          include: ['test/engines/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // After the other projects, so its three browsers never compete with the Chromium suite.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
}));
