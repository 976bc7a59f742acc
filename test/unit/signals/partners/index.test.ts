import { afterEach, describe, expect, it } from 'vitest';
import { partnersIn, sendPartnerChoices, sendPartnerDefaults } from '../../../../src/signals/partners';
import { cleanPage, makeChoices } from '../../support/page';
import { forgetPartners } from './snippets';

const globals = ['uetq', 'clarity', 'ttq', 'fbq'];
const present = () => globals.filter((name) => name in window);

afterEach(async () => {
  forgetPartners();
  await cleanPage();
});

describe('sendPartnerDefaults', () => {
  it('touches only the partners named: other services send nothing', () => {
    sendPartnerDefaults(window, ['google-analytics', 'hotjar', 'linkedin-insight', 'microsoft-clarity']);
    expect(present()).toEqual(['clarity']);
  });

  it('ignores ids that are not strings and a services value that is not an array (the engine reports them)', () => {
    sendPartnerDefaults(window, [['meta-pixel'], 42, null, { toString: () => 'tiktok-pixel' }]);
    sendPartnerDefaults(window, 'microsoft-ads');
    sendPartnerDefaults(window, undefined);
    expect(present()).toEqual([]);
  });

  it('queues each default once when a partner is named twice', () => {
    sendPartnerDefaults(window, ['tiktok-pixel', 'tiktok-pixel']);
    expect([...((window as Window & { ttq?: unknown[] }).ttq ?? [])]).toEqual([['holdConsent']]);
  });
});

describe('sendPartnerChoices', () => {
  it('returns the value each named partner holds, as each vendor spells it', () => {
    const sent = sendPartnerChoices(
      window,
      ['google-analytics', 'microsoft-ads', 'microsoft-clarity', 'tiktok-pixel', 'meta-pixel'],
      makeChoices({ analytics: true }),
    );
    expect(sent).toEqual({
      'microsoft-ads': { ad_storage: 'denied' },
      'microsoft-clarity': { ad_Storage: 'denied', analytics_Storage: 'granted' },
      'tiktok-pixel': 'revoke',
      'meta-pixel': 'revoke',
    });
  });

  it('sends nothing to partners not named', () => {
    sendPartnerChoices(window, ['google-analytics'], makeChoices({ advertising: true, analytics: true }));
    expect(present()).toEqual([]);
  });

  it('sends nothing again to a partner whose value a change leaves as it was', () => {
    const sent = sendPartnerChoices(
      window,
      ['microsoft-ads', 'tiktok-pixel'],
      makeChoices({ analytics: true }),
      makeChoices(),
    );
    expect(present()).toEqual([]);
    expect(sent).toEqual({ 'microsoft-ads': { ad_storage: 'denied' }, 'tiktok-pixel': 'revoke' });
  });
});

describe('partnersIn', () => {
  it('keeps the partners with a consent API, each once, in the order named', () => {
    expect(partnersIn(['meta-pixel', 'hotjar', 'microsoft-ads', 'meta-pixel'])).toEqual([
      'meta-pixel',
      'microsoft-ads',
    ]);
  });
});
