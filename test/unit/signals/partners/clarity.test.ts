import { describe, expect, it } from 'vitest';
import { sendPartnerChoices, sendPartnerDefaults } from '../../../../src/signals/partners';
import { makeChoices } from '../../support/page';
import { claritySnippet, loaderRan, runScript, usePartnerPage } from './snippets';

type Clarity = ((...args: unknown[]) => void) & { q?: IArguments[] };
const page = () => window as Window & { clarity?: Clarity };

/** Clarity's queue as its tag will read it, each call as a plain array. */
const queued = () => (page().clarity?.q ?? []).map((args) => Array.from(args));

usePartnerPage();

describe('Microsoft Clarity consent API v2', () => {
  it('queues the denied default ahead of the site’s first call, and Clarity’s snippet still loads its tag', () => {
    sendPartnerDefaults(window, ['microsoft-clarity']);
    runScript(`${claritySnippet}\nclarity("identify", "visitor-1");`);
    expect(loaderRan('https://www.clarity.ms/tag/abcdefghij')).toBe(true);
    expect(queued()).toEqual([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ['identify', 'visitor-1'],
    ]);
    // The same Arguments objects Clarity's own function queues.
    expect(Object.prototype.toString.call(page().clarity?.q?.[0])).toBe('[object Arguments]');
  });

  it('sends ad_Storage from advertising and analytics_Storage from analytics', () => {
    sendPartnerDefaults(window, ['microsoft-clarity']);
    runScript(claritySnippet);
    const sent = sendPartnerChoices(window, ['microsoft-clarity'], makeChoices({ analytics: true }));
    expect(queued().at(-1)).toEqual(['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]);
    expect(sent).toEqual({ 'microsoft-clarity': { ad_Storage: 'denied', analytics_Storage: 'granted' } });
  });

  it('erases Clarity’s cookies with clarity(’consent’, false) when a grant of analytics is withdrawn', () => {
    runScript(claritySnippet);
    sendPartnerChoices(
      window,
      ['microsoft-clarity'],
      makeChoices({ advertising: true }),
      makeChoices({ advertising: true, analytics: true }),
    );
    expect(queued()).toEqual([
      ['consentv2', { ad_Storage: 'granted', analytics_Storage: 'denied' }],
      ['consent', false],
    ]);
  });

  it('does not erase anything when analytics was not granted before', () => {
    runScript(claritySnippet);
    sendPartnerChoices(window, ['microsoft-clarity'], makeChoices(), makeChoices({ advertising: true }));
    expect(queued()).toEqual([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]]);
  });

  it('sends nothing again when the change leaves Clarity’s two values as they were', () => {
    runScript(claritySnippet);
    const sent = sendPartnerChoices(window, ['microsoft-clarity'], makeChoices({ preferences: true }), makeChoices());
    expect(queued()).toEqual([]);
    expect(sent).toEqual({ 'microsoft-clarity': { ad_Storage: 'denied', analytics_Storage: 'denied' } });
  });

  it('calls a clarity that already exists (Clarity loaded before Consentry), without replacing it', () => {
    const calls: unknown[][] = [];
    const loaded = (...args: unknown[]) => void calls.push(args);
    page().clarity = loaded;
    sendPartnerDefaults(window, ['microsoft-clarity']);
    expect(page().clarity).toBe(loaded);
    expect(calls).toEqual([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]]);
  });
});
