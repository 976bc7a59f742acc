/**
 * The config schema: every key a webmaster may set, how its value is checked, and what
 * it means. It is the one place a key is written: the public `ConsentryConfig` type and
 * the resolved config (./parse.ts) are inferred from it, and the script tag's data
 * attributes (./attributes.ts) are typed against its keys.
 */
import {
  arrayOf,
  bool,
  type Check,
  type Checked,
  check,
  oneOf,
  pattern,
  record,
  type ShapeOf,
  shape,
  text,
  url,
} from './validate.js';

/** The legal models the banner can follow. */
export const modes = ['opt-in', 'opt-out', 'auto'] as const;

/**
 * Kinds of sensitive data a site may process, by the data activities of the IAB Global
 * Privacy Platform's US National section (`usnat`, version 2): the first sixteen are its
 * `SensitiveDataProcessing` field in order, the nth kind its nth activity; `children` is
 * its `KnownChildSensitiveDataConsents` field.
 */
export const sensitiveDataKinds = [
  'racial', // racial or ethnic origin
  'religious', // religious or philosophical beliefs
  'health', // a health condition or diagnosis, medical history or treatment
  'sexual', // sex life, sexual orientation or sexuality
  'immigration', // citizenship or immigration status
  'genetic', // genetic data that identifies a person
  'biometric', // biometric data that identifies a person
  'geolocation', // precise geolocation
  'government-id', // social security, driver's licence, state id or passport number
  'financial', // an account log-in or a financial account or card number with its credentials
  'union', // union membership
  'communications', // the contents of mail, email and texts the site is not the recipient of
  'consumer-health', // consumer health data (Connecticut)
  'crime-victim', // status as a victim of crime
  'national-origin', // national origin
  'transgender', // status as transgender or nonbinary
  'children', // a known child's data
] as const;

const cookieFields = {
  /** The cookie's name; a trailing `*` makes it a prefix (`_ga_*`). */
  name: text,
  /** How long it lasts, as the visitor reads it: `'13 months'`. */
  duration: text,
  /** What it is for. */
  purpose: text,
};

/** One cookie a service sets; `name` may end in `*` to mean a prefix. */
export interface CookieDeclaration extends ShapeOf<typeof cookieFields, 'name'> {}

const cookieDeclaration: Check<CookieDeclaration> = shape(cookieFields, ['name']);

const serviceFields = {
  /** The service's name, such as `'Google Analytics'`. */
  name: text,
  /** The company behind it. */
  provider: text,
  /** What the site uses it for. */
  purpose: text,
  /** The provider's privacy policy. */
  policyUrl: url,
  /** The cookies it sets. */
  cookies: arrayOf(cookieDeclaration),
};

/** A service (a vendor's tag) that a category covers. */
export interface Service extends ShapeOf<typeof serviceFields, 'name'> {}

const service: Check<Service> = shape(serviceFields, ['name']);

/** A catalog id, as catalog/README.md lists them: `'google-analytics'`. Whether the catalog knows it is checked in ./services.ts. */
const serviceId = pattern(/^[a-z\d]+(-[a-z\d]+)*$/, 'google-analytics');

/** A category's service: a catalog id, or a service described in full. */
const serviceOrId: Check<string | Service> = (v, key) => (typeof v === 'string' ? serviceId(v, key) : service(v, key));

const categoryFields = {
  /** The category's name in the banner and the preferences. */
  label: text,
  /** What it covers, under its name in the preferences. */
  description: text,
  /**
   * The services it covers, each a catalog id (`'hotjar'`, placed in this category) or a
   * service described in full; they replace the built-in category's list.
   */
  services: arrayOf(serviceOrId),
  /** Counts as sale or sharing under US state law: Global Privacy Control opts it out. */
  saleOrShare: bool,
};

/** A category entry in the config; it merges over the built-in one of the same id. */
export interface CategoryConfig extends ShapeOf<typeof categoryFields> {}

const category: Check<CategoryConfig> = shape(categoryFields);

const contactFields = {
  /** An address for privacy requests. */
  email: pattern(/^[^\s@]+@[^\s@]+$/, 'privacy@example.com'),
  /** A phone number for privacy requests. */
  phone: text,
  /** A postal address for privacy requests. */
  address: text,
  /** A page with a form for privacy requests. */
  url,
};

/** The site's contact for privacy requests, shown in the preferences. */
export interface PrivacyContact extends ShapeOf<typeof contactFields> {}

const contact: Check<PrivacyContact> = shape(contactFields);

/** A policy revision: a number or a non-empty string. */
const revision = check<string | number>(
  (v) => Number.isFinite(v) || (typeof v === 'string' && v.trim() !== ''),
  'be a number or a non-empty string such as 2',
);

/** A calendar date, `YYYY-MM-DD`, that exists. */
const date = check<string>(
  (v) =>
    typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(Date.parse(v) || 0).toISOString().startsWith(v),
  "be a date such as '2027-03-01'",
);

const policyChangeFields = {
  /** The revision that comes into force. */
  revision,
  /** The day it does, `YYYY-MM-DD`: from 00:00 UTC that day it is the revision in force. */
  effective: date,
  /** A page that says what changes; the notice links to it (else to `policyUrl`). */
  summaryUrl: url,
};

/** A coming revision of the policy, announced to visitors whose choice stands (SPEC §5). */
export interface PolicyChange extends ShapeOf<typeof policyChangeFields, 'revision' | 'effective'> {}

const policyChange: Check<PolicyChange> = shape(policyChangeFields, ['revision', 'effective']);

