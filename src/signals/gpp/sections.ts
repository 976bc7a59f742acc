import { encodeGpp, type SectionValues } from './encode.js';
import { layouts, type Section, type SectionName } from './layouts.js';

/** What the GPP sections say, from the visitor's region, choices and signals. */
export interface GppInput {
  /** ISO 3166 code such as 'US-CO', 'US' or 'FR'; absent when the site supplies none. */
  region?: string;
  /** The browser sends Global Privacy Control (`navigator.globalPrivacyControl === true`). */
  gpc: boolean;
  /** `advertising` or a `saleOrShare` category is denied, whoever denied it. */
  optOut: boolean;
  /** The visitor has had the notice: the banner is or was shown, or a choice is stored. */
  noticeShown: boolean;
  /** The kinds of sensitive data the site processes (config `sensitiveData`), e.g. ['health', 'consumer-health']. */
  sensitiveData: readonly string[];
  /** The "Limit the Use of My Sensitive Personal Information" link is shown (`limitUseUrl`). */
  limitUseLink?: boolean;
  /** The banner or the preferences are on screen (GPP `cmpDisplayStatus` 'visible'). */
  visible?: boolean;
}

/** The GPP state for one input: the part of `ping` that depends on it, and what `getSection` answers. */
export interface GppData {
  applicableSections: number[];
  sectionList: number[];
  parsedSections: Record<string, SectionValues>;
  gppString: string;
}

/**
 * The sections for a visitor from `region`, in ascending id order: usnat, and the state's
 * own section when it has one (`us` and the state's code), for the US (a US visitor whose
 * state is unknown gets usnat, the MSPA "National Approach" for exactly that case); none
 * elsewhere or when the region is unknown.
 * @example sectionsFor('US-CO') // ['usnat', 'usco']
 */
export function sectionsFor(region: string | undefined): SectionName[] {
  const [country, state = ''] = (region ?? '').toLowerCase().split('-');
  if (country !== 'us') return [];
  const own = `us${state}`;
  return own !== 'usnat' && Object.hasOwn(layouts, own) ? ['usnat', own as SectionName] : ['usnat'];
}

/**
 * One section's fields, as IAB's decoder lists them. Values: notices 1 (given) or 2 (not
 * yet); opt-outs 1 (opted out: by the visitor, by GPC, or held by opt-in mode), 2 (did not,
 * after the notice) or 0 (no notice yet, as the specifications require); each listed kind
 * of sensitive data 1 (no consent, or opted out in CA, UT and IA: the restrictive value,
 * since Consentry never asks consent for it), other kinds 0 (not processed); known children's
 * data likewise 1 when `children` is listed, else 0; not an MSPA covered transaction (2,
 * modes 0). The sensitive-data notices are 1 only with the "Limit the Use" link shown.
 */
export function sectionValues(name: SectionName, input: GppInput): SectionValues {
  const layout: Section = layouts[name];
  const { noticeShown, sensitiveData } = input;
  const listed = (slot: string) => slot.split('|').some((kind) => sensitiveData.includes(kind));
  const childValue = sensitiveData.includes('children') ? 1 : 0;
  const sensitive = sensitiveData.some((kind) => kind !== 'children');
  // Every field's value follows from its name: the specifications name them regularly.
  const fieldValue = (field: string): SectionValues[string] => {
    if (field === 'SensitiveDataProcessing') return (layout.sensitive ?? []).map((slot) => (listed(slot) ? 1 : 0));
    if (field.startsWith('KnownChild')) return layout.children ? Array(layout.children).fill(childValue) : childValue;
    if (field.startsWith('SensitiveData')) return sensitive ? (noticeShown && input.limitUseLink ? 1 : 2) : 0;
    if (field.endsWith('Notice')) return noticeShown ? 1 : 2;
    if (field.endsWith('OptOut')) return input.optOut ? 1 : noticeShown ? 2 : 0;
    return field === 'MspaCoveredTransaction' ? 2 : 0;
  };
  const [version, ...fields] = layout.fields;
  const values: SectionValues = { [version]: layout.version };
  for (const field of fields) values[field] = fieldValue(field);
  if (layout.tail === 'sensitive') values.SensitiveDataProcessing = fieldValue('SensitiveDataProcessing');
  if (layout.tail === 'gpc') Object.assign(values, { GpcSegmentType: 1, Gpc: input.gpc });
  return values;
}

/**
 * Everything GPP says for `input`: outside the US (or with no region) no section applies
 * (`[-1]`) and the string is a header alone.
 * @example gppData({ region: 'FR', ... }).gppString // 'DBAA'
 */
export function gppData(input: GppInput): GppData {
  const names = sectionsFor(input.region);
  const sectionList = names.map((name) => layouts[name].id);
  const parsedSections: Record<string, SectionValues> = {};
  for (const name of names) parsedSections[name] = sectionValues(name, input);
  return {
    applicableSections: sectionList.length ? sectionList : [-1],
    sectionList,
    parsedSections,
    gppString: encodeGpp(names.map((name) => [layouts[name], parsedSections[name]])),
  };
}
