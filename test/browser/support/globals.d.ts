import type { ConsentryApi } from '../../../src/types';

// What the pages under test expose to `page.evaluate` callbacks.
declare global {
  interface Window {
    Consentry: ConsentryApi;
    // biome-ignore lint/suspicious/noExplicitAny: gtag commands are Arguments objects of any shape
    dataLayer: any[];
    gtag?: (...args: unknown[]) => void;
    __ran?: string[];
    __loaded?: string[];
    __consentAtRun?: Record<string, string[]>;
    __violation?: (v: string) => void;
  }
}
