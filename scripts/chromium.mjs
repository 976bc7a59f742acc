import { chromiumFlags } from 'consentry-scan';
import { chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless, with no background traffic (this machine has no network);
 * shared by the tests, the benchmark and the screenshots. Set CHROMIUM_PATH to use
 * another build. Its switches are the scanner's `chromiumFlags` (scan/src/browser.ts), written
 * once, read from the built package: `npm run build` builds consentry-scan before anything uses
 * this. Unlike the scanner's `launchChromium` (its own profile, which lets third-party cookies
 * through), Playwright starts this one.
 * @param {string[]} [extraArgs] more command-line switches
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...chromiumFlags, ...extraArgs],
  });
}
