import type { Browser } from 'playwright-core';

/** Debian's Chromium, headless, with no background traffic; see chromium.mjs. */
export function launchChromium(extraArgs?: string[]): Promise<Browser>;
