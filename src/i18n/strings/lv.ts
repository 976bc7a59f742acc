import type { Strings } from './en.js';

/**
 * Latvian (latviešu), polite "jūs". Terms as the Data State Inspectorate (DVI) uses them:
 * sīkdatnes, piekrišana, atsaukt piekrišanu, privātuma politika.
 */
export const lv: Strings = {
  bannerTitle: 'Jūsu privātuma izvēles',
  bannerLabel: 'Piekrišana sīkdatnēm',
  // Purposes after a colon, in the nominative: the list then also takes a site's own labels.
  consentWith: 'Ar jūsu piekrišanu mēs un mūsu partneri ({parties}) izmantojam sīkdatnes šādiem nolūkiem: {purposes}.',
  consentOwn: 'Ar jūsu piekrišanu mēs izmantojam sīkdatnes šādiem nolūkiem: {purposes}.',
  usesWith: 'Mēs un mūsu partneri ({parties}) izmantojam sīkdatnes šādiem nolūkiem: {purposes}.',
  usesOwn: 'Mēs izmantojam sīkdatnes šādiem nolūkiem: {purposes}.',
  purposePreferences: 'iestatījumu saglabāšana',
  purposeAnalytics: 'statistika',
  purposeAdvertising: 'personalizēta reklāma',
  purposeSocial: 'sociālie mediji',
  // "vēl 4": no word agrees with the number.
  moreParties: 'vēl {count}',
  // Intl writes the nominative ("2 gadi", "180 dienu"), so the durations stand after "ir".
  durations: 'Sīkdatņu ilgākais glabāšanas laiks ir {cookies}, jūsu izvēles — {choice}.',
  choiceKept: 'Jūsu izvēles glabāšanas laiks ir {choice}.',
  withdrawButton: 'Piekrišanu varat jebkurā laikā atsaukt ar pogu “{button}”.',
  withdrawSettings: 'Piekrišanu varat jebkurā laikā atsaukt sīkdatņu iestatījumos.',
  optOutButton: 'Pret to varat jebkurā laikā iebilst ar pogu “{button}”.',
  optOutSettings: 'Pret to varat jebkurā laikā iebilst sīkdatņu iestatījumos.',
  and: 'un',
  days: 'dienu',
  months: 'mēnešu',
  years: 'gadi',
  noticeLabel: 'Privātuma politikas izmaiņas',
  // Intl writes the nominative "2027. gada 1. februāris" (not the locative "on"), so it follows a colon.
  noticeText:
    'Mūsu privātuma politika mainīsies. Spēkā stāšanās datums: {date}. Tad mēs vēlreiz lūgsim jūs izdarīt izvēli.',
  noticeLink: 'Kas mainās',
  noticeDismiss: 'Paslēpt',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  customize: 'Pielāgot',
  privacyPolicy: 'Privātuma politika',
  cookiePolicy: 'Sīkdatņu politika',
  limitUse: 'Ierobežot manu sensitīvo personas datu izmantošanu',
  doNotSell: 'Nepārdot un nekopīgot manus personas datus',
  gpcNotice:
    'Jūsu pārlūks sūta signālu Global Privacy Control (GPC), ar kuru jūs iebilstat pret savu personas datu pārdošanu un kopīgošanu. Mēs to ievērojam: reklāma paliek izslēgta, līdz jūs to ieslēdzat paši.',
  embedTitle: 'Saturs no citas vietnes',
  embedText:
    '{title} tiks ielādēts, kad atļausiet kategoriju “{category}”, jo vietne, no kuras tas nāk, var saglabāt sīkdatnes.',
  embedUntitled: 'Šis saturs',
  allowEmbed: 'Atļaut “{category}” un ielādēt',
  necessaryLabel: 'Nepieciešamās',
  preferencesLabel: 'Izvēles',
  analyticsLabel: 'Analītika',
  advertisingLabel: 'Reklāma',
  socialLabel: 'Sociālie mediji',
  save: 'Saglabāt izvēli',
  close: 'Aizvērt',
  preferencesTitle: 'Sīkdatņu izvēles',
  preferencesText:
    'Izvēlieties, kuras sīkdatnes drīkstam izmantot. Nepieciešamās sīkdatnes ir vienmēr ieslēgtas, jo bez tām vietne nedarbojas.',
  alwaysOn: 'Vienmēr ieslēgtas',
  services: 'Pakalpojumi',
  cookie: 'Sīkdatne',
  provider: 'Nodrošinātājs',
  purpose: 'Mērķis',
  duration: 'Glabāšanas ilgums',
  session: 'Sesija',
  reopen: 'Sīkdatņu iestatījumi',
  necessaryDescription: 'Nodrošina vietnes drošību un darbību un atceras jūsu izvēli par sīkdatnēm.',
  preferencesDescription: 'Atceras izvēles, piemēram, jūsu valodu.',
  analyticsDescription: 'Uzskaita apmeklējumus un parāda, kā vietne tiek izmantota, lai mēs to varētu uzlabot.',
  advertisingDescription:
    'Ļauj reklāmas partneriem saglabāt sīkdatnes, lai rādītu jums reklāmas, kas balstītas uz jūsu apmeklējumiem. Saskaņā ar dažu ASV štatu tiesību aktiem tā ir personas datu pārdošana vai kopīgošana.',
  socialDescription: 'Rāda sociālo mediju ierakstus, video un kopīgošanas pogas, kas var saglabāt savas sīkdatnes.',
  contactTitle: 'Privātuma pieprasījumi',
  contactText: 'Lai jautātu par saviem datiem vai ierobežotu to izmantošanu, sazinieties ar mums:',
  email: 'E-pasts',
  phone: 'Tālrunis',
  address: 'Adrese',
  contactPage: 'Kontaktu lapa',
  declarationEmpty: 'Šai kategorijai nav norādīts neviens pakalpojums.',
  noCookies: 'Nesaglabā savas sīkdatnes.',
  serviceProvider: 'Nodrošinātājs: {provider}.',
  servicePolicy: '{name}: privātuma politika',
  switchOn: 'Ieslēgts',
  switchOff: 'Izslēgts',
};
