import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import { schema } from '../../../src/config/schema';
import { runs } from './runs';

const knownKeys = Object.keys(schema);

/** Config-shaped input: known keys with values of any type, and now and then an unknown key. */
const configLike = fc.dictionary(fc.oneof(fc.constantFrom(...knownKeys), fc.string()), fc.anything(), {
  maxKeys: 6,
});

const isHttpOrRelative = (v: unknown) =>
  v === undefined || ['http:', 'https:'].includes(new URL(String(v), 'https://base.invalid/').protocol);

describe('parseConfig, on any input', () => {
  it('never throws, and always resolves a config whose URLs are http(s) or relative', () => {
    fc.assert(
      fc.property(fc.oneof(configLike, fc.anything()), (input) => {
        const { config, errors } = parseConfig(input);
        expect(Array.isArray(errors)).toBe(true);
        for (const key of ['policyUrl', 'cookiePolicyUrl', 'logEndpoint', 'limitUseUrl'] as const)
          expect(isHttpOrRelative(config[key])).toBe(true);
        expect(config.expiresDays).toBeGreaterThanOrEqual(1);
        expect(config.expiresDays).toBeLessThanOrEqual(395);
        expect(['opt-in', 'opt-out', 'auto']).toContain(config.mode);
        expect(config.categories.map((c) => c.id).slice(0, 5)).toEqual([
          'necessary',
          'preferences',
          'analytics',
          'advertising',
          'social',
        ]);
      }),
      runs(2),
    );
  });

  it('reports every unknown key by name', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((k) => !knownKeys.includes(k) && k !== '__proto__'),
        fc.anything(),
        (key, value) => {
          fc.pre(value !== undefined);
          const { errors } = parseConfig({ [key]: value });
          expect(errors).toHaveLength(1);
          expect(errors[0]).toContain(`'${key}' is not a known key`);
        },
      ),
      runs(),
    );
  });

  it('reports each key that throws when read, by name, and never throws itself', () => {
    fc.assert(
      fc.property(configLike, fc.array(fc.constantFrom(...knownKeys), { maxLength: 3 }), (input, throwing) => {
        const keys = new Set(throwing);
        for (const key of keys)
          Object.defineProperty(input, key, {
            enumerable: true,
            get() {
              throw new Error(`${key} is unset`);
            },
          });
        const { errors } = parseConfig(input);
        for (const key of keys) expect(errors).toContain(`${key} could not be read: it threw Error: ${key} is unset.`);
        expect(errors.length).toBeGreaterThanOrEqual(keys.size);
      }),
      runs(),
    );
  });
});
