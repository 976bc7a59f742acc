import type { Strings } from './en.js';

/**
 * Slovenian (slovenščina), "vi". Terms as the Information Commissioner (IP RS) and
 * ZVOP-2 use them: piškotki, privolitev, preklic privolitve, politika zasebnosti.
 */
export const sl: Strings = {
  bannerTitle: 'Vaše izbire zasebnosti',
  bannerLabel: 'Privolitev v piškotke',
  bannerText:
    'Nujni piškotki so vedno vklopljeni. Z vašo privolitvijo mi in naši partnerji za analitiko in oglaševanje uporabljamo piškotke tudi za nastavitve, statistiko, prilagojene oglase in družbena omrežja. Privolitev lahko kadar koli prekličete v nastavitvah piškotkov.',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  customize: 'Prilagodi',
  privacyPolicy: 'Politika zasebnosti',
  cookiePolicy: 'Politika piškotkov',
  limitUse: 'Omeji uporabo mojih občutljivih osebnih podatkov',
  doNotSell: 'Ne prodajaj in ne deli mojih osebnih podatkov',
  gpcNotice:
    'Vaš brskalnik pošilja signal Global Privacy Control (GPC), s katerim nasprotujete prodaji in deljenju svojih osebnih podatkov. To upoštevamo: oglaševanje ostane izklopljeno, dokler ga sami ne vklopite.',
  embedTitle: 'Vsebina z drugega spletnega mesta',
  embedText:
    '{title} se prikaže, ko dovolite kategorijo »{category}«, ker lahko spletno mesto, s katerega prihaja, shranjuje piškotke.',
  embedUntitled: 'Ta vsebina',
  allowEmbed: 'Dovoli »{category}« in naloži',
  necessaryLabel: 'Nujni',
  preferencesLabel: 'Nastavitve',
  analyticsLabel: 'Analitika',
  advertisingLabel: 'Oglaševanje',
  socialLabel: 'Družbena omrežja',
  save: 'Shrani izbiro',
  close: 'Zapri',
  preferencesTitle: 'Izbira piškotkov',
  preferencesText:
    'Izberite, katere piškotke lahko uporabljamo. Nujni piškotki so vedno vklopljeni, ker spletno mesto brez njih ne deluje.',
  alwaysOn: 'Vedno vklopljeni',
  services: 'Storitve',
  cookie: 'Piškotek',
  provider: 'Ponudnik',
  purpose: 'Namen',
  duration: 'Trajanje',
  session: 'Seja',
  reopen: 'Nastavitve piškotkov',
  necessaryDescription: 'Skrbijo za varnost in delovanje spletnega mesta ter si zapomnijo vašo izbiro glede piškotkov.',
  preferencesDescription: 'Si zapomnijo izbire, kot je vaš jezik.',
  analyticsDescription: 'Štejejo obiske in nam kažejo, kako se spletno mesto uporablja, da ga lahko izboljšamo.',
  advertisingDescription:
    'Partnerjem za oglaševanje omogočajo shranjevanje piškotkov, da vam prikazujejo oglase glede na vaše obiske. Po zakonodaji nekaterih zveznih držav ZDA to velja za prodajo ali deljenje osebnih podatkov.',
  socialDescription:
    'Prikazujejo objave, videoposnetke in gumbe za deljenje z družbenih omrežij, ki lahko shranjujejo svoje piškotke.',
  contactTitle: 'Zahteve glede zasebnosti',
  contactText: 'Če želite vprašati o svojih podatkih ali omejiti, kako jih uporabljamo, se obrnite na nas:',
  email: 'E-pošta',
  phone: 'Telefon',
  address: 'Naslov',
  contactPage: 'Kontaktna stran',
  declarationEmpty: 'Za to kategorijo ni navedenih storitev.',
  noCookies: 'Ne shranjuje lastnih piškotkov.',
  serviceProvider: 'Ponudnik: {provider}.',
  servicePolicy: 'Politika zasebnosti: {name}',
  switchOn: 'Vklopljeno',
  switchOff: 'Izklopljeno',
};
