import { type Browser, chromium } from 'playwright-core';

/** The test domain: Chromium resolves it and its subdomains to 127.0.0.1, so parent-domain cookies can be tested. */
export const testDomain = 'consentry.test';

/**
 * Debian's Chromium, headless, with no background traffic (this machine has no network).
 * Set CHROMIUM_PATH to use another build.
 */
export function launchChromium(): Promise<Browser> {
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
      `--host-resolver-rules=MAP *.${testDomain} 127.0.0.1, MAP ${testDomain} 127.0.0.1`,
    ],
  });
}
