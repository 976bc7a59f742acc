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
  // The first layer's text is composed from the config (src/ui/informed.ts): what informed
  // consent needs, in short sentences (GDPR Art. 13 and 7(3); EDPB Guidelines 05/2020 and the
  // cookie banner taskforce's report of January 2023; CNIL délibération 2020-092; Colorado
  // 4 CCR 904-3, Rule 7.03). {parties} is a list ("Google and Meta", "Google, Meta, Microsoft
  // and 4 more"), {purposes} a list of the purposeX phrases, both joined by Intl.ListFormat.
  consentWith: 'With your consent, we and our partners {parties} use cookies for {purposes}.',
  consentOwn: 'With your consent, we use cookies for {purposes}.',
  // The same in opt-out mode (US state laws), where the cookies are on until the visitor opts out.
  usesWith: 'We and our partners {parties} use cookies for {purposes}.',
  usesOwn: 'We use cookies for {purposes}.',
  // The purposes as noun phrases, written to stand mid-sentence after consentWith's "for".
  purposePreferences: 'remembering your settings',
  purposeAnalytics: 'visit statistics',
  purposeAdvertising: 'personalized ads',
  purposeSocial: 'social media content',
  // The rest of a long list of partners; {count} is 2 or more, and no word agrees with it.
  moreParties: '{count} more',
  // {cookies}: the longest declared cookie's life ("2 years"); {choice}: "180 days".
  durations: 'These cookies last up to {cookies}; your choice is kept for {choice}.',
  choiceKept: 'Your choice is kept for {choice}.',
  // {button}: the reopen button's label, which the visitor sees once they have chosen.
  withdrawButton: 'You can withdraw your consent at any time with the “{button}” button.',
  withdrawSettings: 'You can withdraw your consent at any time in the cookie settings.',
  optOutButton: 'You can opt out at any time with the “{button}” button.',
  optOutSettings: 'You can opt out at any time in the cookie settings.',
  // For browsers whose Intl does not know the language (Chromium lacks cy, eu, ga, gd, gl,
  // is, mt and rm): the word that joins the last item of a list, and each unit's word as it
  // reads after a number of 2 or more, in the form that suits most numbers.
  and: 'and',
  days: 'days',
  months: 'months',
  years: 'years',
  // The notice of a policy change (SPEC §5), for visitors whose choice stands; {date} is
  // the date the new policy takes effect, in the visitor's language.
  noticeLabel: 'Privacy policy update',
  noticeText: 'Our privacy policy changes on {date}. We will then ask for your choice again.',
  noticeLink: 'What changes',
  noticeDismiss: 'Dismiss',
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
  reopen: 'Cookie settings',
};

/**
 * English interface strings; the keys are the ones a config's `translations` may override.
 * `reopen` labels the floating reopen button, which the engine draws itself: each engine file carries
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
  // The privacy request form (SPEC §9), opened from the preferences or a link to
  // #consentry-request. The rights it names are those of the GDPR (Art. 15–21) and of US
  // state laws (CCPA §1798.100–.121, Colorado C.R.S. 6-1-1306).
  requestOpen: 'Make a privacy request',
  requestTitle: 'Privacy request',
  requestText: 'Ask us to show, correct or delete the personal data we hold about you, or to limit how we use it.',
  requestKind: 'What would you like us to do?',
  kindAccess: 'Show me my data',
  kindCorrect: 'Correct my data',
  kindDelete: 'Delete my data',
  kindOptOut: 'Do not sell or share my data',
  kindLimitUse: 'Limit the use of my sensitive data',
  kindOther: 'Something else',
  requestEmail: 'Your email address',
  // Said under the e-mail field: the form proves no identity, the site checks it before it acts.
  requestEmailHint: 'We answer to this address, and may ask you to confirm who you are first.',
  requestMessage: 'Message (optional)',
  // {id}: the visitor's consent ID, sent with the request.
  requestConsentId: 'Your consent ID {id} is sent with the request, so we can find your cookie choices.',
  requestSend: 'Send request',
  requestDone: 'Request received',
  // {id}: the request's reference; {date}: the day the answer is due, in the visitor's language.
  requestDoneText: 'Your reference is {id}. We will answer by {date}.',
  requestEmailError: 'Enter an email address such as name@example.com.',
  requestInvalid: 'The request was not accepted. Check your entries and send it again.',
  requestLimit: 'Too many requests came from your network in the past hour. Please try again later.',
  requestFailed: 'The request could not be sent. Please try again later.',
};

/**
 * The first layer's keys that only the banner's text and the notice use: the preferences'
 * files leave them out (vite.config.ts).
 */
export const bannerOnlyKeys: readonly (keyof typeof enFirstLayer)[] = [
  'consentWith',
  'consentOwn',
  'usesWith',
  'usesOwn',
  'purposePreferences',
  'purposeAnalytics',
  'purposeAdvertising',
  'purposeSocial',
  'moreParties',
  'durations',
  'choiceKept',
  'withdrawButton',
  'withdrawSettings',
  'optOutButton',
  'optOutSettings',
  'noticeLabel',
  'noticeText',
  'noticeLink',
  'noticeDismiss',
];

export type Strings = typeof en;
export type FirstLayerStrings = typeof enFirstLayer;
export type StringKey = keyof Strings;