/** Every key a config may hold, how it is checked, and what it does. */
export const schema = {
  /** The privacy policy, linked from the banner and the preferences. */
  policyUrl: url,
  /** The cookie policy, linked from the banner and the preferences. */
  cookiePolicyUrl: url,
  /** Bump it to ask everyone again: a stored choice from another revision counts as none. Default 1. */
  revision,
  /**
   * Announces the next revision: `{ revision, effective: 'YYYY-MM-DD', summaryUrl }`. From
   * `noticeDays` before `effective`, visitors whose choice stands see a notice; from
   * `effective` on, it is the revision in force, so the banner asks everyone again.
   */
  policyChange,
  /** Days before `policyChange.effective` that its notice shows: default 30 (the notice most policies promise), at most 365. */
  noticeDays: check<number>(
    (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 365,
    'be a whole number from 0 to 365',
  ),
  /** The interface language (`'es'`); default: `<html lang>`, then the browser's languages. */
  lang: pattern(/^[a-z]{2,3}(-[a-z\d]{2,8})*$/i, 'en-US'),
  /** The legal model: `opt-in` (default), `opt-out` (US state laws), or `auto` by `region`. */
  mode: oneOf(modes),
  /** ISO 3166 code of the visitor's region (`US-CO`, `FR`), used by `mode: 'auto'`. */
  region: pattern(/^[a-z]{2}(-[a-z\d]{1,3})?$/i, 'US-CO'),
  /** A GA4 measurement id: Consentry loads gtag.js itself once `analytics` is granted. */
  gaId: pattern(/^G-[A-Z\d]{4,}$/, 'G-XXXXXXXXXX'),
  /** Google Consent Mode's `ads_data_redaction`: while advertising is denied, ad clicks carry no identifiers. Default false. */
  adsDataRedaction: bool,
  /** Google Consent Mode's `url_passthrough`: while analytics or advertising is denied, click ids travel in links instead of cookies. Default false. */
  urlPassthrough: bool,
  /** Receives every receipt as JSON (a same-origin `fetch` with `keepalive`; `sendBeacon` as the fallback): the records server's `/consent/receipts`. */
  logEndpoint: url,
  /**
   * Receives the privacy requests of the form the preferences offer (SPEC §9): the records
   * server's `/consent/requests`. Default: `requests` beside `logEndpoint`; none without it.
   */
  requestEndpoint: url,
  /** The domain of the choice's cookie (`example.com`), to share it across subdomains; default: the current host. */
  cookieDomain: pattern(/^\.?[a-z\d-]+(\.[a-z\d-]+)*$/i, 'example.com'),
  /** Days a choice stays valid: default 180, at most 395 (13 months, the longest a choice may stand: docs/compliance.md). */
  expiresDays: check<number>(
    (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 395,
    'be a whole number from 1 to 395',
  ),
  /** Reload the page after a category is withdrawn, so that its tags stop. Default true. */
  reloadOnRevoke: bool,
  /** Honor Global Privacy Control: it opts the visitor out of `advertising` and `saleOrShare` categories. Default true. */
  honorGPC: bool,
  /** The safety net (SPEC §3): hold the scripts and iframes of catalog services that nobody marked with `data-consent`, until their category is granted. Default true. */
  autoHold: bool,
  /** Answer the IAB Global Privacy Platform's `__gpp` API (US National section) for ad tags that read it. Default false. */
  gpp: bool,
  /** Paths (prefixes, or patterns with `*`) where advertising never loads: `['/booking']`. */
  sensitivePaths: arrayOf(pattern(/^\//, '/booking')),
  /** The kinds of sensitive data the site processes (`['health']`), as the IAB's US National section names them. */
  sensitiveData: arrayOf(oneOf(sensitiveDataKinds)),
  /** Adds a "Limit the Use of My Sensitive Personal Information" link to this page. */
  limitUseUrl: url,
  /** The site's contact for privacy requests, shown in the preferences. */
  contact,
  /** The reopen button: `true` (default, bottom left), `false`, `'bottom-left'` or `'bottom-right'`. */
  floatingButton: oneOf([true, false, 'bottom-left', 'bottom-right']),
  /** Light or dark widget; `auto` (default) follows the visitor's `prefers-color-scheme`. */
  theme: oneOf(['auto', 'light', 'dark']),
  /**
   * Services by their catalog id (catalog/README.md): `['google-analytics', 'meta-pixel']`. Each joins its
   * catalog category with its provider, purpose, policy link and cookies; the list replaces the built-in declarations.
   */
  services: arrayOf(serviceId),
  /** Relabel, describe and declare the services of categories, by id, or add categories: `{ chat: { label: 'Live chat' } }`. */
  categories: record(pattern(/^[a-z][a-z\d_-]*$/, 'live-chat'), category),
  /** Overrides of any interface string, per language: `{ es: { acceptAll: 'Aceptar' } }`. */
  translations: record(pattern(/^[a-z]{2,3}(-[A-Za-z\d]+)*$/, 'es'), record(pattern(/^\w+$/, 'acceptAll'), text)),
} satisfies Record<string, Check>;

/** The config a check passes: every key of the schema, each optional. */
type ConfigOf<S> = { [K in keyof S]?: Checked<S[K]> };

/**
 * What a webmaster may configure, through `window.consentryConfig`, data attributes
 * of the script tag, or `createConsentry(config)`.
 * @example createConsentry({ policyUrl: '/privacy', revision: 2 })
 */
export interface ConsentryConfig extends ConfigOf<typeof schema> {}

/** The legal model the banner follows, as configured. */
export type Mode = (typeof modes)[number];

/** The legal model in force for this visitor: `auto` resolved by region (consent/region.ts). */
export type ResolvedMode = Exclude<Mode, 'auto'>;

/** A kind of sensitive data a site may process (`sensitiveData`). */
export type SensitiveDataKind = (typeof sensitiveDataKinds)[number];
