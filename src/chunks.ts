/**
 * The files the script tag loads on demand, and what each registers on
 * `window.consentryChunks` for it: their one export each.
 */
import type { CatalogEntry } from './config/catalog.js';
import type { ConsentryOptions } from './engine/index.js';
import type { createGppApi } from './signals/gpp/api.js';
import type { buildStatus } from './status.js';
import type { CreateRecords } from './storage/records.js';
import type { ConsentryApi } from './types.js';
import type { MountPreferences, MountView } from './view.js';

/** The engine file's one export: starts Consentry with the script tag's config and loaders. @internal */
export type StartEngine = (config: unknown, options: ConsentryOptions) => ConsentryApi;

/** The status file's one export: `Consentry.status()`'s report. @internal */
export type BuildStatus = typeof buildStatus;

/** The GPP file's one export. @internal */
export type CreateGpp = typeof createGppApi;

/**
 * What each of the script tag's extra files registers on `window.consentryChunks`, for
 * the script tag to pick up: the first layer, the preferences (one file per built-in language
 * each) and the records (one file). @internal
 */
export interface Chunks {
  /** The engine the script tag starts after the parser yields (`consentry-engine.js`). */
  engine?: StartEngine;
  firstLayer?: MountView;
  /** `status()`'s report and the Consent Mode self-check (`consentry-status.js`), when first asked for. */
  status?: BuildStatus;
  /** The IAB GPP API (`consentry-gpp.js`), on a site with `gpp: true`. */
  gpp?: CreateGpp;
  preferences?: MountPreferences;
  records?: CreateRecords;
  /** The service catalog (`consentry-services.js`), for a config that names services by id. */
  services?: readonly CatalogEntry[];
}
