/**
 * Whether the browser sends the Global Privacy Control signal. Only the exact value
 * `true` counts (GPC spec §3): `"1"` or a truthy object set by a page script do not.
 */
export const hasGPC = (nav: Navigator): boolean =>
  (nav as Navigator & { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
