import { chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless, with no background traffic (this machine has no network);
 * shared by the tests, the benchmark and the screenshots. Set CHROMIUM_PATH to use
 * another build.
 * @param {string[]} [extraArgs] more command-line switches
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
