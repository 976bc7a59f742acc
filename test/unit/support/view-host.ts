import { within } from '@testing-library/preact';
import { vi } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import type { Choices, ConsentryConfig } from '../../../src/types';
import type { ViewHost } from '../../../src/view';
import { makeChoices } from './page';

export interface HostOptions {
  config?: ConsentryConfig;
  lang?: string;
  gpc?: boolean;
  /** What the engine says the visitor's choice is now; read each time the dialog opens. */
  choices?: () => Choices;
  /** The id of the receipt standing for the choice, if any. */
  consentId?: string | null;
}

/**
 * A stand-in for the engine: `#consentry` with its open shadow root, where `adopt` puts
 * the widget's parts, and spies for what the view asks the engine to do.
 * @example const { host, widget } = makeHost({ lang: 'es' });
 */
export function makeHost({
  config = {},
  lang = 'en',
  gpc = false,
  choices = () => makeChoices(),
  consentId = null,
}: HostOptions = {}) {
  const widget = document.createElement('div');
  widget.id = 'consentry';
  document.body.append(widget);
  const shadowRoot = widget.attachShadow({ mode: 'open' });
  const host: ViewHost = {
    document,
    config: parseConfig(config).config,
    gpc,
    mode: 'opt-in',
    lang,
    adopt: (_css, into) => into ?? shadowRoot,
    choices,
    embeds: () => [],
    acceptAll: vi.fn(),
    rejectAll: vi.fn(),
    save: vi.fn(),
    allowEmbed: vi.fn(),
    dismissNotice: vi.fn(),
    consentId: () => consentId,
    loadPreferences: () => Promise.reject(new Error('the preferences are already loaded in this test')),
  };
  return { host, shadowRoot, widget: within(shadowRoot as unknown as HTMLElement) };
}
