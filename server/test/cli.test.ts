import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReceipt } from './support/receipts.js';

/*
 * `npx consentry-server` (SPEC §9): the flags, the line it prints once it accepts requests,
 * a clean stop on SIGTERM or SIGINT, and receipts that outlive the process.
 *
 * The CLI runs a build of the sources under test, made for this file alone in an ignored
 * directory beside them (server/test/dist/): rebuilding server/dist would rewrite the files
 * another suite's server process may be loading at that moment.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const token = 'cli-test-admin-token';
// Generous: PGlite's first start runs initdb in WebAssembly (about 20 s on 2 cores, more under load).
const startTimeoutMs = 120_000;
const stopTimeoutMs = 30_000;

let build: string;
let cli: string;
const dataDirs: string[] = [];
const running = new Set<ChildProcess>();

beforeAll(() => {
  const parent = join(root, 'server/test/dist');
  mkdirSync(parent, { recursive: true });
  build = mkdtempSync(join(parent, 'cli-'));
  execFileSync(
    join(root, 'node_modules/.bin/tsc'),
    ['-p', join(root, 'server/tsconfig.build.json'), '--outDir', join(build, 'dist'), '--declaration', 'false'],
    { cwd: root, stdio: 'pipe' },
  );
  // The bin as shipped, beside its own dist/.
  mkdirSync(join(build, 'bin'));
  cli = join(build, 'bin/consentry-server.js');
  copyFileSync(join(root, 'server/bin/consentry-server.js'), cli);
}, 180_000);

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await Promise.all([...running].map((child) => new Promise((resolve) => child.once('exit', resolve))));
  rmSync(build, { recursive: true, force: true });
  // The parent too, unless another run's build is in it.
  if (readdirSync(dirname(build)).length === 0) rmSync(dirname(build), { recursive: true, force: true });
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

const newDataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-cli-'));
  dataDirs.push(dir);
  return dir;
};

/** A CLI process: its output so far, when it exits, and a wait for a line of its output. */
interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first match of `pattern` in stdout; rejects if the process exits first or the time runs out. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
}

function run(args: string[], env: Record<string, string> = {}, cwd = root): Run {
  const child = spawn(process.execPath, [cli, ...args], {
    cwd,
    // Nothing of the environment that would choose another database or port than the test's.
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: '',
      HOST: '',
      CONSENTRY_DATA_DIR: '',
      CONSENTRY_ADMIN_TOKEN: '',
      CONSENTRY_NOTIFY_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    err += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(pattern, timeoutMs = startTimeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = out.match(pattern);
          if (!m) return false;
          done();
          resolve(m);
          return true;
        };
        const onData = () => void check();
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no ${pattern} in ${timeoutMs} ms:\n${out}\n${err}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          child.stdout?.off('data', onData);
        };
        if (check()) return;
        child.stdout?.on('data', onData);
        void exited.then(({ code, signal }) => {
          if (check()) return;
          done();
          reject(new Error(`exited (${signal ?? code}) before ${pattern}:\n${out}\n${err}`));
        });
      });
    },
  };
}

/** The address line SPEC §9 promises. */
const started = /^Consentry records server: (http:\/\/(\S+):(\d+))\/consent\/$/m;

