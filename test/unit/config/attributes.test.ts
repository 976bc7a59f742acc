import { afterEach, describe, expect, it } from 'vitest';
import { readAttributes } from '../../../src/config/attributes';
import { cleanPage } from '../support/page';

const scriptTag = (attributes: Record<string, string>) => {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
};

describe('readAttributes', () => {
  afterEach(cleanPage);

  it('reads every documented data attribute into its config key', () => {
    const script = scriptTag({
      'data-policy-url': '/privacy',
      'data-cookie-policy-url': '/cookies',
      'data-revision': '4',
      'data-lang': 'es',
      'data-mode': 'auto',
      'data-ga-id': 'G-ABC123',
      'data-log-endpoint': '/consent-log',
      'data-cookie-domain': 'example.com',
      'data-region': 'US-CO',
    });
    expect(readAttributes(script)).toEqual({
      policyUrl: '/privacy',
      cookiePolicyUrl: '/cookies',
      revision: '4',
      lang: 'es',
      mode: 'auto',
      gaId: 'G-ABC123',
      logEndpoint: '/consent-log',
      cookieDomain: 'example.com',
      region: 'US-CO',
    });
  });

  it('ignores attributes that are not config keys', () => {
    expect(readAttributes(scriptTag({ src: '/consentry.js', 'data-colour': 'red' }))).toEqual({});
  });

  it('gives nothing without a script tag', () => {
    expect(readAttributes(null)).toEqual({});
  });
});
