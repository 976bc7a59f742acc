import type { Browser } from 'playwright-core';
import { launchChromium as launch } from '../../../scripts/chromium.mjs';

/** The test domain: Chromium resolves it and its subdomains to 127.0.0.1, so parent-domain cookies can be tested. */
export const testDomain = 'consentry.test';

/** A catalog service's host (Spotify's player, `social`; not on the HSTS preload list, so plain HTTP works) that Chromium resolves to this machine, for the safety net's iframes. */
export const embedHost = 'open.spotify.com';

/** The shared headless Chromium, resolving the test domain and `embedHost` to this machine. */
export const launchChromium = (): Promise<Browser> =>
  launch([
    `--host-resolver-rules=MAP *.${testDomain} 127.0.0.1, MAP ${testDomain} 127.0.0.1, MAP ${embedHost} 127.0.0.1`,
  ]);
