import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * Three builds, chosen by `--mode`:
 * - `gate`: dist/consentry.js, the classic script a webmaster embeds (no Preact in it);
 * - `view`, `view-es`: dist/consentry-ui.js (English) and dist/consentry-ui.es.js, the banner,
 *   the preferences and the records module, loaded by the gate on demand in the page's language;
 * - `module`: dist/consentry.mjs and its view chunk, for `import { createConsentry } from 'consentry'`.
 * Without a build mode (vitest), only the shared settings apply.
 */
const builds: Record<string, UserConfig['build']> = {
  gate: {
    emptyOutDir: true,
    lib: { entry: 'src/index.ts', formats: ['iife'], name: 'consentry', fileName: () => 'consentry.js' },
  },
  view: {
    emptyOutDir: false,
    lib: { entry: 'src/ui/entry.ts', formats: ['iife'], name: 'consentryUi', fileName: () => 'consentry-ui.js' },
  },
  'view-es': {
    emptyOutDir: false,
    lib: { entry: 'src/ui/entry-es.ts', formats: ['iife'], name: 'consentryUi', fileName: () => 'consentry-ui.es.js' },
  },
  module: {
    emptyOutDir: false,
    minify: false,
    lib: { entry: 'src/module.ts', formats: ['es'], fileName: () => 'consentry.mjs' },
    rolldownOptions: {
      external: [/^preact/, 'js-cookie', 'idb-keyval'],
      output: { chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
};

export default defineConfig(({ mode }) => ({
  define: { __CONSENTRY_VERSION__: JSON.stringify(version) },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2020', minify: true, sourcemap: false, ...builds[mode] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/unit/setup.ts'],
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
    ],
  },
}));
