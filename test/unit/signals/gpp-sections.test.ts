import { GppModel } from '@iabgpp/cmpapi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sensitiveDataKinds } from '../../../src/config/schema';
import { type GppInput, gppData, sectionsFor } from '../../../src/signals/gpp/sections';
import { runs } from '../properties/runs';

/**
 * The expectations, written from IAB's specifications independently of src/signals: each
 * section's fields, and for each `sensitiveData` kind its 1-based positions in the
 * section's SensitiveDataProcessing list (MSPA US National v2, CA, VA, CO, UT, CT v1).
 */
const notices = ['SharingNotice', 'SaleOptOutNotice', 'SharingOptOutNotice', 'TargetedAdvertisingOptOutNotice'];
const sensitiveNotices = ['SensitiveDataProcessingOptOutNotice', 'SensitiveDataLimitUseNotice'];
const optOuts = ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut'];

interface SectionSpec {
  id: number;
  version: number;
  fields: string[];
  sensitiveLength: number;
  positions: Record<string, number[]>;
  childLength?: number;
  gpc: boolean;
}

/** usnat: the config's kinds are its sixteen activities in order (src/config/schema.ts), `children` aside. */
const usnatPositions = Object.fromEntries(
  sensitiveDataKinds.filter((kind) => kind !== 'children').map((kind, i) => [kind, [i + 1]]),
);

/** Virginia's list, which Colorado, Utah and Connecticut follow with changes; a state's health slot takes both health kinds. */
const vaLike = {
  racial: [1],
  religious: [2],
  health: [3],
  'consumer-health': [3],
  sexual: [4],
  immigration: [5],
  genetic: [6],
  biometric: [7],
  geolocation: [8],
};

const spec: Record<string, SectionSpec> = {
  usnat: {
    id: 7,
    version: 2,
    fields: [...notices, ...sensitiveNotices, ...optOuts, 'PersonalDataConsents'],
    sensitiveLength: 16,
    positions: usnatPositions,
    childLength: 3,
    gpc: true,
  },
  usca: {
    id: 8,
    version: 1,
    fields: [
      'SaleOptOutNotice',
      'SharingOptOutNotice',
      'SensitiveDataLimitUseNotice',
      'SaleOptOut',
      'SharingOptOut',
      'PersonalDataConsents',
    ],
    sensitiveLength: 9,
    positions: {
      'government-id': [1],
      financial: [2],
      geolocation: [3],
      racial: [4],
      religious: [4],
      union: [4],
      communications: [5],
      genetic: [6],
      biometric: [7],
      health: [8],
      'consumer-health': [8],
      sexual: [9],
    },
    childLength: 2,
    gpc: true,
  },
  usva: {
    id: 9,
    version: 1,
    fields: [
      'SharingNotice',
      'SaleOptOutNotice',
      'TargetedAdvertisingOptOutNotice',
      'SaleOptOut',
      'TargetedAdvertisingOptOut',
    ],
    sensitiveLength: 8,
    positions: vaLike,
    gpc: false,
  },
  usco: {
    id: 10,
    version: 1,
    fields: [
      'SharingNotice',
      'SaleOptOutNotice',
      'TargetedAdvertisingOptOutNotice',
      'SaleOptOut',
      'TargetedAdvertisingOptOut',
    ],
    sensitiveLength: 7,
    positions: { ...vaLike, geolocation: [] },
    gpc: true,
  },
  usut: {
    id: 11,
    version: 1,
    fields: [
      'SharingNotice',
      'SaleOptOutNotice',
      'TargetedAdvertisingOptOutNotice',
      'SensitiveDataProcessingOptOutNotice',
      'SaleOptOut',
      'TargetedAdvertisingOptOut',
    ],
    sensitiveLength: 8,
    positions: { ...vaLike, sexual: [3], immigration: [4], health: [5], 'consumer-health': [5] },
    gpc: false,
  },
  usct: {
    id: 12,
    version: 1,
    fields: [
      'SharingNotice',
      'SaleOptOutNotice',
      'TargetedAdvertisingOptOutNotice',
      'SaleOptOut',
      'TargetedAdvertisingOptOut',
    ],
    sensitiveLength: 8,
    positions: vaLike,
    childLength: 3,
    gpc: true,
  },
};

