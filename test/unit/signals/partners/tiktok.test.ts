import { describe, expect, it, vi } from 'vitest';
import { sendPartnerChoices, sendPartnerDefaults } from '../../../../src/signals/partners';
import { makeChoices } from '../../support/page';
import { loaderRan, runScript, tiktokSnippet, usePartnerPage } from './snippets';

type Ttq = unknown[] & Record<string, unknown>;
const page = () => window as Window & { ttq?: Ttq };

/** The calls in TikTok's queue, as events.js will replay them. */
const queued = () => [...(page().ttq ?? [])];

usePartnerPage();

describe('TikTok pixel consent', () => {
  it('holds consent ahead of the site’s ttq.page(), and TikTok’s base code still loads events.js', () => {
    sendPartnerDefaults(window, ['tiktok-pixel']);
    runScript(tiktokSnippet);
    expect(loaderRan('https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C0000000000000000000&lib=ttq')).toBe(
      true,
    );
    expect(queued()).toEqual([['holdConsent'], ['page']]);
  });

  it('grants consent through the base code’s own method once it has defined it', () => {
    sendPartnerDefaults(window, ['tiktok-pixel']);
    runScript(tiktokSnippet);
    const sent = sendPartnerChoices(window, ['tiktok-pixel'], makeChoices({ advertising: true }));
    expect(queued()).toEqual([['holdConsent'], ['page'], ['grantConsent']]);
    expect(sent).toEqual({ 'tiktok-pixel': 'grant' });
  });

  it('calls the live method events.js put in place of the queueing one', () => {
    runScript(tiktokSnippet);
    const revokeConsent = vi.fn();
    (page().ttq as Ttq).revokeConsent = revokeConsent;
    sendPartnerChoices(window, ['tiktok-pixel'], makeChoices());
    expect(revokeConsent).toHaveBeenCalledOnce();
    expect(queued()).toEqual([['page']]);
  });

  it('queues the choice in TikTok’s shape when the base code has not run yet', () => {
    sendPartnerDefaults(window, ['tiktok-pixel']);
    sendPartnerChoices(window, ['tiktok-pixel'], makeChoices());
    runScript(tiktokSnippet);
    expect(queued()).toEqual([['holdConsent'], ['revokeConsent'], ['page']]);
  });

  it('uses a ttq that already exists (the pixel loaded before Consentry), without replacing it', () => {
    const holdConsent = vi.fn();
    const loaded = Object.assign([], { holdConsent }) as unknown as Ttq;
    page().ttq = loaded;
    sendPartnerDefaults(window, ['tiktok-pixel']);
    expect(page().ttq).toBe(loaded);
    expect(holdConsent).toHaveBeenCalledOnce();
  });
});
