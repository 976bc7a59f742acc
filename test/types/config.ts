/**
 * Type-level tests, checked by `npm run typecheck`: a misspelt or mistyped config key is a
 * compile error for `createConsentry` users. Each `@ts-expect-error` fails the type check
 * if the line below it stops being an error.
 */
import { type ConsentryConfig, createConsentry } from '../../src/module';

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

  const config: ConsentryConfig = { theme: 'dark' };
  const consent = createConsentry(config);
  const analytics: boolean = consent.has('analytics');
  // @ts-expect-error: events are 'change' and 'ready'
  consent.on('changed', () => {});
  return analytics;
}
