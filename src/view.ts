import type { Choices, ResolvedConfig } from './types';

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
  nonce?: string;
  /** The visitor's current choice, for the switches. */
  choices(): Choices;
  acceptAll(method: 'banner' | 'preferences'): void;
  rejectAll(method: 'banner' | 'preferences'): void;
  save(choices: Choices): void;
}

/** @internal */
export interface ViewHandle {
  showBanner(): void;
  showPreferences(): void;
  hide(): void;
}

/** The view chunk's one export. @internal */
export type MountView = (host: ViewHost) => ViewHandle;
