import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { parseConfig } from '../../../src/config/parse.js';
import { catalogServices } from '../../../src/config/services-data.js';

/**
 * Runs a consentry.config.js draft as a page would, and checks it with the widget's own
 * config parser, with the catalog its script tag would load for the ids it names.
 */
export function loadDraft(file: string) {
  const window: { consentryConfig?: unknown } = {};
  runInNewContext(readFileSync(file, 'utf8'), { window });
  return {
    config: window.consentryConfig as Record<string, unknown>,
    errors: parseConfig(window.consentryConfig, {}, catalogServices).errors,
  };
}
