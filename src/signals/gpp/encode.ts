/**
 * The GPP string, written by hand (IAB GPP "Consent String Specification" and the US
 * section specifications): a header, then each section, joined by `~`. Bits are kept as a
 * string of '0' and '1': the strings are a few dozen bits long, and this is the smallest
 * code that writes them.
 */

/** `value` as an unsigned integer of `bits` bits, most significant first. */
export const int = (value: number, bits: number): string => value.toString(2).padStart(bits, '0');

/**
 * Fibonacci coding of a positive integer (GPP "Fibonacci Integer"): one bit per Fibonacci
 * number 1, 2, 3, 5, 8 … smallest first (Zeckendorf), then a closing 1, so that the
 * code ends in the only "11" it holds.
 * @example fibonacci(7) // '01011' (2 + 5)
 */
export function fibonacci(n: number): string {
  const fib = [1];
  for (let a = 1, b = 2; b <= n; [a, b] = [b, a + b]) fib.push(b);
  let bits = '1';
  for (let i = fib.length - 1; i >= 0; i--) {
    const set = n >= fib[i];
    if (set) n -= fib[i];
    bits = (set ? '1' : '0') + bits;
  }
  return bits;
}

/**
 * A sorted list of ids as a GPP "Fibonacci Range": a 12-bit count of groups, then per
 * group a 0 and one id, or a 1 and the first and last id of a run; each id is written as
 * its distance from the id written before it.
 * @example fibonacciRange([7, 10]) // 2 groups: 0 + fib(7), 0 + fib(3)
 */
export function fibonacciRange(ids: readonly number[]): string {
  let bits = '';
  let groups = 0;
  for (let i = 0, last = 0; i < ids.length; groups++) {
    let end = i;
    while (ids[end + 1] === ids[end] + 1) end++;
    bits += end > i ? `1${fibonacci(ids[i] - last)}${fibonacci(ids[end] - ids[i])}` : `0${fibonacci(ids[i] - last)}`;
    last = ids[end];
    i = end + 1;
  }
  return int(groups, 12) + bits;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Bits as base64url without padding, filled with zeros to whole bytes and then to whole
 * characters, as IAB's reference encoder does (the usnat decoder reads the length).
 * @example base64url('000011000001') // 'DBA'
 */
export function base64url(bits: string): string {
  while (bits.length % 8) bits += '0';
  while (bits.length % 6) bits += '0';
  return bits.replace(/.{6}/g, (six) => alphabet[Number.parseInt(six, 2)]);
}

/** The GPP header (section 3, version 1) listing `ids` in ascending order. */
export const encodeHeader = (ids: readonly number[]): string => base64url(int(3, 6) + int(1, 6) + fibonacciRange(ids));

/** usnat's core fields after Version, in order, as the specifications spell them (and `getField` answers to them). */
export const usnatFields = [
  'SharingNotice',
  'SaleOptOutNotice',
  'SharingOptOutNotice',
  'TargetedAdvertisingOptOutNotice',
  'SensitiveDataProcessingOptOutNotice',
  'SensitiveDataLimitUseNotice',
  'SaleOptOut',
  'SharingOptOut',
  'TargetedAdvertisingOptOut',
  'SensitiveDataProcessing',
  'KnownChildSensitiveDataConsents',
  'PersonalDataConsents',
  'MspaCoveredTransaction',
  'MspaOptOutOptionMode',
  'MspaServiceProviderMode',
];

/** How one section is written: its id, version, which usnat fields it keeps, and whether a GPC sub-section follows. */
export interface SectionLayout {
  id: number;
  version: number;
  /** Bit i set: the section has `usnatFields[i]`. */
  keeps: number;
  gpc: boolean;
}

/**
 * The sections Consentry writes. usnat is version 2 (August 2024: 16 kinds of sensitive
 * data, 3 ages of children); the state sections are version 1. Size trick: each state's
 * core fields are usnat's, some left out, in the same order, so a bit mask says which
 * (the tests check every layout against IAB's encoder). Every core field after Version is
 * a 2-bit integer or a list of them.
 */
export const layouts = {
  usnat: { id: 7, version: 2, keeps: 0b111_1111_1111_1111, gpc: true },
  usca: { id: 8, version: 1, keeps: 0b111_1110_1110_0110, gpc: true },
  usva: { id: 9, version: 1, keeps: 0b111_0111_0100_1011, gpc: false },
  usco: { id: 10, version: 1, keeps: 0b111_0111_0100_1011, gpc: true },
  usut: { id: 11, version: 1, keeps: 0b111_0111_0101_1011, gpc: false },
  usct: { id: 12, version: 1, keeps: 0b111_0111_0100_1011, gpc: true },
} as const satisfies Record<string, SectionLayout>;

/** A section's core fields after Version, in order. */
export const fieldsOf = (layout: SectionLayout): string[] => usnatFields.filter((_, i) => (layout.keeps >> i) & 1);

export type SectionName = keyof typeof layouts;

/** A section's field values by name, lists for list fields; `Gpc` for the GPC sub-section. */
export type SectionValues = Record<string, number | number[] | boolean>;

/**
 * One section: the core segment, then, for sections that have one, the GPC sub-section
 * (type 1, then the signal) after a `.`.
 * @example encodeSection(layouts.usco, values) // '<core>.YA' when values.Gpc is true, '<core>.QA' when false
 */
export function encodeSection(layout: SectionLayout, values: SectionValues): string {
  let bits = int(layout.version, 6);
  for (const name of fieldsOf(layout)) for (const value of [values[name]].flat()) bits += int(value as number, 2);
  const core = base64url(bits);
  return layout.gpc ? `${core}.${base64url(int(1, 2) + (values.Gpc ? '1' : '0'))}` : core;
}

/**
 * A whole GPP string: the header, then each section, given in ascending id order.
 * @example encodeGpp([]) // 'DBAA', no section
 */
export const encodeGpp = (sections: readonly (readonly [SectionLayout, SectionValues])[]): string =>
  [encodeHeader(sections.map(([layout]) => layout.id)), ...sections.map((section) => encodeSection(...section))].join(
    '~',
  );
