import { afterEach, expect } from 'vitest';
import type { Driver } from './driver';

/**
 * One checked tab per test: the function returned registers the tab a test opens; after
 * the test, the tab must have had no uncaught error, unhandled rejection or console.error
 * (a vendor's code that found its global broken throws, too), and it is closed.
 * @example const checked = useCheckedTab(); const tab = checked(await browser.newDriver());
 */
export function useCheckedTab(): (tab: Driver) => Driver {
  let open: Driver | undefined;
  afterEach(async () => {
    const tab = open;
    open = undefined;
    if (!tab) return;
    try {
      expect(await tab.errors()).toEqual([]);
    } finally {
      await tab.close();
    }
  });
  return (tab) => {
    open = tab;
    return tab;
  };
}
