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

/**
 * How one section is written (its entries are in layouts.ts). Every US section is a core
 * segment of fields, then optionally a `.` and one more segment.
 */
export interface SectionLayout {
  id: number;
  version: number;
  /** The core's fields in order: the first is the version (6 bits), each other a 2-bit integer or a list of them. */
  fields: readonly string[];
  /** What follows the core: the GPC sub-section ('gpc'), or SensitiveDataProcessing alone ('sensitive': IN, KY, RI). */
  tail?: 'gpc' | 'sensitive';
}

/** A section's field values by name, lists for list fields; `Gpc` for the GPC sub-section. */
export type SectionValues = Record<string, number | number[] | boolean>;

/** 2-bit integers, one after another, for a field's value or list of values. */
const twoBits = (value: SectionValues[string]): string =>
  [value]
    .flat()
    .map((n) => int(n as number, 2))
    .join('');

/**
 * One section: the core segment, then the segment its layout adds after a `.`: the GPC
 * sub-section (type 1, then the signal), or the sensitive-data consents (a list alone).
 * @example encodeSection(layouts.usco, values) // '<core>.YA' when values.Gpc is true, '<core>.QA' when false
 */
export function encodeSection(layout: SectionLayout, values: SectionValues): string {
  const [version, ...fields] = layout.fields;
  const core = base64url(int(values[version] as number, 6) + fields.map((name) => twoBits(values[name])).join(''));
  const { tail } = layout;
  if (!tail) return core;
  return `${core}.${base64url(tail === 'gpc' ? int(1, 2) + (values.Gpc ? '1' : '0') : twoBits(values.SensitiveDataProcessing))}`;
}

/**
 * A whole GPP string: the header, then each section, given in ascending id order.
 * @example encodeGpp([]) // 'DBAA', no section
 */
export const encodeGpp = (sections: readonly (readonly [SectionLayout, SectionValues])[]): string =>
  [encodeHeader(sections.map(([layout]) => layout.id)), ...sections.map((section) => encodeSection(...section))].join(
    '~',
  );
