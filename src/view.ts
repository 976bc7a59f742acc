/**
 * The view's contract: what the engine lends the first layer and the preferences (the one
 * way they read or change consent), and what each of them hands back.
 */
import type { ResolvedConfig } from './config/parse.js';
import type { Choices, ResolvedMode } from './types.js';

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
  mode: ResolvedMode;
  /** The interface language, chosen by the engine (config, then `<html lang>`, then the browser). */
  lang: string;
  /**
   * Adopts a stylesheet, CSP-safely, into `into` or else the widget's own shadow root (of
   * `#consentry`, shared with the engine's reopen button), and returns that root.
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
