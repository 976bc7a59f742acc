import {
  catalog,
  durationText,
  matchCookie,
  matchCookieDomain,
  matchStorage,
  matchUrl,
  parseDuration,
  serviceById,
} from 'consentry-catalog';
import { describe, expect, it } from 'vitest';

describe('the service catalog', () => {
  it('has at least 60 services, each with a unique id and every field filled in', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(60);
    expect(new Set(catalog.map((s) => s.id)).size).toBe(catalog.length);
    for (const s of catalog) {
      expect(s.id).toMatch(/^[a-z\d]+(-[a-z\d]+)*$/);
      expect(['necessary', 'preferences', 'analytics', 'advertising', 'social']).toContain(s.category);
      expect(s.name && s.provider && s.purpose).toBeTruthy();
      if (s.policyUrl) expect(s.policyUrl).toMatch(/^https:\/\/[^\s]+$/);
      // Without a policy, the service is code the site runs itself.
      else expect(s.provider).toMatch(/the site/);
      expect(s.cookies.length + s.hosts.length + s.scripts.length).toBeGreaterThan(0);
      for (const c of s.cookies) expect(c.duration && c.purpose).toBeTruthy();
    }
  });

  it('covers the services the issue names', () => {
    const ids = [
      'google-analytics',
      'google-tag-manager',
      'google-ads',
      'google-floodlight',
      'meta-pixel',
      'tiktok-pixel',
      'linkedin-insight',
      'pinterest-tag',
      'snap-pixel',
      'microsoft-clarity',
      'microsoft-ads',
      'hotjar',
      'youtube',
      'vimeo',
      'google-maps',
      'google-recaptcha',
      'calendly',
      'acuity-scheduling',
      'mailchimp',
      'hubspot',
      'intercom',
      'tawk-to',
    ];
    for (const id of ids) expect(serviceById(id), id).toBeDefined();
  });
});

describe('cookie durations as data', () => {
  it('gives every cookie a session or a whole number of a unit Intl can format', () => {
    const units = ['minute', 'hour', 'day', 'week', 'month', 'year'];
    for (const s of catalog)
      for (const c of s.cookies) {
        if (c.duration === 'session') continue;
        const { value, unit } = c.duration;
        expect(Number.isInteger(value) && value > 0, `${s.id} ${c.name}`).toBe(true);
        expect(units, `${s.id} ${c.name}`).toContain(unit);
        // Each unit is one Intl.NumberFormat knows, so every language can say it.
        expect(() => new Intl.NumberFormat('en', { style: 'unit', unit })).not.toThrow();
      }
    const ga = serviceById('google-analytics')?.cookies;
    expect(ga?.find((c) => c.name === '_ga')?.duration).toEqual({ value: 2, unit: 'year' });
    expect(ga?.find((c) => c.name === '_gid')?.duration).toEqual({ value: 24, unit: 'hour' });
    expect(ga?.find((c) => c.name === '__utmc')?.duration).toBe('session');
  });

  it('reads only the words it can be sure of, and writes them back the same', () => {
    expect(parseDuration('session')).toBe('session');
    expect(parseDuration('1 week')).toEqual({ value: 1, unit: 'week' });
    expect(parseDuration('13 months')).toEqual({ value: 13, unit: 'month' });
    for (const slip of ['13 mo', '1 years', '2 year', '0 days', 'session or 14 days', ' 2 years', '2  years', ''])
      expect(() => parseDuration(slip), slip).toThrow(/cannot read the duration/);
    for (const text of ['session', '1 minute', '24 hours', '90 days', '2 weeks', '13 months', '1 year'])
      expect(durationText(parseDuration(text))).toBe(text);
  });
});

