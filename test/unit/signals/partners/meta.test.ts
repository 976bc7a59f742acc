import { describe, expect, it, vi } from 'vitest';
import { limitMetaDataUse } from '../../../../src/signals/meta';
import { sendPartnerChoices, sendPartnerDefaults } from '../../../../src/signals/partners';
import { makeChoices } from '../../support/page';
import { loaderRan, metaSnippet, runScript, usePartnerPage } from './snippets';

type Fbq = ((...args: unknown[]) => void) & { queue?: IArguments[]; callMethod?: unknown };
const page = () => window as Window & { fbq?: Fbq };

/** The pixel's queue as fbevents.js will read it: each call's method and first argument. */
const queued = () => (page().fbq?.queue ?? []).map((args) => [args[0], args[1]]);

/** The getter now behind `window.fbq`, if it is an accessor. */
const accessor = () => Object.getOwnPropertyDescriptor(window, 'fbq')?.get;

usePartnerPage();

describe('Meta pixel consent', () => {
  it('queues fbq(’consent’, ’revoke’) ahead of the pixel’s init, and the base code still loads fbevents.js', () => {
    sendPartnerDefaults(window, ['meta-pixel']);
    runScript(metaSnippet);
    expect(loaderRan('https://connect.facebook.net/en_US/fbevents.js')).toBe(true);
    expect(queued()).toEqual([
      ['consent', 'revoke'],
      ['init', '000000000000000'],
      ['track', 'PageView'],
    ]);
  });

  it('queues the revoke default and Limited Data Use before init, in order, through one accessor', () => {
    sendPartnerDefaults(window, ['meta-pixel']);
    const first = accessor();
    limitMetaDataUse(window);
    expect(accessor()).toBe(first);
    runScript(metaSnippet);
    expect(queued()).toEqual([
      ['consent', 'revoke'],
      ['dataProcessingOptions', ['LDU']],
      ['init', '000000000000000'],
      ['track', 'PageView'],
    ]);
  });

  it('shares the accessor with another copy of the module (the engine’s file), keeping the order', async () => {
    sendPartnerDefaults(window, ['meta-pixel']);
    const first = accessor();
    vi.resetModules();
    const engineCopy = await import('../../../../src/signals/meta');
    engineCopy.limitMetaDataUse(window);
    expect(accessor()).toBe(first);
    runScript(metaSnippet);
    expect(queued().slice(0, 3)).toEqual([
      ['consent', 'revoke'],
      ['dataProcessingOptions', ['LDU']],
      ['init', '000000000000000'],
    ]);
  });

  it('queues a stored grant behind the default when the pixel runs later', () => {
    sendPartnerDefaults(window, ['meta-pixel']);
    const sent = sendPartnerChoices(window, ['meta-pixel'], makeChoices({ advertising: true }));
    runScript(metaSnippet);
    expect(queued().slice(0, 3)).toEqual([
      ['consent', 'revoke'],
      ['consent', 'grant'],
      ['init', '000000000000000'],
    ]);
    expect(sent).toEqual({ 'meta-pixel': 'grant' });
  });

  it('tells a pixel already running at once, revoke on withdrawal included', () => {
    sendPartnerDefaults(window, ['meta-pixel']);
    runScript(metaSnippet);
    sendPartnerChoices(window, ['meta-pixel'], makeChoices({ advertising: true }));
    sendPartnerChoices(window, ['meta-pixel'], makeChoices(), makeChoices({ advertising: true }));
    expect(queued().slice(-2)).toEqual([
      ['consent', 'grant'],
      ['consent', 'revoke'],
    ]);
  });

  it('calls an fbq that already exists (the pixel loaded before Consentry), without replacing it', () => {
    const calls: unknown[][] = [];
    const loaded = ((...args: unknown[]) => void calls.push(args)) as Fbq;
    loaded.callMethod = () => {};
    page().fbq = loaded;
    sendPartnerDefaults(window, ['meta-pixel']);
    expect(page().fbq).toBe(loaded);
    expect(calls).toEqual([['consent', 'revoke']]);
  });
});
