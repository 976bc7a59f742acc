import { describe, expect, it } from 'vitest';
import { hasGPC } from '../../../src/signals/gpc';

const navigatorWith = (globalPrivacyControl: unknown) => ({ globalPrivacyControl }) as unknown as Navigator;

describe('hasGPC', () => {
  it('is true only for the exact value true', () => {
    expect(hasGPC(navigatorWith(true))).toBe(true);
  });

  it('is false when the signal is absent or not exactly true', () => {
    for (const value of [undefined, false, '1', 1, 'true', {}])
      expect(hasGPC(navigatorWith(value)), String(value)).toBe(false);
  });

  it("is false in happy-dom's navigator, which sends no signal", () => {
    expect(hasGPC(navigator)).toBe(false);
  });
});
