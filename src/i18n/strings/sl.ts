import type { Strings } from './en.js';

/**
 * Slovenian (slovenščina), "vi". Terms as the Information Commissioner (IP RS) and
 * ZVOP-2 use them: piškotki, privolitev, preklic privolitve, politika zasebnosti.
 */
export const sl: Strings = {
  bannerTitle: 'Vaše izbire zasebnosti',
  bannerLabel: 'Privolitev v piškotke',
  // Purposes after a colon, in the nominative: the list then also takes a site's own labels.
  consentWith:
    'Z vašo privolitvijo mi in naši partnerji ({parties}) uporabljamo piškotke za naslednje namene: {purposes}.',
  consentOwn: 'Z vašo privolitvijo uporabljamo piškotke za naslednje namene: {purposes}.',
  usesWith: 'Mi in naši partnerji ({parties}) uporabljamo piškotke za naslednje namene: {purposes}.',
  usesOwn: 'Uporabljamo piškotke za naslednje namene: {purposes}.',
  purposePreferences: 'shranjevanje vaših nastavitev',
  purposeAnalytics: 'statistika obiskov',
  purposeAdvertising: 'prilagojeni oglasi',
  purposeSocial: 'vsebine družbenih omrežij',
  // "še 4": no word agrees with the number.
  moreParties: 'še {count}',
  // Intl writes the nominative ("2 leti", "13 mesecev"): it stands after "je"; as an accusative
  // of time, "180 dni", "1 dan" are the same form.
  durations: 'Najdaljši rok hrambe teh piškotkov je {cookies}; vašo izbiro hranimo {choice}.',
  choiceKept: 'Vašo izbiro hranimo {choice}.',
  withdrawButton: 'Privolitev lahko kadar koli prekličete z gumbom »{button}«.',
  withdrawSettings: 'Privolitev lahko kadar koli prekličete v nastavitvah piškotkov.',
  optOutButton: 'Temu lahko kadar koli nasprotujete z gumbom »{button}«.',
  optOutSettings: 'Temu lahko kadar koli nasprotujete v nastavitvah piškotkov.',
  and: 'in',
  days: 'dni',
  months: 'mesecev',
  years: 'leta',
  noticeLabel: 'Sprememba politike zasebnosti',
  // Intl writes the nominative "1. februar 2027" (not the genitive "on"), so it follows a colon.
  noticeText:
    'Naša politika zasebnosti se spreminja. Datum začetka veljavnosti: {date}. Takrat vas bomo znova prosili za izbiro.',
  noticeLink: 'Kaj se spreminja',
  noticeDismiss: 'Skrij',
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
  requestOpen: 'Pošlji zahtevo glede zasebnosti',
  requestTitle: 'Zahteva glede zasebnosti',
  requestText:
    'Prosite nas, da vam pokažemo, popravimo ali izbrišemo osebne podatke, ki jih hranimo o vas, ali omejimo njihovo uporabo.',
  requestKind: 'Kaj želite, da storimo?',
  kindAccess: 'Omogoči mi dostop do mojih podatkov',
  kindCorrect: 'Popravi moje podatke',
  kindDelete: 'Izbriši moje podatke',
  kindOptOut: 'Ne prodajaj in ne deli mojih podatkov',
  kindLimitUse: 'Omeji uporabo mojih občutljivih podatkov',
  kindOther: 'Nekaj drugega',
  requestEmail: 'Vaš e-poštni naslov',
  requestEmailHint: 'Odgovorili bomo na ta naslov in vas morda najprej prosili, da potrdite svojo istovetnost.',
  requestMessage: 'Sporočilo (neobvezno)',
  requestConsentId: 'Z zahtevo pošljemo tudi ID vaše privolitve {id}, da lahko najdemo vaše izbire glede piškotkov.',
  requestSend: 'Pošlji zahtevo',
  requestDone: 'Zahteva prejeta',
  // Intl writes the nominative "6. januar 2027" (not the genitive "do" needs), so it follows a colon.
  requestDoneText: 'Vaša referenčna številka: {id}. Rok za odgovor: {date}.',
  requestEmailError: 'Vnesite e-poštni naslov, na primer ime@example.com.',
  requestInvalid: 'Zahteva ni bila sprejeta. Preverite vnesene podatke in jo pošljite znova.',
  requestLimit: 'V zadnji uri je iz vašega omrežja prispelo preveč zahtev. Poskusite znova pozneje.',
  requestFailed: 'Zahteve ni bilo mogoče poslati. Poskusite znova pozneje.',
};