/** The sections each region should carry. */
const expectedSections: Record<string, string[]> = {
  'US-CO': ['usnat', 'usco'],
  'us-co': ['usnat', 'usco'],
  'US-CA': ['usnat', 'usca'],
  'US-VA': ['usnat', 'usva'],
  'US-UT': ['usnat', 'usut'],
  'US-CT': ['usnat', 'usct'],
  'US-TX': ['usnat'],
  US: ['usnat'],
  FR: [],
  DE: [],
  unknown: [],
};

const expectedSection = (name: string, input: GppInput): Record<string, unknown> => {
  const s = spec[name];
  const sensitive = Array(s.sensitiveLength).fill(0);
  for (const kind of input.sensitiveData) for (const position of s.positions[kind] ?? []) sensitive[position - 1] = 1;
  const child = input.sensitiveData.includes('children') ? 1 : 0;
  const processesSensitive = input.sensitiveData.some((kind) => kind !== 'children');
  const values: Record<string, unknown> = { Version: s.version };
  for (const field of s.fields) {
    if (notices.includes(field)) values[field] = input.noticeShown ? 1 : 2;
    else if (sensitiveNotices.includes(field))
      values[field] = processesSensitive ? (input.noticeShown && input.limitUseLink ? 1 : 2) : 0;
    else if (optOuts.includes(field)) values[field] = input.optOut ? 1 : input.noticeShown ? 2 : 0;
    else values[field] = 0;
  }
  Object.assign(values, {
    SensitiveDataProcessing: sensitive,
    KnownChildSensitiveDataConsents: s.childLength ? Array(s.childLength).fill(child) : child,
    MspaCoveredTransaction: 2,
    MspaOptOutOptionMode: 0,
    MspaServiceProviderMode: 0,
  });
  if (s.gpc) Object.assign(values, { GpcSegmentType: 1, Gpc: input.gpc });
  return values;
};

/** A visitor as the engine would see one: region, mode, choices and signals, then the GPP input it derives. */
const visitor = fc
  .record({
    region: fc.constantFrom(...Object.keys(expectedSections)),
    mode: fc.constantFrom('opt-in', 'opt-out'),
    decided: fc.boolean(),
    acceptsAdvertising: fc.boolean(),
    deniesSaleOrShareCategory: fc.boolean(),
    gpc: fc.boolean(),
    honorGpc: fc.boolean(),
    bannerShown: fc.boolean(),
    limitUseLink: fc.boolean(),
    sensitiveData: fc.subarray([...sensitiveDataKinds]),
  })
  .map((v) => {
    const gpcHonored = v.gpc && v.honorGpc;
    // Decided: the visitor's own answer (under GPC only its own switch grants). Undecided:
    // opt-out mode starts granted unless GPC says otherwise; opt-in holds everything.
    const advertisingGranted = v.decided ? v.acceptsAdvertising : v.mode === 'opt-out' && !gpcHonored;
    const input: GppInput = {
      region: v.region === 'unknown' ? undefined : v.region,
      gpc: v.gpc,
      optOut: !advertisingGranted || v.deniesSaleOrShareCategory,
      noticeShown: v.decided || v.bannerShown,
      sensitiveData: v.sensitiveData,
      limitUseLink: v.limitUseLink,
    };
    return { region: v.region, input };
  });

