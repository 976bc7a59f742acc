import { describe, expect, it } from 'vitest';
import { resolveMode } from '../../../src/consent/region';

describe('resolveMode', () => {
  it('keeps an explicit mode whatever the region', () => {
    expect(resolveMode('opt-in', 'US-CA')).toBe('opt-in');
    expect(resolveMode('opt-out', 'FR')).toBe('opt-out');
  });

  it('resolves auto to opt-out in a US state', () => {
    expect(resolveMode('auto', 'US-CO')).toBe('opt-out');
    expect(resolveMode('auto', 'US')).toBe('opt-out');
  });

  it('resolves auto to opt-in in the EU, the UK, Switzerland and Norway', () => {
    for (const region of ['FR', 'DE-BY', 'GB', 'GB-SCT', 'CH', 'NO', 'IS', 'LI']) {
      expect(resolveMode('auto', region), region).toBe('opt-in');
    }
  });

  it('reads the region case-insensitively', () => {
    expect(resolveMode('auto', 'fr')).toBe('opt-in');
    expect(resolveMode('auto', 'us-co')).toBe('opt-out');
  });

  it('resolves auto to opt-in when no region is known', () => {
    expect(resolveMode('auto', undefined)).toBe('opt-in');
    expect(resolveMode('auto', '')).toBe('opt-in');
  });
});
