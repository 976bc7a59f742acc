/*
 * Consentry configuration for the Monumental Med Spa demo site (SPEC §1): loaded right
 * before dist/consentry.js, in <head>, as a same-origin file so the site needs no inline
 * script and works under a strict Content Security Policy.
 */
// The demo announces its next policy revision three weeks ahead, whatever the day, so that
// a returning visitor always sees the notice (SPEC §5). A real site writes the date once:
// `effective: '2027-02-01'`; from that day the new revision is in force, with no redeploy.
const threeWeeksAhead = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);

window.consentryConfig = {
  policyUrl: '/privacy',
  policyChange: { revision: '2', effective: threeWeeksAhead, summaryUrl: '/privacy#upcoming' },
  cookiePolicyUrl: '/cookies',
  logEndpoint: '/consent/receipts',
  // Services by catalog id (SPEC §2). Microsoft Clarity's snippet is pasted in layout.html
  // unmarked: the safety net holds its tag until analytics is granted, and Clarity hears
  // the choice through its own consent API (clarity('consentv2', …), SPEC §5).
  services: ['microsoft-clarity'],
  // Booking asks which treatment a visitor wants: ad tags never run there (SPEC §5).
  sensitivePaths: ['/booking'],
  // The "Limit the Use" link opens the privacy request form (SPEC §9), sent to the records
  // server's /consent/requests beside logEndpoint; the request shows on the dashboard.
  limitUseUrl: '#consentry-request=limit-use',
  contact: {
    email: 'monumentalmicroderm@msn.com',
    // Demo placeholders, not the spa's real phone number or mailing address.
    phone: '(719) 555-0142',
    address: 'Monumental Med Spa, Attn: Privacy, PO Box 555, Monument, CO 80132',
  },
  categories: {
    analytics: {
      services: [
        {
          name: 'Google Analytics',
          provider: 'Google LLC',
          purpose: 'Visit statistics',
          policyUrl: 'https://policies.google.com/privacy',
          cookies: [
            { name: '_ga', duration: '13 months', purpose: 'Tells visitors apart' },
            { name: '_ga_*', duration: '13 months', purpose: 'Keeps session state' },
          ],
        },
      ],
    },
    advertising: {
      saleOrShare: true,
      services: [
        {
          name: 'Google Ads',
          provider: 'Google LLC',
          purpose: 'Ad conversion measurement',
          policyUrl: 'https://policies.google.com/privacy',
          cookies: [{ name: '_gcl_*', duration: '90 days', purpose: 'Links ad clicks to visits' }],
        },
        {
          name: 'Meta Pixel',
          provider: 'Meta Platforms, Inc.',
          purpose: 'Ad targeting and measurement',
          policyUrl: 'https://www.facebook.com/privacy/policy/',
          cookies: [
            { name: '_fbp', duration: '90 days', purpose: 'Tells browsers apart for ads' },
            { name: '_fbc', duration: '90 days', purpose: 'Stores the last ad click' },
          ],
        },
      ],
    },
    social: {
      services: [
        {
          name: 'Embedded treatment videos',
          provider: 'Vimeo.com, Inc. (a local stand-in in this demo)',
          purpose: 'Plays videos on the treatments page',
        },
      ],
    },
  },
};