describe('gppData, for any visitor', () => {
  it('writes strings that IAB’s decoder reads back to exactly the expected sections and fields', () => {
    fc.assert(
      fc.property(visitor, ({ region, input }) => {
        const data = gppData(input);
        const names = expectedSections[region];
        const ids = names.map((name) => spec[name].id);
        const decoded = new GppModel(data.gppString);
        expect(decoded.getSectionIds()).toEqual(ids);
        expect(data.sectionList).toEqual(ids);
        expect(data.applicableSections).toEqual(ids.length ? ids : [-1]);
        for (const name of names) {
          expect(decoded.getSection(name), name).toEqual(expectedSection(name, input));
          expect(data.parsedSections[name], name).toEqual(decoded.getSection(name));
        }
        expect(Object.keys(data.parsedSections)).toEqual(names);
      }),
      runs(),
    );
  });
});

describe('sectionsFor', () => {
  it('gives a US visitor in a state with its own section usnat and that section', () => {
    expect(sectionsFor('US-CO')).toEqual(['usnat', 'usco']);
  });

  it('gives a US visitor whose state has no section, or is unknown, usnat alone', () => {
    expect(sectionsFor('US-TX')).toEqual(['usnat']);
    expect(sectionsFor('US')).toEqual(['usnat']);
  });

  it('gives no section outside the US or when the region is unknown', () => {
    for (const region of ['FR', 'DE', 'GB', 'CA', undefined, '']) expect(sectionsFor(region), region).toEqual([]);
  });
});

describe('gppData outside the US', () => {
  it('says no section applies and writes a header alone', () => {
    const data = gppData({ region: 'FR', gpc: true, optOut: true, noticeShown: true, sensitiveData: ['health'] });
    expect(data).toEqual({ applicableSections: [-1], sectionList: [], parsedSections: {}, gppString: 'DBAA' });
  });
});

describe('a Colorado visitor', () => {
  const colorado = (overrides: Partial<GppInput>) =>
    new GppModel(
      gppData({ region: 'US-CO', gpc: false, optOut: false, noticeShown: true, sensitiveData: [], ...overrides })
        .gppString,
    );

  it('who opted in is reported as not opted out of sale or targeted advertising', () => {
    const model = colorado({});
    expect(model.getFieldValue('usco', 'SaleOptOut')).toBe(2);
    expect(model.getFieldValue('usco', 'TargetedAdvertisingOptOut')).toBe(2);
  });

  it('who opted out is reported as opted out in usco and usnat', () => {
    const model = colorado({ optOut: true });
    for (const name of ['usnat', 'usco']) {
      expect(model.getFieldValue(name, 'SaleOptOut')).toBe(1);
      expect(model.getFieldValue(name, 'TargetedAdvertisingOptOut')).toBe(1);
    }
  });

  it('whose browser sends GPC carries Gpc and the opt-out', () => {
    const model = colorado({ gpc: true, optOut: true });
    expect(model.getFieldValue('usco', 'Gpc')).toBe(true);
    expect(model.getFieldValue('usco', 'SaleOptOut')).toBe(1);
  });

  it('on a health site has "no consent" for health data in usco and both health slots of usnat', () => {
    const model = colorado({ sensitiveData: ['health', 'consumer-health'] });
    expect(model.getFieldValue('usco', 'SensitiveDataProcessing')).toEqual([0, 0, 1, 0, 0, 0, 0]);
    expect(model.getFieldValue('usnat', 'SensitiveDataProcessing')).toEqual([
      0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    ]);
  });
});

describe('known children', () => {
  it('says "no consent" for every age the section has when the site lists children', () => {
    const model = new GppModel(
      gppData({ region: 'US-CT', gpc: false, optOut: true, noticeShown: true, sensitiveData: ['children'] }).gppString,
    );
    expect(model.getFieldValue('usnat', 'KnownChildSensitiveDataConsents')).toEqual([1, 1, 1]);
    expect(model.getFieldValue('usct', 'KnownChildSensitiveDataConsents')).toEqual([1, 1, 1]);
    expect(model.getFieldValue('usnat', 'SensitiveDataLimitUseNotice')).toBe(0);
  });
});
