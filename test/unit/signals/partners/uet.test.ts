import { describe, expect, it } from 'vitest';
import { sendPartnerChoices, sendPartnerDefaults } from '../../../../src/signals/partners';
import { makeChoices } from '../../support/page';
import { loaderRan, runScript, uetSnippet, usePartnerPage } from './snippets';

type UetWindow = Window & { uetq?: unknown; UET?: unknown };
const page = () => window as UetWindow;

/** A stand-in for bat.js: UET's constructor, recording what its queue held when it ran and every push after. */
function standInBat() {
  const ran = { queue: [] as unknown[], calls: [] as unknown[][] };
  page().UET = function (this: { push: (...args: unknown[]) => void }, options: { q: unknown[] }) {
    ran.queue = [...options.q];
    this.push = (...args) => void ran.calls.push(args);
  };
  return ran;
}

usePartnerPage();

describe('Microsoft UET consent mode', () => {
  it('queues the denied default in uetq ahead of the tag’s pageLoad, and UET’s loader still runs', () => {
    const bat = standInBat();
    sendPartnerDefaults(window, ['microsoft-ads']);
    runScript(uetSnippet);
    expect(loaderRan('//bat.bing.com/bat.js')).toBe(true);
    expect(bat.queue).toEqual(['consent', 'default', { ad_storage: 'denied' }]);
    expect(bat.calls).toEqual([['pageLoad']]);
  });

  it('sends the update to the running tag once the visitor decides', () => {
    const bat = standInBat();
    sendPartnerDefaults(window, ['microsoft-ads']);
    runScript(uetSnippet);
    const sent = sendPartnerChoices(window, ['microsoft-ads'], makeChoices({ advertising: true }));
    expect(bat.calls).toEqual([['pageLoad'], ['consent', 'update', { ad_storage: 'granted' }]]);
    expect(sent).toEqual({ 'microsoft-ads': { ad_storage: 'granted' } });
  });

  it('queues the update behind the default when the tag has not run yet', () => {
    sendPartnerDefaults(window, ['microsoft-ads']);
    sendPartnerChoices(window, ['microsoft-ads'], makeChoices({ analytics: true }));
    expect(page().uetq).toEqual([
      'consent',
      'default',
      { ad_storage: 'denied' },
      'consent',
      'update',
      { ad_storage: 'denied' },
    ]);
  });

  it('uses a uetq that already exists (UET loaded before Consentry), without replacing it', () => {
    const calls: unknown[][] = [];
    const uetq = { push: (...args: unknown[]) => void calls.push(args) };
    page().uetq = uetq;
    sendPartnerDefaults(window, ['microsoft-ads']);
    expect(page().uetq).toBe(uetq);
    expect(calls).toEqual([['consent', 'default', { ad_storage: 'denied' }]]);
  });
});