/** Stops a server with a signal; resolves with how it exited, or rejects if it did not in time. */
async function stop(r: Run, signal: NodeJS.Signals) {
  r.child.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running ${stopTimeoutMs} ms after ${signal}`)), stopTimeoutMs);
  });
  try {
    return await Promise.race([r.exited, late]);
  } finally {
    clearTimeout(timer);
  }
}

describe('the consentry-server command', () => {
  it('prints its usage for --help and -h, and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const r = run([flag]);
      expect(await r.exited).toEqual({ code: 0, signal: null });
      expect(r.stdout()).toMatch(/^Usage: consentry-server \[options\]/);
      for (const option of [
        '--port',
        '--host',
        '--data',
        'DATABASE_URL',
        'CONSENTRY_ADMIN_TOKEN',
        '--allowed-origin',
        '--request-days',
        '--request-limit',
        '--notify-url',
        'CONSENTRY_NOTIFY_URL',
      ])
        expect(r.stdout()).toContain(option);
      expect(r.stderr()).toBe('');
    }
  });

  it.each([
    [['--nope'], /--nope/, true],
    [['--port'], /--port/, true],
    [['stray'], /stray/, true],
    [['--port', 'eighty'], /port must be a whole number, not eighty/, false],
    [['--expires-days', '0'], /expiresDays must be a whole number from 1 to 395/, false],
    [['--retention-days=-5'], /retention-days must be a whole number, not -5/, false],
    [['--retention-days', '-5'], /--retention-days/, true],
    [['--request-days', '0'], /requestDays must be a whole number from 1 to 365/, false],
    [['--request-days', '366'], /requestDays must be a whole number from 1 to 365/, false],
    [['--request-limit', 'many'], /request-limit must be a whole number, not many/, false],
    [['--request-limit', '0'], /requestLimit must be a whole number from 1 to 10000/, false],
    [['--notify-url', 'ftp://mail.example/hook'], /notifyUrl must be an http or https URL/, false],
    [
      ['--notify-url', 'https://user:secret@mail.example/hook'],
      /notifyUrl must not hold a user name or password/,
      false,
    ],
    [['--notify-url'], /--notify-url/, true],
  ])('refuses %j with exit code 2 and a message saying what is wrong', async (args, message, withUsage) => {
    const r = run([...args, '--data', newDataDir()]);
    expect(await r.exited).toEqual({ code: 2, signal: null });
    expect(r.stderr()).toMatch(/^consentry-server: /);
    expect(r.stderr()).toMatch(message);
    // A flag it cannot parse gets the usage too.
    expect(r.stderr().includes('Usage: consentry-server')).toBe(withUsage);
    expect(r.stdout()).not.toMatch(started);
  });

  it('refuses a CONSENTRY_NOTIFY_URL that is no http or https URL, with exit code 2', async () => {
    const r = run(['--data', newDataDir()], { CONSENTRY_NOTIFY_URL: 'not a url' });
    expect(await r.exited).toEqual({ code: 2, signal: null });
    expect(r.stderr()).toMatch(/^consentry-server: notifyUrl must be an http or https URL, not not a url/);
  });

  it(
    'starts on the port the system gives for --port 0, takes receipts, stops cleanly on SIGTERM, and keeps them',
    async () => {
      const data = newDataDir();
      const receipt = makeReceipt();
      const admin = { authorization: `Bearer ${token}` };

      const first = run(['--port', '0', '--data', data], { CONSENTRY_ADMIN_TOKEN: token });
      const [, base, host, port] = await first.waitFor(started);
      expect(host).toBe('127.0.0.1');
      expect(Number(port)).toBeGreaterThan(0);

      const posted = await fetch(`${base}/consent/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(receipt),
      });
      expect(posted.status).toBe(201);
      expect(posted.headers.get('set-cookie')).toMatch(/^consentry=.+; Path=\/; Max-Age=15552000; SameSite=Lax$/);
      // sendBeacon's text/plain, again: the same receipt, the same single row.
      const again = await fetch(`${base}/consent/receipts`, { method: 'POST', body: JSON.stringify(receipt) });
      expect(again.status).toBe(200);

      expect(await stop(first, 'SIGTERM')).toEqual({ code: 0, signal: null });
      expect(first.stderr()).toBe('');
      // All it said: where it listens (with the token set, the admin routes are on).
      expect(first.stdout()).toBe(`Consentry records server: ${base}/consent/\n`);
      await expect(fetch(`${base}/consent/verify`, { headers: admin })).rejects.toThrow();

      // Started again on the same data, this time from the environment: the receipt is there.
      const second = run(['--port', '0'], { CONSENTRY_DATA_DIR: data, CONSENTRY_ADMIN_TOKEN: token });
      const [, base2] = await second.waitFor(started);
      const found = await fetch(`${base2}/consent/receipts/${receipt.id}`, { headers: admin });
      expect(found.status).toBe(200);
      expect(await found.json()).toMatchObject(receipt);
      expect(await (await fetch(`${base2}/consent/verify`, { headers: admin })).json()).toEqual({
        ok: true,
        count: 1,
        firstBad: null,
      });
      expect(await stop(second, 'SIGINT')).toEqual({ code: 0, signal: null });
    },
    4 * startTimeoutMs,
  );

  it(
    'reads an empty variable as unset: the default data directory and host, not memory and every interface',
    async () => {
      const cwd = newDataDir();
      const r = run(['--port', '0'], { CONSENTRY_DATA_DIR: '', HOST: '', PORT: '' }, cwd);
      const [, , host] = await r.waitFor(started);
      expect(host).toBe('127.0.0.1');
      expect(await stop(r, 'SIGTERM')).toEqual({ code: 0, signal: null });
      expect(existsSync(join(cwd, 'consentry-data'))).toBe(true);
      expect(readdirSync(join(cwd, 'consentry-data')).length).toBeGreaterThan(0);
    },
    2 * startTimeoutMs,
  );

  it(
    'takes its port from PORT, and says when the admin routes are off',
    async () => {
      // A port the system just gave out, free again.
      const probe = run(['--port', '0', '--data', newDataDir()]);
      const [, , , port] = await probe.waitFor(started);
      await probe.waitFor(/^Admin routes are off: set CONSENTRY_ADMIN_TOKEN to use them\.$/m);
      const response = await fetch(`http://127.0.0.1:${port}/consent/verify`);
      expect(response.status).toBe(503);
      expect(await stop(probe, 'SIGTERM')).toEqual({ code: 0, signal: null });

      const fromEnv = run(['--data', newDataDir()], { PORT: port, HOST: '127.0.0.1' });
      const [, base] = await fromEnv.waitFor(started);
      expect(base).toBe(`http://127.0.0.1:${port}`);
      expect((await fetch(`${base}/.well-known/gpc.json`)).status).toBe(200);
      expect(await stop(fromEnv, 'SIGTERM')).toEqual({ code: 0, signal: null });
    },
    4 * startTimeoutMs,
  );
});
