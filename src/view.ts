import type { CreateRecords } from './storage/records.js';
import type { Choices, ResolvedConfig } from './types.js';

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
  nonce?: string;
  /** The visitor's current choice, for the switches. */
  choices(): Choices;
  /** The iframes still held, for their placeholders. */
  embeds(): HeldEmbed[];
  acceptAll(method: 'banner' | 'preferences'): void;
  rejectAll(method: 'banner' | 'preferences'): void;
  save(choices: Choices): void;
  /** Grants the categories an embed needs, from its placeholder's button. */
  allowEmbed(categories: string[]): void;
}

/** @internal */
export interface ViewHandle {
  showBanner(): void;
  showPreferences(): void;
  hide(): void;
  /** Redraws what depends on consent: embed placeholders and cookie declarations. */
  refresh(): void;
}

/** The view chunk's one export. @internal */
export type MountView = (host: ViewHost) => ViewHandle;

/** What `consentry-ui.js` registers on `window.consentryView`. @internal */
export interface ViewChunk {
  mountView: MountView;
  createRecords: CreateRecords;
}
