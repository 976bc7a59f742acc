/**
 * Type-level tests, checked by `npm run typecheck`: a misspelt or mistyped config key is a
 * compile error for `createConsentry` users. Each `@ts-expect-error` fails the type check
 * if the line below it stops being an error.
 */
import { type ConsentryConfig, createConsentry, type Method, type ResolvedConfig } from '../../src/module';

export function typeChecks() {
  createConsentry({ policyUrl: '/privacy', revision: 2, mode: 'opt-out', categories: { chat: { label: 'Chat' } } });

  // @ts-expect-error: misspelt key
  createConsentry({ policyURL: '/privacy' });
  // @ts-expect-error: a mode that does not exist
  createConsentry({ mode: 'optin' });
  // @ts-expect-error: expiresDays is a number
  createConsentry({ expiresDays: '180' });
  // @ts-expect-error: a category entry's misspelt key
  createConsentry({ categories: { analytics: { lable: 'Stats' } } });
  // @ts-expect-error: a service needs its name
  createConsentry({ categories: { analytics: { services: [{ provider: 'Google LLC' }] } } });
  // @ts-expect-error: a kind of sensitive data the IAB does not name
  createConsentry({ sensitiveData: ['heath'] });
  // @ts-expect-error: gpp is true or false
  createConsentry({ gpp: 'yes' });
  createConsentry({ gpp: true, sensitiveData: ['health'], adsDataRedaction: true, urlPassthrough: false });

  const config: ConsentryConfig = { theme: 'dark' };
  const consent = createConsentry(config);
  const analytics: boolean = consent.has('analytics');
  // @ts-expect-error: events are 'change' and 'ready'
  consent.on('changed', () => {});
  return analytics;
}

/** The resolved config has every defaulted key, in its resolved type. */
export function resolvedChecks(config: ResolvedConfig): [string, number, boolean, string[]] {
  // @ts-expect-error: a resolved floating button is a place or false, never true
  const button: true = config.floatingButton;
  const method: Method = 'banner';
  // @ts-expect-error: methods are banner, preferences, api and signal
  const unknown: Method = 'console';
  return [config.revision, config.expiresDays, config.gpp, [...config.sensitivePaths, `${button}${method}${unknown}`]];
}
