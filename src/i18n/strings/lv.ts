import type { Strings } from './en.js';

/**
 * Latvian (latviešu), polite "jūs". Terms as the Data State Inspectorate (DVI) uses them:
 * sīkdatnes, piekrišana, atsaukt piekrišanu, privātuma politika.
 */
export const lv: Strings = {
  bannerTitle: 'Jūsu privātuma izvēles',
  bannerLabel: 'Piekrišana sīkdatnēm',
  bannerText:
    'Nepieciešamās sīkdatnes ir vienmēr ieslēgtas. Ar jūsu piekrišanu mēs un mūsu analītikas un reklāmas partneri izmantojam sīkdatnes arī iestatījumiem, statistikai, personalizētai reklāmai un sociālajiem medijiem. Piekrišanu varat jebkurā laikā atsaukt sīkdatņu iestatījumos.',
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
