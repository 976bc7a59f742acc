import type { CatalogEntry } from './catalog.js';

/** Every catalog service as the widget knows it, written in by the build (vite.config.ts). */
declare const __CONSENTRY_SERVICES__: CatalogEntry[];

/**
 * The whole catalog's widget part: what `consentry-services.js` registers, and what the npm
 * module checks `services` against. The engine never imports it (bytes on every page view).
 * @example catalogServices.find((s) => s.id === 'hotjar')?.category // 'analytics'
 */
export const catalogServices: readonly CatalogEntry[] = __CONSENTRY_SERVICES__;
