import type { CategoryId } from './categories.js';

export type { CategoryId };

/** A time unit a cookie's lifetime is counted in; each is a unit `Intl.NumberFormat` knows. */
export type DurationUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * How long a cookie lives, as data every language can render: `'session'` (until the
 * browser closes), or a number of units, `{ value: 13, unit: 'month' }`.
 */
export type Duration = 'session' | { value: number; unit: DurationUnit };

/**
 * A cookie a service sets: a name, or a pattern where `*` stands for any characters and `#`
 * for one or more digits (`visitor_id#` is `visitor_id123`, never the site's own `visitor_id`).
 */
export interface CatalogCookie {
  name: string;
  /** How long it lives, as the vendor documents it. */
  duration: Duration;
  purpose: string;
  /** Set on this registrable domain (a third-party cookie), not on the site's own. */
  domain?: string;
}

/**
 * One entry of the catalog: what a service is, who runs it, and how to recognise it in a
 * page's traffic. The project's own data, written from the vendors' documentation.
 */
export interface CatalogService {
  /** Stable id, kebab-case: `google-analytics`. */
  id: string;
  name: string;
  provider: string;
  category: CategoryId;
  purpose: string;
  /** The provider's privacy policy; absent for code the site runs itself (a CMS, a framework). */
  policyUrl?: string;
  cookies: readonly CatalogCookie[];
  /** Any request to one of these hosts or their subdomains belongs to the service. */
  hosts: readonly string[];
  /**
   * URL patterns, more specific than a host: `host/path` with `*` for any characters (the
   * query string included), or `/path` on any host (a tag proxied through the site's own
   * domain).
   */
  scripts: readonly string[];
  /** localStorage and sessionStorage keys, as patterns like cookie names. */
  storage?: readonly string[];
  /** What a webmaster should know beyond the category. */
  note?: string;
}
