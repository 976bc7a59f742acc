import type { CatalogEntry } from './config/catalog.js';
import type { ConsentryOptions } from './engine/index.js';
import type { createGppApi } from './signals/gpp/api.js';
import type { buildStatus } from './status.js';
import type { CreateRecords } from './storage/records.js';
import type { Choices, ConsentryApi, ResolvedConfig } from './types.js';

/** The engine file's one export: starts Consentry with the script tag's config and loaders. @internal */
export type StartEngine = (config: unknown, options: ConsentryOptions) => ConsentryApi;

/** The status file's one export: `Consentry.status()`'s report. @internal */
export type BuildStatus = typeof buildStatus;

/** The GPP file's one export. @internal */
export type CreateGpp = typeof createGppApi;

/** A held iframe the view draws a placeholder for. @internal */
export interface HeldEmbed {
  el: Element;
  categories: string[];
}

/**
 * What the engine lends the view: the only way the view reads or changes consent.
 * @internal
 */
export interface ViewHost {
  document: Document;
  config: ResolvedConfig;
  /** Global Privacy Control is on and honored. */
  gpc: boolean;
  mode: 'opt-in' | 'opt-out';
  /** The interface language, chosen by the engine (config, then `<html lang>`, then the browser). */
  lang: string;
  /**
   * Adopts a stylesheet, CSP-safely, into `into` or else the widget's own shadow root (of
   * `#consentry`, shared with the gate's reopen button), and returns that root.
   */
  adopt(css: string, into?: ShadowRoot): ShadowRoot;
  /** The visitor's current choice, for the switches. */
  choices(): Choices;
  /** The iframes still held, for their placeholders. */
  embeds(): HeldEmbed[];
  acceptAll(method: 'banner' | 'preferences'): void;
  rejectAll(method: 'banner' | 'preferences'): void;
  save(choices: Choices): void;
  /** Grants the categories an embed needs, from its placeholder's button. */
  allowEmbed(categories: string[]): void;
  /** Loads the preferences dialog and the cookie declaration: a chunk of their own. */
  loadPreferences(): Promise<MountPreferences>;
  /** Remembers that the visitor dismissed the notice of a policy change (it grants nothing). */
  dismissNotice(): void;
  /** The id of the receipt standing for the visitor's choice, sent with a privacy request. */
  consentId(): string | null;
}

/** The first layer (`consentry-ui.js`): the banner, embed placeholders, and the way to the preferences. @internal */
export interface ViewHandle {
  showBanner(): void;
  showPreferences(): void;
  /** The notice of a coming policy change (SPEC §5), over a choice that stands. */
  showNotice(): void;
  /** The privacy request form (SPEC §9), with `kind` selected when it names one. */
  showRequest(kind?: string): void;
  hide(): void;
  /** Redraws what depends on consent: embed placeholders and cookie declarations. */
  refresh(): void;
}

/** The first layer's one export. @internal */
export type MountView = (host: ViewHost) => ViewHandle;

/** The preferences chunk (`consentry-prefs.js`): the dialog and cookie declarations. @internal */
export interface PreferencesHandle {
  open(): void;
  /** Opens the privacy request form instead, with `kind` selected when it names one. */
  request(kind?: string): void;
  close(): void;
  /** Fills the page's `data-consentry-declaration` elements that are still empty. */
  declare(): void;
}

/** The preferences chunk's one export. @internal */
export type MountPreferences = (host: ViewHost) => PreferencesHandle;

/**
 * What each of the script tag's extra files registers on `window.consentryChunks`, for
 * the gate to pick up: the first layer, the preferences (one file per built-in language
 * each) and the records (one file). @internal
 */
export interface Chunks {
  /** The engine the script tag starts after the parser yields (`consentry-engine.js`). */
  engine?: StartEngine;
  view?: MountView;
  /** `status()`'s report and the Consent Mode self-check (`consentry-status.js`), when first asked for. */
  status?: BuildStatus;
  /** The IAB GPP API (`consentry-gpp.js`), on a site with `gpp: true`. */
  gpp?: CreateGpp;
  preferences?: MountPreferences;
  records?: CreateRecords;
  /** The service catalog (`consentry-services.js`), for a config that names services by id. */
  services?: readonly CatalogEntry[];
}
