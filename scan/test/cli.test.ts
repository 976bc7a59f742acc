import { execFile, execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { type FixtureSite, startFixtureSite } from './fixtures/server.mjs';
import { outDir } from './support/fixtures.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let site: FixtureSite;
const outs: string[] = [];

/** Runs the CLI in-process, as `npx consentry-scan …args` would. */
async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    args,
    {},
    { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } },
  );
  return { code, stdout, stderr };
}

/** The CLI's options for the plain fixture: one page, its hosts on this machine. */
const plainArgs = () => {
  const out = outDir('cli');
  outs.push(out);
  return [
    site.url,
    '--pages',
    '1',
    '--wait',
    '300',
    '--out',
    out,
    ...site.chromiumArgs.map((a) => `--chromium-arg=${a}`),
  ];
};

/** A port nothing listens on. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  site = await startFixtureSite('plain');
  // The bin runs the built CLI, as npx does.
  execFileSync('npx', ['tsc', '-p', 'scan/tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
});
afterAll(async () => {
  await site?.close();
  for (const out of outs) rmSync(out, { recursive: true, force: true });
});

describe('npx consentry-scan', () => {
  it('exits 2 with the usage when the URL is missing or not http(s), or an option is wrong', async () => {
    for (const args of [
      [],
      ['ftp://example.com/'],
      ['example.com'],
      [site.url, '--pages', 'many'],
      [site.url, '--nope'],
    ]) {
      const { code, stderr } = await run(...args);
      expect(code).toBe(2);
      expect(stderr).toContain('Usage: consentry-scan <url>');
    }
  });

  it('prints the usage on --help and exits 0', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--fail-on-leak');
  });

  it('exits 2 when the site cannot be reached', async () => {
    const out = outDir('cli');
    outs.push(out);
    const { code, stderr } = await run(`http://127.0.0.1:${await closedPort()}/`, '--out', out);
    expect(code).toBe(2);
    expect(stderr).toContain('the site cannot be reached');
  });

  it('exits 0 on a site with leaks without --fail-on-leak, and prints each leak', async () => {
    const { code, stdout } = await run(...plainArgs());
    expect(code).toBe(0);
    expect(stdout).toMatch(/\d+ leaks: \d+ before any choice, 0 after Reject all/);
    expect(stdout).toContain('<script src> in <head> without type="text/plain"');
    expect(stdout).toContain('Report: ');
  });

  it('turns a leak into exit code 1 with --fail-on-leak, and --json prints the summary alone', async () => {
    const bin = fileURLToPath(new URL('../bin/consentry-scan.js', import.meta.url));
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = execFile(process.execPath, [bin, ...plainArgs(), '--fail-on-leak', '--json'], (error, stdout) =>
        resolve({ code: error ? (error.code as number) : 0, stdout }),
      );
      child.stdin?.end();
    });
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout);
    expect(summary.leakCount).toBeGreaterThan(0);
    expect(summary.leaks[0]).toEqual(
      expect.objectContaining({ page: site.url, visit: 'first', kind: 'request', cause: expect.any(String) }),
    );
    expect(summary.files.html).toMatch(/report\.html$/);
  });
});
