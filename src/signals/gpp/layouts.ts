import type { SectionLayout } from './encode.js';

/**
 * Every GPP section Consentry writes, one entry each: usnat and every US state section
 * that IAB's reference library `@iabgpp/cmpapi` (3.2) encodes. Ids, versions, field
 * orders and list sizes are the library's (`encoder/section/Us*.js`,
 * `encoder/field/Us*Field.js`); what each SensitiveDataProcessing slot means is the IAB
 * state specification's, quoted short beside it:
 * https://github.com/InteractiveAdvertisingBureau/Global-Privacy-Platform/tree/main/Sections/US-States
 * A state's section name is `us` and its code (`ustx` for `US-TX`), which is how
 * `sectionsFor` finds it: adding a state is one entry here.
 */

/** What a section says beyond how it is written: which `sensitiveData` kinds each slot covers, how many ages of children. */
export interface Section extends SectionLayout {
  /** SensitiveDataProcessing, slot by slot: the kinds (src/config/schema.ts) the slot covers, `|` between several. */
  sensitive?: readonly string[];
  /** How many slots KnownChildSensitiveDataConsents has; absent: it is a single value. */
  children?: number;
}

// The core fields, in the order each family of sections writes them. Each begins with
// its version; all others are 2-bit integers or lists of them.
const mspa = ['MspaCoveredTransaction', 'MspaOptOutOptionMode', 'MspaServiceProviderMode'];
const optOuts = ['SaleOptOut', 'TargetedAdvertisingOptOut'];
const notices = ['SaleOptOutNotice', 'TargetedAdvertisingOptOutNotice'];
const data = ['SensitiveDataProcessing', 'KnownChildSensitiveDataConsents'];
/** Virginia's model (2023): VA, CO, CT; UT and IA add a notice. */
const virginia = ['Version', 'SharingNotice', ...notices, ...optOuts, ...data, ...mspa];
/** Montana's: Virginia's, then consent to processing beyond the disclosed purposes. */
const montana = [
  'Version',
  'SharingNotice',
  ...notices,
  ...optOuts,
  ...data,
  'AdditionalDataProcessingConsent',
  ...mspa,
];
/**
 * Florida's, which the 2024 sections share (FL, OR, TX, DE, NE, NH, NJ, TN, MN): a
 * processing notice, and consent to processing beyond the disclosed purposes.
 */
const florida = [
  'Version',
  'ProcessingNotice',
  ...notices,
  ...optOuts,
  ...data,
  'AdditionalDataProcessingConsent',
  ...mspa,
];
/**
 * The 2025 sections (MD, IN, KY, RI) open with the MSPA fields. IAB's specification text
 * puts a section header (id, version, sub-section ids) before them, which @iabgpp/cmpapi
 * 3.2 neither writes nor reads; Consentry writes what the reference decoder reads.
 */
const mspaFirst = ['MspaVersion', 'MspaCoveredTransaction', 'MspaMode', 'ProcessingNotice', ...notices, ...optOuts];
/** Indiana's model: IN, KY, RI; SensitiveDataProcessing follows in a sub-section of its own. */
const indiana = [...mspaFirst, 'KnownChildSensitiveDataConsents', 'AdditionalDataProcessingConsent'];

/** Virginia's eight categories, which most states repeat in this order with small changes of wording. */
const vaSlots = [
  'racial', // (1) racial or ethnic origin
  'religious', // (2) religious beliefs
  'health|consumer-health', // (3) a mental or physical health (condition or) diagnosis
  'sexual', // (4) sexual orientation (sex life or sexual orientation in CO, CT, DE, MT, NH, NJ, RI; sexuality in TX)
  'immigration', // (5) citizenship or immigration status
  'genetic', // (6) genetic data (to identify a person)
  'biometric', // (7) biometric data (to identify a person)
  'geolocation', // (8) precise geolocation ("specific" in MN)
];
/** Delaware's nine: Virginia's eight, then (9) status as transgender or nonbinary. */
const deSlots = [...vaSlots, 'transgender'];

/**
 * The sections by API prefix, in id order (the order `sectionChange` events follow).
 * @example layouts.ustx // { id: 16, version: 1, fields: florida, tail: 'gpc', sensitive: vaSlots }
 */
