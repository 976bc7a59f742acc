import type { Strings } from './en.js';

/**
 * Slovak (slovenčina), "vy". Terms as the Slovak data protection office uses them:
 * súbory cookie, súhlas, odvolať súhlas, zásady ochrany osobných údajov.
 */
export const sk: Strings = {
  bannerTitle: 'Vaše voľby ochrany súkromia',
  bannerLabel: 'Súhlas so súbormi cookie',
  // Purposes after a colon, in the nominative: the list then also takes a site's own labels.
  consentWith: 'S vaším súhlasom my a naši partneri ({parties}) používame súbory cookie na tieto účely: {purposes}.',
  consentOwn: 'S vaším súhlasom používame súbory cookie na tieto účely: {purposes}.',
  usesWith: 'My a naši partneri ({parties}) používame súbory cookie na tieto účely: {purposes}.',
  usesOwn: 'Používame súbory cookie na tieto účely: {purposes}.',
  purposePreferences: 'nastavenia',
  purposeAnalytics: 'štatistika',
  purposeAdvertising: 'personalizovaná reklama',
  purposeSocial: 'sociálne siete',
  // "ešte 4": no word agrees with the number (unlike "ďalší 4", "ďalších 5").
  moreParties: 'ešte {count}',
  // Intl writes the nominative ("2 roky", "13 mesiacov"), which stands as it is after a colon.
  durations: 'Doba uchovávania: súbory cookie najviac {cookies}, vaša voľba {choice}.',
  choiceKept: 'Vašu voľbu uchovávame {choice}.',
  withdrawButton: 'Súhlas môžete kedykoľvek odvolať tlačidlom „{button}“.',
  withdrawSettings: 'Súhlas môžete kedykoľvek odvolať v nastaveniach súborov cookie.',
  optOutButton: 'Nesúhlas môžete kedykoľvek vyjadriť tlačidlom „{button}“.',
  optOutSettings: 'Nesúhlas môžete kedykoľvek vyjadriť v nastaveniach súborov cookie.',
  and: 'a',
  days: 'dní',
  months: 'mesiacov',
  years: 'roky',
  noticeLabel: 'Zmena zásad ochrany osobných údajov',
  // Intl writes the genitive "1. februára 2027", the form a date takes for "on" in Slovak.
  noticeText: 'Naše zásady ochrany osobných údajov sa zmenia {date}. Vtedy vás znova požiadame o voľbu.',
  noticeLink: 'Čo sa mení',
  noticeDismiss: 'Skryť',
  acceptAll: 'Prijať všetko',
  rejectAll: 'Odmietnuť všetko',
  customize: 'Prispôsobiť',
  privacyPolicy: 'Zásady ochrany osobných údajov',
  cookiePolicy: 'Zásady používania súborov cookie',
  limitUse: 'Obmedziť používanie mojich citlivých osobných údajov',
  doNotSell: 'Nepredávať ani nezdieľať moje osobné údaje',
  gpcNotice:
    'Váš prehliadač odosiela signál Global Privacy Control (GPC), ktorým vyjadrujete nesúhlas s predajom a zdieľaním svojich osobných údajov. Rešpektujeme to: reklama zostane vypnutá, kým ju sami nezapnete.',
  embedTitle: 'Obsah z inej stránky',
  embedText:
    '{title} sa zobrazí, keď povolíte kategóriu „{category}“, pretože stránka, z ktorej pochádza, môže ukladať súbory cookie.',
  embedUntitled: 'Tento obsah',
  allowEmbed: 'Povoliť „{category}“ a načítať',
  necessaryLabel: 'Nevyhnutné',
  preferencesLabel: 'Preferencie',
  analyticsLabel: 'Analytické',
  advertisingLabel: 'Reklamné',
  socialLabel: 'Sociálne siete',
  save: 'Uložiť voľby',
  close: 'Zavrieť',
  preferencesTitle: 'Predvoľby súborov cookie',
  preferencesText:
    'Vyberte, ktoré súbory cookie smieme používať. Nevyhnutné súbory cookie sú vždy zapnuté, pretože bez nich stránka nefunguje.',
  alwaysOn: 'Vždy zapnuté',
  services: 'Služby',
  cookie: 'Názov',
  provider: 'Poskytovateľ',
  purpose: 'Účel',
  duration: 'Doba uchovávania',
  session: 'Relácia',
  reopen: 'Nastavenia súborov cookie',
  necessaryDescription: 'Zabezpečujú bezpečnosť a fungovanie stránky a pamätajú si vašu voľbu súborov cookie.',
  preferencesDescription: 'Pamätajú si voľby, napríklad váš jazyk.',
  analyticsDescription: 'Počítajú návštevy a ukazujú nám, ako sa stránka používa, aby sme ju mohli zlepšovať.',
  advertisingDescription:
    'Umožňujú reklamným partnerom ukladať súbory cookie a zobrazovať vám reklamy podľa vašich návštev. Podľa práva niektorých štátov USA sa to považuje za predaj alebo zdieľanie osobných údajov.',
  socialDescription:
    'Zobrazujú príspevky, videá a tlačidlá na zdieľanie zo sociálnych sietí, ktoré môžu ukladať vlastné súbory cookie.',
  contactTitle: 'Žiadosti týkajúce sa súkromia',
  contactText: 'Ak sa chcete opýtať na svoje údaje alebo obmedziť, ako ich používame, kontaktujte nás:',
  email: 'E-mail',
  phone: 'Telefón',
  address: 'Adresa',
  contactPage: 'Kontaktná stránka',
  declarationEmpty: 'Pre túto kategóriu nie sú uvedené žiadne služby.',
  noCookies: 'Neukladá vlastné súbory cookie.',
  serviceProvider: 'Poskytovateľ: {provider}.',
  servicePolicy: 'Zásady ochrany osobných údajov: {name}',
  switchOn: 'Zapnuté',
  switchOff: 'Vypnuté',
};
