/**
 * English: the reference every other language in this folder follows, key for key (see
 * ../registry.ts for how a language is added).
 *
 * The first layer's strings (the banner and embed placeholders): all that its file carries.
 */
export const enFirstLayer = {
  bannerTitle: 'Your privacy choices',
  // The banner's accessible name (its landmark): names what it is about in words an
  // assistive technology user, or an auditing tool, looks for.
  bannerLabel: 'Cookie consent',
  // Names the purposes, the third parties and how to withdraw (GDPR Art. 7(3), EDPB 05/2020).
  bannerText:
    'We use cookies that the site needs to work. With your consent, we and our analytics and advertising partners also use cookies to remember your preferences, measure visits, show personalized ads and embed social media. You can withdraw your consent at any time in the cookie settings.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  privacyPolicy: 'Privacy policy',
  cookiePolicy: 'Cookie policy',
  limitUse: 'Limit the Use of My Sensitive Personal Information',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  gpcNotice:
    'Your browser sends a Global Privacy Control signal. We honor it as your choice to opt out of the sale and sharing of your personal information, so advertising stays off unless you turn it on yourself.',
  embedTitle: 'Content from another site',
  embedText: '{title} is held until you allow {category}, because the site it comes from may set cookies.',
  embedUntitled: 'This content',
  allowEmbed: 'Allow {category} and load',
  necessaryLabel: 'Necessary',
  preferencesLabel: 'Preferences',
  analyticsLabel: 'Analytics',
  advertisingLabel: 'Advertising',
  socialLabel: 'Social media',
};

/**
 * English interface strings; the keys are the ones a config's `translations` may override.
 * `reopen` labels the floating reopen button, which the gate draws itself: the gate carries
 * every built-in language's `reopen` and no other string.
 */
export const en = {
  ...enFirstLayer,
  save: 'Save choices',
  close: 'Close',
  preferencesTitle: 'Cookie preferences',
  preferencesText:
    'Choose which cookies we may use. Necessary cookies are always on because the site cannot work without them.',
  alwaysOn: 'Always on',
  services: 'Services',
  cookie: 'Cookie',
  provider: 'Provider',
  purpose: 'Purpose',
  duration: 'Duration',
  // A cookie's duration when it lasts until the browser closes (the preferences' tables).
  session: 'Session',
  reopen: 'Cookie settings',
  necessaryDescription: 'Keeps the site secure and working, and remembers your cookie choice.',
  preferencesDescription: 'Remembers choices such as your language.',
  analyticsDescription: 'Counts visits and shows us how the site is used, so we can improve it.',
  advertisingDescription:
    'Lets advertising partners set cookies to show you ads based on your visits. This counts as selling or sharing personal information under US state law.',
  socialDescription: 'Shows social media posts, videos and share buttons, which may set their own cookies.',
  contactTitle: 'Privacy requests',
  contactText: 'To ask about your data, or to limit how we use it, contact us:',
  email: 'Email',
  phone: 'Phone',
  address: 'Address',
  contactPage: 'Contact page',
  declarationEmpty: 'No services are declared for this category.',
  noCookies: 'Sets no cookies of its own.',
  serviceProvider: 'Provided by {provider}.',
  servicePolicy: 'Privacy policy of {name}',
  switchOn: 'On',
  switchOff: 'Off',
};

export type Strings = typeof en;
export type FirstLayerStrings = typeof enFirstLayer;
export type StringKey = keyof Strings;