export const layouts = {
  /** US National (MSPA, version 2 of August 2024): the config's kinds are its sixteen activities, in order. */
  usnat: {
    id: 7,
    version: 2,
    fields: [
      'Version',
      'SharingNotice',
      'SaleOptOutNotice',
      'SharingOptOutNotice',
      'TargetedAdvertisingOptOutNotice',
      'SensitiveDataProcessingOptOutNotice',
      'SensitiveDataLimitUseNotice',
      'SaleOptOut',
      'SharingOptOut',
      'TargetedAdvertisingOptOut',
      ...data,
      'PersonalDataConsents',
      ...mspa,
    ],
    tail: 'gpc',
    sensitive:
      'racial religious health sexual immigration genetic biometric geolocation government-id financial union communications consumer-health crime-victim national-origin transgender'.split(
        ' ',
      ),
    children: 3, // ages 13 to 16; under 13; 16 to 17
  },
  /** California: opt-outs of the use of sensitive personal information; immigration status is not one. */
  usca: {
    id: 8,
    version: 1,
    fields: [
      'Version',
      'SaleOptOutNotice',
      'SharingOptOutNotice',
      'SensitiveDataLimitUseNotice',
      'SaleOptOut',
      'SharingOptOut',
      ...data,
      'PersonalDataConsents',
      ...mspa,
    ],
    tail: 'gpc',
    sensitive: [
      'government-id', // (1) social security, driver's licence, state id or passport number
      'financial', // (2) account log-in, financial account, debit or credit card number with its credentials
      'geolocation', // (3) precise geolocation
      'racial|religious|union', // (4) racial or ethnic origin, religious or philosophical beliefs, union membership
      'communications', // (5) contents of mail, email and texts not addressed to the business
      'genetic', // (6) genetic data
      'biometric', // (7) biometric information to identify a consumer
      'health|consumer-health', // (8) health
      'sexual', // (9) sex life or sexual orientation
    ],
    children: 2, // sale, sharing: under 16
  },
  /** Virginia. */
  usva: { id: 9, version: 1, fields: virginia, sensitive: vaSlots },
  /** Colorado: Virginia's list without geolocation. */
  usco: { id: 10, version: 1, fields: virginia, tail: 'gpc', sensitive: vaSlots.slice(0, 7) },
  /** Utah: opt-outs, in an order of its own. */
  usut: {
    id: 11,
    version: 1,
    fields: [
      'Version',
      'SharingNotice',
      ...notices,
      'SensitiveDataProcessingOptOutNotice',
      ...optOuts,
      ...data,
      ...mspa,
    ],
    sensitive: [
      'racial', // (1) racial or ethnic origin
      'religious', // (2) religious beliefs
      'sexual', // (3) sexual orientation
      'immigration', // (4) citizenship or immigration status
      'health|consumer-health', // (5) medical history, mental or physical health condition, treatment or diagnosis
      'genetic', // (6) genetic data
      'biometric', // (7) biometric data
      'geolocation', // (8) specific geolocation
    ],
  },
  /** Connecticut. */
  usct: { id: 12, version: 1, fields: virginia, tail: 'gpc', sensitive: vaSlots, children: 3 }, // sensitive data; sale 13-16; targeted ads 13-16
  /** Florida: no GPC sub-section. */
  usfl: { id: 13, version: 1, fields: florida, sensitive: vaSlots, children: 3 }, // under 13; 13 to 16; 16 to 18
  /** Montana. */
  usmt: { id: 14, version: 1, fields: montana, tail: 'gpc', sensitive: vaSlots, children: 3 }, // sensitive data; sale 13-16; targeted ads 13-16
  /** Oregon: eleven categories. */
  usor: {
    id: 15,
    version: 1,
    fields: florida,
    tail: 'gpc',
    sensitive: [
      'racial', // (1) racial or ethnic origin
      'religious', // (2) religious beliefs
      'health|consumer-health', // (3) a mental or physical condition or diagnosis
      'sexual', // (4) sexual orientation
      'transgender', // (5) status as transgender or nonbinary
      'immigration', // (6) citizenship or immigration status
      'national-origin', // (7) national origin
      'crime-victim', // (8) status as a victim of crime
      'genetic', // (9) genetic data
      'biometric', // (10) biometric data
      'geolocation', // (11) precise geolocation
    ],
    children: 3, // sensitive data; sale 13-16; targeted ads 13-16
  },
  /** Texas. */
  ustx: { id: 16, version: 1, fields: florida, tail: 'gpc', sensitive: vaSlots },
  /** Delaware. */
  usde: { id: 17, version: 1, fields: florida, tail: 'gpc', sensitive: deSlots, children: 5 }, // sensitive data; sale, targeted ads 13-16; sale, targeted ads 16-18
  /** Iowa: opt-outs of sensitive data, with a notice of them. */
  usia: {
    id: 18,
    version: 1,
    fields: ['Version', 'ProcessingNotice', ...notices, 'SensitiveDataOptOutNotice', ...optOuts, ...data, ...mspa],
    tail: 'gpc',
    sensitive: vaSlots,
  },
  /** Nebraska. */
  usne: { id: 19, version: 1, fields: florida, tail: 'gpc', sensitive: vaSlots },
  /** New Hampshire. */
  usnh: { id: 20, version: 1, fields: florida, tail: 'gpc', sensitive: vaSlots, children: 3 }, // sensitive data; sale 13-16; targeted ads 13-16
  /** New Jersey: Delaware's nine, then (10) financial information with its access code. */
  usnj: {
    id: 21,
    version: 1,
    fields: florida,
    tail: 'gpc',
    sensitive: [...deSlots, 'financial'],
    children: 5, // sensitive data; sale, targeted ads 13-16; sale, targeted ads 16-17
  },
  /** Tennessee. */
  ustn: { id: 22, version: 1, fields: florida, tail: 'gpc', sensitive: vaSlots },
  /** Minnesota. */
  usmn: { id: 23, version: 1, fields: florida, tail: 'gpc', sensitive: vaSlots },
  /** Maryland: the section has no sensitive-data or children's field. */
  usmd: { id: 24, version: 1, fields: [...mspaFirst, 'AdditionalDataProcessingConsent'], tail: 'gpc' },
  /** Indiana: sensitive data in a sub-section of its own, and no GPC. */
  usin: { id: 25, version: 1, fields: indiana, tail: 'sensitive', sensitive: vaSlots },
  /** Kentucky: as Indiana. */
  usky: { id: 26, version: 1, fields: indiana, tail: 'sensitive', sensitive: vaSlots },
  /** Rhode Island: as Indiana. */
  usri: { id: 27, version: 1, fields: indiana, tail: 'sensitive', sensitive: vaSlots },
} as const satisfies Record<string, Section>;

export type SectionName = keyof typeof layouts;
