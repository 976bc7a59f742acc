import { FibonacciIntegerEncoder, GppModel, HeaderV1 } from '@iabgpp/cmpapi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64url,
  encodeGpp,
  encodeHeader,
  encodeSection,
  fibonacci,
  int,
  type SectionValues,
} from '../../../src/signals/gpp/encode';
import { layouts, type SectionName } from '../../../src/signals/gpp/layouts';
import { runs } from '../properties/runs';

// IAB's reference library (@iabgpp/cmpapi) is the oracle here; src/ never imports it.

const sectionNames = Object.keys(layouts) as SectionName[];

/** The version field: `Version`, or `MspaVersion` in the 2025 sections (MD, IN, KY, RI). */
const versionField = (name: SectionName) => {
  const model = new GppModel();
  model.setFieldValue(name, 'SaleOptOut', 0);
  return 'MspaVersion' in (model.getSection(name) as object) ? 'MspaVersion' : 'Version';
};

/** Any valid values for a section, read off IAB's own defaults for its shape (lists stay lists). */
const valuesFor = (name: SectionName): fc.Arbitrary<SectionValues> => {
  const shape = new GppModel();
  shape.setFieldValue(name, versionField(name), layouts[name].version);
  const defaults = shape.getSection(name) as Record<string, unknown>;
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [field, value] of Object.entries(defaults)) {
    if (field.endsWith('Version') || field === 'GpcSegmentType') fields[field] = fc.constant(value);
    else if (field === 'Gpc') fields[field] = fc.boolean();
    else if (field === 'MspaCoveredTransaction') fields[field] = fc.constantFrom(1, 2);
    else if (Array.isArray(value))
      fields[field] = fc.array(fc.constantFrom(0, 1, 2), { minLength: value.length, maxLength: value.length });
    else fields[field] = fc.constantFrom(0, 1, 2);
  }
  return fc.record(fields) as fc.Arbitrary<SectionValues>;
};

/** The string IAB's library writes for the same values. */
const oracleString = (name: SectionName, values: SectionValues) => {
  const model = new GppModel();
  for (const [field, value] of Object.entries(values))
    if (field !== 'GpcSegmentType') model.setFieldValue(name, field, value);
  return model.encode();
};

/** IAB's default values for a section, every field present. */
const defaultsOf = (name: SectionName) =>
  new GppModel(oracleString(name, { [versionField(name)]: layouts[name].version })).getSection(name) as SectionValues;

describe('int', () => {
  it('writes an unsigned integer in exactly the given bits', () => {
    expect(int(3, 6)).toBe('000011');
    expect(int(2, 2)).toBe('10');
    expect(int(0, 12)).toBe('000000000000');
  });
});

describe('fibonacci', () => {
  it('matches the reference Fibonacci coding for every integer up to 1000', () => {
    for (let n = 1; n <= 1000; n++) expect(fibonacci(n), String(n)).toBe(FibonacciIntegerEncoder.encode(n));
  });
});

describe('encodeHeader', () => {
  it('lists any set of section ids so that the reference decoder reads them back', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 12 }), (ids) => {
        const sorted = [...ids].sort((a, b) => a - b);
        expect(new HeaderV1(encodeHeader(sorted)).getFieldValue('SectionIds')).toEqual(sorted);
      }),
      runs(),
    );
  });

  it('writes the header of a string with no section as DBAA', () => {
    expect(encodeHeader([])).toBe('DBAA');
    expect(encodeHeader([])).toBe(new GppModel().encode());
  });
});

describe('base64url', () => {
  it('pads to whole bytes, then to whole characters, and never writes =', () => {
    expect(base64url('000011000001')).toBe('DBA');
    expect(base64url('1')).toBe('gA');
    expect(base64url('')).toBe('');
  });
});

describe('encodeSection', () => {
  for (const name of sectionNames)
    it(`writes ${name} exactly as IAB's reference encoder does, for any valid values`, () => {
      fc.assert(
        fc.property(valuesFor(name), (values) => {
          const ours = encodeGpp([[layouts[name], values]]);
          expect(ours).toBe(oracleString(name, values));
          expect(new GppModel(ours).getSection(name)).toEqual(values);
        }),
        runs(0.25),
      );
    });

  it('leaves the GPC sub-section out of sections that have none', () => {
    expect(encodeSection(layouts.usva, { ...defaultsOf('usva'), Gpc: true })).not.toContain('.');
    expect(encodeSection(layouts.usfl, { ...defaultsOf('usfl'), Gpc: true })).not.toContain('.');
    expect(encodeSection(layouts.usco, { ...defaultsOf('usco'), Gpc: true })).toMatch(/\.YA$/);
    expect(encodeSection(layouts.usmd, { ...defaultsOf('usmd'), Gpc: true })).toMatch(/\.YA$/);
  });

  it('writes the sensitive-data consents of Indiana, Kentucky and Rhode Island as a sub-section of their own', () => {
    for (const name of ['usin', 'usky', 'usri'] as const) {
      const values = { ...defaultsOf(name), SensitiveDataProcessing: [1, 0, 0, 0, 0, 0, 0, 2], Gpc: true };
      const [core, consents, more] = encodeSection(layouts[name], values).split('.');
      expect(core, name).toBe(encodeSection(layouts[name], defaultsOf(name)).split('.')[0]);
      expect(consents, name).toBe(base64url('0100000000000010'));
      expect(more, name).toBeUndefined();
    }
  });
});

describe('encodeGpp', () => {
  it('writes the header listing each section, then the sections, joined by ~', () => {
    const text = encodeGpp([
      [layouts.usnat, defaultsOf('usnat')],
      [layouts.usco, defaultsOf('usco')],
    ]);
    const decoded = new GppModel(text);
    expect(decoded.getSectionIds()).toEqual([7, 10]);
    expect(text.split('~')).toHaveLength(3);
    expect(decoded.getSection('usco')).toEqual(defaultsOf('usco'));
  });
});
