import type { Strings } from './en.js';

/**
 * Basque (euskara). Terms as the Basque Data Protection Authority uses them: cookieak,
 * baimena, baimena kentzea, pribatutasun-politika.
 */
export const eu: Strings = {
  bannerTitle: 'Zure pribatutasun-aukerak',
  bannerLabel: 'Cookieetarako baimena',
  // The partners in brackets: the ergative -k cannot join a list; the purposes follow a colon,
  // in the absolutive, so a site's own category label fits too.
  consentWith:
    'Zure baimenarekin, guk eta gure bazkideek ({parties}) cookieak erabiltzen ditugu helburu hauetarako: {purposes}.',
  consentOwn: 'Zure baimenarekin, cookieak erabiltzen ditugu helburu hauetarako: {purposes}.',
  usesWith: 'Guk eta gure bazkideek ({parties}) cookieak erabiltzen ditugu helburu hauetarako: {purposes}.',
  usesOwn: 'Cookieak erabiltzen ditugu helburu hauetarako: {purposes}.',
  purposePreferences: 'zure ezarpenak gogoratzea',
  purposeAnalytics: 'bisiten estatistikak',
  purposeAdvertising: 'publizitate pertsonalizatua',
  purposeSocial: 'sare sozialetako edukia',
  moreParties: 'beste {count}',
  durations: 'Cookie hauek gehienez {cookies} irauten dute; zure aukera gordetzeko epea {choice} da.',
  choiceKept: 'Zure aukera gordetzeko epea {choice} da.',
  withdrawButton: 'Baimena edozein unetan ken dezakezu «{button}» botoiarekin.',
  withdrawSettings: 'Baimena edozein unetan ken dezakezu cookien ezarpenetan.',
  optOutButton: 'Horren aurka edozein unetan egin dezakezu «{button}» botoiarekin.',
  optOutSettings: 'Horren aurka edozein unetan egin dezakezu cookien ezarpenetan.',
  and: 'eta',
  days: 'egun',
  months: 'hilabete',
  years: 'urte',
  noticeLabel: 'Pribatutasun-politikaren eguneratzea',
  // Intl's date ends in the absolutive ("otsailaren 1(a)"), so it follows a colon.
  noticeText:
    'Gure pribatutasun-politika aldatu egingo da data honetan: {date}. Orduan, berriro aukeratzeko eskatuko dizugu.',
  noticeLink: 'Zer aldatzen den',
  noticeDismiss: 'Ezkutatu',
  acceptAll: 'Onartu guztiak',
  rejectAll: 'Baztertu guztiak',
  customize: 'Konfiguratu',
  privacyPolicy: 'Pribatutasun-politika',
  cookiePolicy: 'Cookie-politika',
  limitUse: 'Mugatu nire informazio pertsonal sentikorraren erabilera',
  doNotSell: 'Ez saldu eta ez partekatu nire informazio pertsonala',
  gpcNotice:
    'Zure nabigatzaileak Global Privacy Control (GPC) seinalea bidaltzen du, zure informazio pertsonala saltzearen eta partekatzearen aurka zaudela adierazteko. Errespetatu egiten dugu: publizitatea desaktibatuta geratuko da zuk zeuk aktibatu arte.',
  embedTitle: 'Beste webgune bateko edukia',
  embedText:
    '{title} kargatuko da «{category}» baimentzen duzunean, jatorrizko webguneak cookieak instala ditzakeelako.',
  embedUntitled: 'Eduki hau',
  allowEmbed: 'Baimendu «{category}» eta kargatu',
  necessaryLabel: 'Beharrezkoak',
  preferencesLabel: 'Hobespenak',
  analyticsLabel: 'Analitika',
  advertisingLabel: 'Publizitatea',
  socialLabel: 'Sare sozialak',
  save: 'Gorde aukerak',
  close: 'Itxi',
  preferencesTitle: 'Cookie-hobespenak',
  preferencesText:
    'Aukeratu zer cookie erabil ditzakegun. Beharrezko cookieak beti daude aktibatuta, webguneak ezin baitu haiek gabe funtzionatu.',
  alwaysOn: 'Beti aktibatuta',
  services: 'Zerbitzuak',
  cookie: 'Izena',
  provider: 'Hornitzailea',
  purpose: 'Helburua',
  duration: 'Iraupena',
  session: 'Saioa',
  reopen: 'Cookien ezarpenak',
  necessaryDescription:
    'Webgunea seguru eta martxan mantentzen dute, eta cookieei buruzko zure aukera gogoratzen dute.',
  preferencesDescription: 'Aukerak gogoratzen dituzte, hala nola zure hizkuntza.',
  analyticsDescription:
    'Bisitak zenbatzen dituzte eta webgunea nola erabiltzen den erakusten digute, hobetu ahal izateko.',
  advertisingDescription:
    'Publizitate-bazkideei cookieak instalatzen uzten diete, zure bisitetan oinarritutako iragarkiak erakusteko. AEBetako estatu batzuetako legeen arabera, hori informazio pertsonala saltzea edo partekatzea da.',
  socialDescription:
    'Sare sozialetako argitalpenak, bideoak eta partekatzeko botoiak erakusten dituzte, eta horiek beren cookieak instala ditzakete.',
  contactTitle: 'Pribatutasun-eskaerak',
  contactText: 'Zure datuei buruz galdetzeko edo nola erabiltzen ditugun mugatzeko, jarri gurekin harremanetan:',
  email: 'Posta elektronikoa',
  phone: 'Telefonoa',
  address: 'Helbidea',
  contactPage: 'Harremanetarako orria',
  declarationEmpty: 'Ez dago zerbitzurik deklaratuta kategoria honetarako.',
  noCookies: 'Ez du bere cookierik instalatzen.',
  serviceProvider: 'Hornitzailea: {provider}.',
  servicePolicy: '{name}: pribatutasun-politika',
  switchOn: 'Aktibatuta',
  switchOff: 'Desaktibatuta',
};
