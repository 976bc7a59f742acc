#!/usr/bin/env node
/**
 * The dashboard's script as the page loads it: src/dashboard/client/app.ts and everything
 * it imports (its own modules, and the few of the server's it shares: the query bounds, the
 * UTC days, the period's totals, how a number is written) bundled into one readable ES
 * module, so the page's CSP (`script-src 'self'`) has one file of its own to allow.
 * `./categories.js` stays an import: the server writes that module from the catalog and
 * serves it beside the script.
 *
 *   node server/scripts/build-dashboard.mjs   # writes server/dist/dashboard/app.js (part of `npm run build`)
 *
 * Running from source (the tests), src/dashboard/assets.ts bundles it in memory the same way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const server = new URL('../', import.meta.url);
const entry = fileURLToPath(new URL('src/dashboard/client/app.ts', server));
const served = './categories.js';

/** The bundle's code. */
export async function bundleDashboard() {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(server),
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      lib: { entry, formats: ['es'], fileName: () => 'app.js' },
      rolldownOptions: { external: [served] },
    },
  });
  const [{ output }] = [result].flat();
  return output[0].code;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const dist = new URL('dist/dashboard/', server);
  mkdirSync(dist, { recursive: true });
  writeFileSync(new URL('app.js', dist), await bundleDashboard());
}
