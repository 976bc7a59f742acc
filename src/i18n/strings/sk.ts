import type { Strings } from './en.js';

/**
 * Slovak (slovenčina), "vy". Terms as the Slovak data protection office uses them:
 * súbory cookie, súhlas, odvolať súhlas, zásady ochrany osobných údajov.
 */
export const sk: Strings = {
  bannerTitle: 'Vaše voľby ochrany súkromia',
  bannerLabel: 'Súhlas so súbormi cookie',
  bannerText:
    'Nevyhnutné súbory cookie sú vždy zapnuté. S vaším súhlasom používame my a naši partneri pre analýzu a reklamu súbory cookie aj na nastavenia, štatistiky, personalizovanú reklamu a sociálne siete. Súhlas môžete kedykoľvek odvolať v nastaveniach súborov cookie.',
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
