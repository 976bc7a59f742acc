import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

/**
 * Chromium's switches for a scan: headless, and no traffic of the browser's own
 * (updates, sync, field trials), so every request the report lists comes from the site.
 * The repository's tests, benchmark and screenshots run Chromium with them too
 * (scripts/chromium.mjs): the one list.
 */
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** The Chromium to run: `--chromium`, else `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const chromiumPath = (flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string =>
  flag || env.CHROMIUM_PATH || '/usr/bin/chromium';

/** A running Chromium and how to stop it (the browser, its process and its profile folder). */
export interface ChromiumHandle {
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * Starts the system's Chromium and connects playwright-core to it (which downloads no
 * browser). Each scan visit is a fresh context of this browser.
 *
 * Chromium's contexts are incognito-like, and incognito blocks third-party cookies, which
 * a visitor's ordinary Chrome window accepts: the YouTube or DoubleClick cookies a site
 * leaks would go unseen. So the browser starts on a throw-away profile whose cookie
 * setting is Chrome's default for ordinary windows (`cookie_controls_mode` 0, allow), which
 * its contexts inherit; `chromium.launch` cannot be given a profile, hence the own launch.
 * @example const { browser, close } = await launchChromium('/usr/bin/chromium');
 */
export async function launchChromium(
  executablePath: string,
  extraArgs: readonly string[] = [],
): Promise<ChromiumHandle> {
  const profile = await mkdtemp(join(tmpdir(), 'consentry-scan-'));
  await mkdir(join(profile, 'Default'));
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  const child = spawn(
    executablePath,
    [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...extraArgs, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
  };

  try {
    const endpoint = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(
        () => reject(new Error(`no DevTools endpoint after 30 s: ${output.slice(-300)}`)),
        30_000,
      );
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = output.match(/DevTools listening on (ws:\/\/\S+)/);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code}: ${output.trim().split('\n').slice(-3).join(' ')}`));
      });
    });
    const browser = await chromium.connectOverCDP(endpoint);
    return {
      browser,
      close: async () => {
        await browser.close().catch(() => {});
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
