import { GppModel, Sections } from '@iabgpp/cmpapi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sensitiveDataKinds } from '../../../src/config/schema';
import { layouts } from '../../../src/signals/gpp/layouts';
import { type GppInput, gppData, sectionsFor } from '../../../src/signals/gpp/sections';
import { runs } from '../properties/runs';

/**
 * The expectations, written from IAB's specifications independently of src/signals: each
 * section's fields, and for each `sensitiveData` kind its 1-based positions in the
 * section's SensitiveDataProcessing list (MSPA US National v2, the state sections v1:
 * https://github.com/InteractiveAdvertisingBureau/Global-Privacy-Platform/tree/main/Sections/US-States),
 * with the field names and segment layout of IAB's library, @iabgpp/cmpapi 3.2 (for MD,
 * IN, KY and RI it has the MSPA fields first and no section header).
 */
const notices = [
  'SharingNotice',
  'SaleOptOutNotice',
  'SharingOptOutNotice',
  'TargetedAdvertisingOptOutNotice',
  'ProcessingNotice',
];
const sensitiveNotices = [
  'SensitiveDataProcessingOptOutNotice',
  'SensitiveDataLimitUseNotice',
  'SensitiveDataOptOutNotice',
];
const optOuts = ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut'];
/** Every other field: not an MSPA covered transaction, no MSPA mode, no consent asked beyond the notice. */
const fixed: Record<string, number> = {
  MspaCoveredTransaction: 2,
  MspaOptOutOptionMode: 0,
  MspaServiceProviderMode: 0,
  MspaMode: 0,
  PersonalDataConsents: 0,
  AdditionalDataProcessingConsent: 0,
};

interface SectionSpec {
  id: number;
  /** The single-value fields besides the version, in any order. */
  fields: string[];
  /** The length of SensitiveDataProcessing; absent: the section has none. */
  sensitiveLength?: number;
  positions?: Record<string, number[]>;
  /** The length of KnownChildSensitiveDataConsents; 1: a single value; absent: the section has none. */
  childLength?: number;
  gpc: boolean;
  /** usnat is version 2; the 2025 sections name their version MspaVersion. */
  version?: [string, number];
}

/** usnat: the config's kinds are its sixteen activities in order (src/config/schema.ts), `children` aside. */
const usnatPositions = Object.fromEntries(
  sensitiveDataKinds.filter((kind) => kind !== 'children').map((kind, i) => [kind, [i + 1]]),
);

/** Virginia's list, which most states follow, some with changes; a state's health slot takes both health kinds. */
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

const virginiaFields = [
  'SharingNotice',
  'SaleOptOutNotice',
  'TargetedAdvertisingOptOutNotice',
  'SaleOptOut',
  'TargetedAdvertisingOptOut',
];
const laterFields = [
  'ProcessingNotice',
  'SaleOptOutNotice',
  'TargetedAdvertisingOptOutNotice',
  'SaleOptOut',
  'TargetedAdvertisingOptOut',
  'AdditionalDataProcessingConsent',
];
const usFields = [...laterFields, 'MspaMode'];
const mspaV1 = ['MspaCoveredTransaction', 'MspaOptOutOptionMode', 'MspaServiceProviderMode'];
/** A 2024 section: Virginia's eight categories, with GPC. */
const later = (id: number, childLength = 1): SectionSpec => ({
  id,
  fields: [...laterFields, ...mspaV1],
  sensitiveLength: 8,
  positions: vaLike,
  childLength,
  gpc: true,
});
/** A 2025 section with its sensitive-data consents in a sub-section (IN, KY, RI). */
const consentsApart = (id: number): SectionSpec => ({
  id,
  fields: [...usFields, 'MspaCoveredTransaction'],
  sensitiveLength: 8,
  positions: vaLike,
  childLength: 1,
  gpc: false,
  version: ['MspaVersion', 1],
});

