/** English interface strings; the keys are the ones a config's `translations` may override. */
export const en = {
  bannerTitle: 'Your privacy choices',
  bannerText:
    'We use cookies that the site needs to work. With your permission we also use cookies for statistics, advertising and social media. You can change your mind at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  save: 'Save choices',
  close: 'Close',
  preferencesTitle: 'Cookie preferences',
  preferencesText:
    'Choose which cookies we may use. Necessary cookies are always on because the site cannot work without them.',
  privacyPolicy: 'Privacy policy',
  cookiePolicy: 'Cookie policy',
  alwaysOn: 'Always on',
  services: 'Services',
  cookie: 'Cookie',
  provider: 'Provider',
  purpose: 'Purpose',
  duration: 'Duration',
  reopen: 'Cookie settings',
  necessaryLabel: 'Necessary',
  necessaryDescription: 'Keeps the site secure and working, and remembers your cookie choice.',
  preferencesLabel: 'Preferences',
  preferencesDescription: 'Remembers choices such as your language.',
  analyticsLabel: 'Analytics',
  analyticsDescription: 'Counts visits and shows us how the site is used, so we can improve it.',
  advertisingLabel: 'Advertising',
  advertisingDescription:
    'Lets advertising partners set cookies to show you ads based on your visits. This counts as selling or sharing personal information under US state law.',
  socialLabel: 'Social media',
  socialDescription: 'Shows social media posts, videos and share buttons, which may set their own cookies.',
};

export type Strings = typeof en;
export type StringKey = keyof Strings;