describe('matching cookies, URLs and storage keys', () => {
  it('matches a cookie by exact name before a pattern, and a pattern by its wildcard', () => {
    expect(matchCookie('_ga', '.example.com')?.service.id).toBe('google-analytics');
    expect(matchCookie('_ga_ABC123', 'example.com')?.cookie.name).toBe('_ga_*');
    expect(matchCookie('_gcl_au', 'example.com')?.service.id).toBe('google-ads');
    expect(matchCookie('_hjSessionUser_3456', 'example.com')?.service.id).toBe('hotjar');
    expect(matchCookie('wp-settings-time-1', 'example.com')?.cookie.name).toBe('wp-settings-time-*');
  });

  it('tells a cookie shared by two services apart by the domain it is set on', () => {
    expect(matchCookie('MUID', '.clarity.ms')?.service.id).toBe('microsoft-clarity');
    expect(matchCookie('MUID', '.bing.com')?.service.id).toBe('microsoft-ads');
    // A first-party MUID is neither's documented cookie.
    expect(matchCookie('MUID', 'example.com')).toBeUndefined();
  });

  it("never takes the site's own cookie for a vendor's numbered one", () => {
    expect(matchCookie('visitor_id', 'example.com')).toBeUndefined();
    expect(matchCookie('visitor_id812345', 'example.com')?.service.id).toBe('salesforce-pardot');
  });

  it('prefers a script path over a bare host, so one Google host serves several services', () => {
    expect(matchUrl('https://www.googletagmanager.com/gtag/js?id=G-ABC')?.id).toBe('google-analytics');
    expect(matchUrl('https://www.googletagmanager.com/gtag/js?id=AW-123')?.id).toBe('google-ads');
    expect(matchUrl('https://www.googletagmanager.com/gtag/js?id=DC-123')?.id).toBe('google-floodlight');
    expect(matchUrl('https://www.googletagmanager.com/gtm.js?id=GTM-XYZ')?.id).toBe('google-tag-manager');
    expect(matchUrl('https://www.google.com/recaptcha/api.js')?.id).toBe('google-recaptcha');
    expect(matchUrl('https://www.google.com/maps/embed?pb=1')?.id).toBe('google-maps');
    expect(matchUrl('https://googleads.g.doubleclick.net/pagead/viewthroughconversion/1')?.id).toBe('google-ads');
    expect(matchUrl('https://ad.doubleclick.net/activity')?.id).toBe('google-floodlight');
    expect(matchUrl('https://connect.facebook.net/en_US/sdk.js')?.id).toBe('facebook-social');
    expect(matchUrl('https://connect.facebook.net/en_US/fbevents.js')?.id).toBe('meta-pixel');
    expect(matchUrl('https://www.facebook.com/tr?id=1&ev=PageView')?.id).toBe('meta-pixel');
    expect(matchUrl('https://www.google.com/search?q=1')).toBeUndefined();
  });

  it('recognises a tag proxied through the site’s own domain by its path', () => {
    expect(matchUrl('https://metrics.example.com/gtag/js?id=G-ABC')?.id).toBe('google-analytics');
    expect(matchUrl('https://example.com/matomo.js')?.id).toBe('matomo');
    expect(matchUrl('https://example.com/app.js')).toBeUndefined();
  });

  it('matches hosts with their subdomains only', () => {
    expect(matchUrl('https://region1.google-analytics.com/g/collect')?.id).toBe('google-analytics');
    expect(matchUrl('https://static.hotjar.com/c/hotjar-1.js?sv=6')?.id).toBe('hotjar');
    expect(matchUrl('https://notyoutube.com/embed/x')).toBeUndefined();
    expect(matchCookieDomain('.youtube.com')?.id).toBe('youtube');
    expect(matchCookieDomain('.google.com')).toBeUndefined();
  });

  it('matches storage keys', () => {
    expect(matchStorage('_hjSession_123')?.id).toBe('hotjar');
    expect(matchStorage('ajs_anonymous_id')?.id).toBe('segment');
    expect(matchStorage('cart')).toBeUndefined();
  });
});