const spec: Record<string, SectionSpec> = {
  usnat: {
    id: 7,
    fields: [
      ...notices.filter((n) => n !== 'ProcessingNotice'),
      ...sensitiveNotices.slice(0, 2),
      ...optOuts,
      'PersonalDataConsents',
      ...mspaV1,
    ],
    sensitiveLength: 16,
    positions: usnatPositions,
    childLength: 3,
    gpc: true,
    version: ['Version', 2],
  },
  usca: {
    id: 8,
    fields: [
      'SaleOptOutNotice',
      'SharingOptOutNotice',
      'SensitiveDataLimitUseNotice',
      'SaleOptOut',
      'SharingOptOut',
      'PersonalDataConsents',
      ...mspaV1,
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
    fields: [...virginiaFields, ...mspaV1],
    sensitiveLength: 8,
    positions: vaLike,
    childLength: 1,
    gpc: false,
  },
  usco: {
    id: 10,
    fields: [...virginiaFields, ...mspaV1],
    sensitiveLength: 7,
    positions: { ...vaLike, geolocation: [] },
    childLength: 1,
    gpc: true,
  },
  usut: {
    id: 11,
    fields: [...virginiaFields, 'SensitiveDataProcessingOptOutNotice', ...mspaV1],
    sensitiveLength: 8,
    positions: { ...vaLike, sexual: [3], immigration: [4], health: [5], 'consumer-health': [5] },
    childLength: 1,
    gpc: false,
  },
  usct: {
    id: 12,
    fields: [...virginiaFields, ...mspaV1],
    sensitiveLength: 8,
    positions: vaLike,
    childLength: 3,
    gpc: true,
  },
  usfl: { ...later(13, 3), gpc: false },
  usmt: {
    id: 14,
    fields: [...virginiaFields, 'AdditionalDataProcessingConsent', ...mspaV1],
    sensitiveLength: 8,
    positions: vaLike,
    childLength: 3,
    gpc: true,
  },
  usor: {
    ...later(15, 3),
    sensitiveLength: 11,
    positions: {
      racial: [1],
      religious: [2],
      health: [3],
      'consumer-health': [3],
      sexual: [4],
      transgender: [5],
      immigration: [6],
      'national-origin': [7],
      'crime-victim': [8],
      genetic: [9],
      biometric: [10],
      geolocation: [11],
    },
  },
  ustx: later(16),
  usde: { ...later(17, 5), sensitiveLength: 9, positions: { ...vaLike, transgender: [9] } },
  usia: {
    ...later(18),
    fields: [...laterFields.slice(0, 5), 'SensitiveDataOptOutNotice', ...mspaV1],
  },
  usne: later(19),
  usnh: later(20, 3),
  usnj: { ...later(21, 5), sensitiveLength: 10, positions: { ...vaLike, transgender: [9], financial: [10] } },
  ustn: later(22),
  usmn: later(23),
  usmd: { id: 24, fields: [...usFields, 'MspaCoveredTransaction'], gpc: true, version: ['MspaVersion', 1] },
  usin: consentsApart(25),
  usky: consentsApart(26),
  usri: consentsApart(27),
};

/** The state of each section, and regions that must get usnat alone or nothing. */
const stateOf = (name: string) => `US-${name.slice(2).toUpperCase()}`;
const expectedSections: Record<string, string[]> = {
  ...Object.fromEntries(
    Object.keys(spec)
      .filter((name) => name !== 'usnat')
      .map((name) => [stateOf(name), ['usnat', name]]),
  ),
  'us-co': ['usnat', 'usco'],
  'US-tx': ['usnat', 'ustx'],
  'US-NY': ['usnat'],
  'US-NAT': ['usnat'],
  US: ['usnat'],
  FR: [],
  DE: [],
  unknown: [],
};

const expectedSection = (name: string, input: GppInput): Record<string, unknown> => {
  const s = spec[name];
  const child = input.sensitiveData.includes('children') ? 1 : 0;
  const processesSensitive = input.sensitiveData.some((kind) => kind !== 'children');
  const [versionName, version] = s.version ?? ['Version', 1];
  const values: Record<string, unknown> = { [versionName]: version };
  for (const field of s.fields) {
    if (notices.includes(field)) values[field] = input.noticeShown ? 1 : 2;
    else if (sensitiveNotices.includes(field))
      values[field] = processesSensitive ? (input.noticeShown && input.limitUseLink ? 1 : 2) : 0;
    else if (optOuts.includes(field)) values[field] = input.optOut ? 1 : input.noticeShown ? 2 : 0;
    else values[field] = fixed[field];
  }
  if (s.sensitiveLength) {
    const sensitive = Array(s.sensitiveLength).fill(0);
    for (const kind of input.sensitiveData)
      for (const position of s.positions?.[kind] ?? []) sensitive[position - 1] = 1;
    values.SensitiveDataProcessing = sensitive;
  }
  if (s.childLength)
    values.KnownChildSensitiveDataConsents = s.childLength > 1 ? Array(s.childLength).fill(child) : child;
  if (s.gpc) Object.assign(values, { GpcSegmentType: 1, Gpc: input.gpc });
  return values;
};

/** A visitor from one of `regions` as the engine would see one: mode, choices and signals, then the GPP input it derives. */
const visitorFrom = (regions: string[]) =>
  fc
    .record({
      region: fc.constantFrom(...regions),
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

/** The property: the string decodes to exactly the expected sections, and getSection answers what it decodes to. */
const decodesAsExpected = ({ region, input }: { region: string; input: GppInput }) => {
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
};

/** A visitor from `region` who has seen the notice and chosen nothing that opts out. */
const quietVisitor = (region: string): GppInput => ({
  region,
  gpc: false,
  optOut: false,
  noticeShown: true,
  sensitiveData: [],
});

const stateSections = Object.keys(spec).filter((name) => name !== 'usnat');

describe('gppData, for any visitor', () => {
  it('writes strings that IAB’s decoder reads back to exactly the expected sections and fields, in any region', () => {
    fc.assert(fc.property(visitorFrom(Object.keys(expectedSections)), decodesAsExpected), runs());
  });

  for (const name of stateSections)
    it(`writes usnat and ${name} for any visitor from ${stateOf(name)} as IAB’s decoder reads them`, () => {
      fc.assert(fc.property(visitorFrom([stateOf(name)]), decodesAsExpected), runs(0.1));
    });
});

describe('the sections Consentry writes', () => {
  it('are usnat and every US state section IAB’s library encodes, with its ids', () => {
    const library = [...Sections.SECTION_ID_NAME_MAP].filter(([id, name]) => name.startsWith('us') && id >= 7);
    expect(Object.entries(layouts).map(([name, layout]) => [layout.id, name])).toEqual(library);
    expect(Object.keys(spec)).toEqual(library.map(([, name]) => name));
  });

  it('answer applicableSections with usnat and the state’s section for a visitor from each state', () => {
    for (const name of stateSections)
      expect(gppData(quietVisitor(stateOf(name))).applicableSections, name).toEqual([7, spec[name].id]);
  });
});

describe('sectionsFor', () => {
  it('gives a US visitor in a state with its own section usnat and that section', () => {
    expect(sectionsFor('US-CO')).toEqual(['usnat', 'usco']);
  });

  it('gives a US visitor whose state has no section, or is unknown, usnat alone', () => {
    expect(sectionsFor('US-NY')).toEqual(['usnat']);
    expect(sectionsFor('US-NAT')).toEqual(['usnat']);
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
