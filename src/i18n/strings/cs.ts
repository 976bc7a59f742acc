import type { Strings } from './en.js';

/**
 * Czech (čeština), "vy". Terms as ÚOOÚ uses them: cookies, souhlas, odvolat souhlas,
 * "Odmítnout vše", zásady ochrany osobních údajů, nezbytné cookies.
 */
export const cs: Strings = {
  bannerTitle: 'Vaše volby soukromí',
  bannerLabel: 'Souhlas s cookies',
  bannerText:
    'Nezbytné cookies jsou vždy zapnuté. S vaším souhlasem používáme my a naši partneři pro analýzu a reklamu cookies i pro nastavení, statistiky, personalizovanou reklamu a sociální sítě. Souhlas můžete kdykoli odvolat v nastavení cookies.',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  privacyPolicy: 'Zásady ochrany osobních údajů',
  cookiePolicy: 'Zásady používání cookies',
  limitUse: 'Omezit používání mých citlivých osobních údajů',
  doNotSell: 'Neprodávat ani nesdílet mé osobní údaje',
  gpcNotice:
    'Váš prohlížeč odesílá signál Global Privacy Control (GPC), kterým vyjadřujete nesouhlas s prodejem a sdílením svých osobních údajů. Respektujeme to: reklama zůstane vypnutá, dokud ji sami nezapnete.',
  embedTitle: 'Obsah z jiného webu',
  embedText:
    '{title} se zobrazí, až povolíte kategorii „{category}“, protože web, ze kterého pochází, může ukládat cookies.',
  embedUntitled: 'Tento obsah',
  allowEmbed: 'Povolit „{category}“ a načíst',
  necessaryLabel: 'Nezbytné',
  preferencesLabel: 'Předvolby',
  analyticsLabel: 'Analytické',
  advertisingLabel: 'Reklamní',
  socialLabel: 'Sociální sítě',
  save: 'Uložit volby',
  close: 'Zavřít',
  preferencesTitle: 'Předvolby cookies',
  preferencesText:
    'Vyberte, které cookies smíme používat. Nezbytné cookies jsou vždy zapnuté, protože bez nich web nefunguje.',
  alwaysOn: 'Vždy zapnuté',
  services: 'Služby',
  cookie: 'Název',
  provider: 'Poskytovatel',
  purpose: 'Účel',
  duration: 'Doba uložení',
  session: 'Relace',
  reopen: 'Nastavení cookies',
  necessaryDescription: 'Zajišťují bezpečnost a fungování webu a pamatují si vaši volbu cookies.',
  preferencesDescription: 'Pamatují si volby, například váš jazyk.',
  analyticsDescription: 'Počítají návštěvy a ukazují nám, jak se web používá, abychom ho mohli zlepšovat.',
  advertisingDescription:
    'Umožňují reklamním partnerům ukládat cookies a zobrazovat vám reklamy podle vašich návštěv. Podle práva některých států USA se to považuje za prodej nebo sdílení osobních údajů.',
  socialDescription:
    'Zobrazují příspěvky, videa a tlačítka pro sdílení ze sociálních sítí, které mohou ukládat vlastní cookies.',
  contactTitle: 'Žádosti týkající se soukromí',
  contactText: 'Chcete-li se zeptat na své údaje nebo omezit, jak je používáme, kontaktujte nás:',
  email: 'E-mail',
  phone: 'Telefon',
  address: 'Adresa',
  contactPage: 'Kontaktní stránka',
  declarationEmpty: 'Pro tuto kategorii nejsou uvedeny žádné služby.',
  noCookies: 'Neukládá žádné vlastní cookies.',
  serviceProvider: 'Poskytovatel: {provider}.',
  servicePolicy: 'Zásady ochrany osobních údajů: {name}',
  switchOn: 'Zapnuto',
  switchOff: 'Vypnuto',
};
