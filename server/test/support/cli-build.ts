import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * A build of the server's sources, with the bin as shipped beside it, in an ignored
 * directory of its own (server/test/dist/): rebuilding server/dist would rewrite the files
 * another suite's server process may be loading at that moment (as cli.test.ts does).
 * @example const build = buildCli(); spawn(process.execPath, [build.cli]); build.remove()
 */
export function buildCli() {
  const parent = join(root, 'server/test/dist');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'build-'));
  execFileSync(
    join(root, 'node_modules/.bin/tsc'),
    ['-p', join(root, 'server/tsconfig.build.json'), '--outDir', join(dir, 'dist'), '--declaration', 'false'],
    { cwd: root, stdio: 'pipe' },
  );
  mkdirSync(join(dir, 'bin'));
  const cli = join(dir, 'bin/consentry-server.js');
  copyFileSync(join(root, 'server/bin/consentry-server.js'), cli);
  return {
    root,
    cli,
    remove() {
      rmSync(dir, { recursive: true, force: true });
      // The parent too, unless another run's build is in it.
      if (readdirSync(dirname(dir)).length === 0) rmSync(dirname(dir), { recursive: true, force: true });
    },
  };
}
