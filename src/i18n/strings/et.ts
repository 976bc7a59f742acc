import type { Strings } from './en.js';

/**
 * Estonian (eesti), polite "teie". Terms as Andmekaitse Inspektsioon uses them:
 * nõusolek, nõusoleku tagasivõtmine, privaatsuspoliitika, vajalikud küpsised.
 */
export const et: Strings = {
  bannerTitle: 'Teie privaatsusvalikud',
  bannerLabel: 'Küpsiste nõusolek',
  // Subject first, so that a list ending in "4 muud" is not read as "4 muud küpsised"; the
  // purposes follow a colon, in the nominative, so a site's own category label fits too.
  consentWith:
    'Meie ja meie partnerid {parties} kasutame teie nõusolekul küpsiseid järgmistel eesmärkidel: {purposes}.',
  consentOwn: 'Teie nõusolekul kasutame küpsiseid järgmistel eesmärkidel: {purposes}.',
  usesWith: 'Meie ja meie partnerid {parties} kasutame küpsiseid järgmistel eesmärkidel: {purposes}.',
  usesOwn: 'Kasutame küpsiseid järgmistel eesmärkidel: {purposes}.',
  purposePreferences: 'seaded',
  purposeAnalytics: 'statistika',
  purposeAdvertising: 'isikupärastatud reklaam',
  purposeSocial: 'sotsiaalmeedia',
  moreParties: '{count} muud',
  durations: 'Küpsiste säilitusaeg on kuni {cookies}, teie valiku oma {choice}.',
  choiceKept: 'Teie valiku säilitusaeg on {choice}.',
  withdrawButton: 'Nõusoleku saate igal ajal tagasi võtta nupuga „{button}“.',
  withdrawSettings: 'Nõusoleku saate igal ajal tagasi võtta küpsiste seadetes.',
  optOutButton: 'Sellise kasutamise saate igal ajal keelata nupuga „{button}“.',
  optOutSettings: 'Sellise kasutamise saate igal ajal keelata küpsiste seadetes.',
  and: 'ja',
  days: 'ööpäeva',
  months: 'kuud',
  years: 'aastat',
  noticeLabel: 'Privaatsuspoliitika muudatus',
  // Intl's date is nominative ("1. veebruar 2027"), so it stands as a predicate.
  noticeText:
    'Meie privaatsuspoliitika muutub; uue versiooni jõustumise kuupäev on {date}. Siis palume teil uuesti valida.',
  noticeLink: 'Mis muutub',
  noticeDismiss: 'Peida',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  customize: 'Kohanda',
  privacyPolicy: 'Privaatsuspoliitika',
  cookiePolicy: 'Küpsiste kasutamise põhimõtted',
  limitUse: 'Piira minu tundlike isikuandmete kasutamist',
  doNotSell: 'Ära müü ega jaga minu isikuandmeid',
  gpcNotice:
    'Teie brauser saadab signaali Global Privacy Control (GPC), millega keelate oma isikuandmete müümise ja jagamise. Austame seda: reklaam jääb välja lülitatuks, kuni te selle ise sisse lülitate.',
  embedTitle: 'Sisu teiselt veebisaidilt',
  embedText:
    '{title} kuvatakse, kui lubate kategooria „{category}“, sest veebisait, kust sisu pärineb, võib salvestada küpsiseid.',
  embedUntitled: 'See sisu',
  allowEmbed: 'Luba „{category}“ ja laadi',
  necessaryLabel: 'Vajalikud',
  preferencesLabel: 'Eelistused',
  analyticsLabel: 'Analüütika',
  advertisingLabel: 'Reklaam',
  socialLabel: 'Sotsiaalmeedia',
  save: 'Salvesta valikud',
  close: 'Sulge',
  preferencesTitle: 'Küpsiste eelistused',
  preferencesText:
    'Valige, milliseid küpsiseid võime kasutada. Vajalikud küpsised on alati sees, sest ilma nendeta veebisait ei tööta.',
  alwaysOn: 'Alati sees',
  services: 'Teenused',
  cookie: 'Küpsis',
  provider: 'Pakkuja',
  purpose: 'Eesmärk',
  duration: 'Kestus',
  session: 'Seanss',
  reopen: 'Küpsiste seaded',
  necessaryDescription: 'Hoiavad veebisaidi turvalise ja töökorras ning jätavad meelde teie küpsiste valiku.',
  preferencesDescription: 'Jätavad meelde valikud, näiteks teie keele.',
  analyticsDescription:
    'Loendavad külastusi ja näitavad meile, kuidas veebisaiti kasutatakse, et saaksime seda parandada.',
  advertisingDescription:
    'Lubavad reklaamipartneritel salvestada küpsiseid, et näidata teile teie külastustel põhinevaid reklaame. Mõne USA osariigi õiguse järgi loetakse see isikuandmete müümiseks või jagamiseks.',
  socialDescription: 'Näitavad sotsiaalmeedia postitusi, videoid ja jagamisnuppe, mis võivad salvestada oma küpsiseid.',
  contactTitle: 'Privaatsuspäringud',
  contactText: 'Kui soovite küsida oma andmete kohta või piirata nende kasutamist, võtke meiega ühendust:',
  email: 'E-post',
  phone: 'Telefon',
  address: 'Aadress',
  contactPage: 'Kontaktileht',
  declarationEmpty: 'Selle kategooria jaoks pole teenuseid deklareeritud.',
  noCookies: 'Ei salvesta oma küpsiseid.',
  serviceProvider: 'Pakkuja: {provider}.',
  servicePolicy: '{name}: privaatsuspoliitika',
  switchOn: 'Sees',
  switchOff: 'Väljas',
};
