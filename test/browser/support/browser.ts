import type { Browser } from 'playwright-core';
import { launchChromium as launch } from '../../../scripts/chromium.mjs';

/** The test domain: Chromium resolves it and its subdomains to 127.0.0.1, so parent-domain cookies can be tested. */
export const testDomain = 'consentry.test';

/** The shared headless Chromium, resolving the test domain to this machine. */
export const launchChromium = (): Promise<Browser> =>
  launch([`--host-resolver-rules=MAP *.${testDomain} 127.0.0.1, MAP ${testDomain} 127.0.0.1`]);
