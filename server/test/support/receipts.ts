import { randomUUID } from 'node:crypto';
import type { Receipt } from '../../src/receipt.js';

/** A valid receipt, made now, with `overrides` on top. A new id every call. */
export const makeReceipt = (overrides: Partial<Receipt> = {}): Receipt => ({
  id: randomUUID(),
  timestamp: new Date().toISOString(),
  revision: '1',
  choices: { necessary: true, preferences: false, analytics: true, advertising: false, social: false },
  method: 'banner',
  gpc: false,
  ...overrides,
});

/** All granted, or nothing but `necessary`. */
export const acceptAll = { necessary: true, preferences: true, analytics: true, advertising: true, social: true };
export const rejectAll = { necessary: true, preferences: false, analytics: false, advertising: false, social: false };
