import type { Strings } from './en.js';

/**
 * Hungarian (magyar), formal "Ön". Terms as NAIH uses them: sütik, hozzájárulás,
 * hozzájárulás visszavonása, adatvédelmi tájékoztató, szükséges sütik.
 */
export const hu: Strings = {
  bannerTitle: 'Adatvédelmi beállításai',
  bannerLabel: 'Hozzájárulás sütikhez',
  // Purposes after a colon, in the nominative: the list then also takes a site's own labels.
  consentWith:
    'Az Ön hozzájárulásával mi és partnereink ({parties}) sütiket használunk a következő célokra: {purposes}.',
  consentOwn: 'Az Ön hozzájárulásával sütiket használunk a következő célokra: {purposes}.',
  usesWith: 'Mi és partnereink ({parties}) sütiket használunk a következő célokra: {purposes}.',
  usesOwn: 'Sütiket használunk a következő célokra: {purposes}.',
  purposePreferences: 'beállításai megőrzése',
  purposeAnalytics: 'látogatási statisztika',
  purposeAdvertising: 'személyre szabott hirdetések',
  purposeSocial: 'közösségimédia-tartalmak',
  moreParties: 'további {count}',
  // "elteltével" and "időtartamra" take the nominative that Intl writes ("2 év", "180 nap").
  durations: 'Ezek a sütik legfeljebb {cookies} elteltével lejárnak; döntését {choice} időtartamra megőrizzük.',
  choiceKept: 'Döntését {choice} időtartamra megőrizzük.',
  // "a" (not "az") before the built-in label, which starts with a consonant.
  withdrawButton: 'Hozzájárulását bármikor visszavonhatja a „{button}” gombbal.',
  withdrawSettings: 'Hozzájárulását bármikor visszavonhatja a sütibeállításokban.',
  optOutButton: 'Ez ellen bármikor tiltakozhat a „{button}” gombbal.',
  optOutSettings: 'Ez ellen bármikor tiltakozhat a sütibeállításokban.',
  and: 'és',
  days: 'nap',
  months: 'hónap',
  years: 'év',
  noticeLabel: 'Adatkezelési tájékoztató frissítése',
  // Intl writes "2027. február 1." with its own final dot; "napján" follows it, as in Hungarian statutes.
  noticeText: 'Adatkezelési tájékoztatónk {date} napján megváltozik. Ekkor ismét megkérdezzük, hogyan dönt.',
  noticeLink: 'Mi változik',
  noticeDismiss: 'Elrejtés',
  acceptAll: 'Mindet elfogadom',
  rejectAll: 'Mindet elutasítom',
  customize: 'Beállítások',
  privacyPolicy: 'Adatkezelési tájékoztató',
  cookiePolicy: 'Süti-tájékoztató',
  limitUse: 'Érzékeny személyes adataim felhasználásának korlátozása',
  doNotSell: 'Ne adják el és ne osszák meg a személyes adataimat',
  gpcNotice:
    'Böngészője Global Privacy Control (GPC) jelzést küld, amellyel tiltakozik személyes adatai eladása és megosztása ellen. Ezt tiszteletben tartjuk: a hirdetések kikapcsolva maradnak, amíg Ön be nem kapcsolja őket.',
  embedTitle: 'Más webhelyről származó tartalom',
  embedText:
    '{title} akkor jelenik meg, ha engedélyezi ezt a kategóriát: „{category}”. A webhely, ahonnan származik, sütiket helyezhet el.',
  embedUntitled: 'Ez a tartalom',
  allowEmbed: 'Engedélyezés és betöltés ({category})',
  necessaryLabel: 'Szükséges',
  preferencesLabel: 'Preferenciák',
  analyticsLabel: 'Statisztika',
  advertisingLabel: 'Hirdetések',
  socialLabel: 'Közösségi média',
  save: 'Választás mentése',
  close: 'Bezárás',
  preferencesTitle: 'Sütik kiválasztása',
  preferencesText:
    'Válassza ki, mely sütiket használhatjuk. A szükséges sütik mindig be vannak kapcsolva, mert nélkülük a webhely nem működik.',
  alwaysOn: 'Mindig bekapcsolva',
  services: 'Szolgáltatások',
  cookie: 'Süti',
  provider: 'Szolgáltató',
  purpose: 'Cél',
  duration: 'Időtartam',
  session: 'Munkamenet',
  reopen: 'Sütibeállítások',
  necessaryDescription:
    'Biztosítják a webhely biztonságát és működését, és megjegyzik a sütikkel kapcsolatos döntését.',
  preferencesDescription: 'Megjegyzik a választásait, például a nyelvet.',
  analyticsDescription:
    'Megszámolják a látogatásokat, és megmutatják, hogyan használják a webhelyet, hogy fejleszthessük.',
  advertisingDescription:
    'Lehetővé teszik, hogy hirdetési partnereink sütiket helyezzenek el, és a látogatásai alapján jelenítsenek meg hirdetéseket. Egyes amerikai államok joga szerint ez személyes adatok eladásának vagy megosztásának minősül.',
  socialDescription:
    'Közösségimédia-bejegyzéseket, videókat és megosztásgombokat jelenítenek meg, amelyek saját sütiket helyezhetnek el.',
  contactTitle: 'Adatvédelmi kérelmek',
  contactText:
    'Ha kérdése van az adataival kapcsolatban, vagy korlátozná azok felhasználását, lépjen kapcsolatba velünk:',
  email: 'E-mail',
  phone: 'Telefon',
  address: 'Cím',
  contactPage: 'Kapcsolati oldal',
  declarationEmpty: 'Ehhez a kategóriához nincs megadva szolgáltatás.',
  noCookies: 'Nem helyez el saját sütit.',
  serviceProvider: 'Szolgáltató: {provider}.',
  servicePolicy: '{name} adatvédelmi tájékoztatója',
  switchOn: 'Be',
  switchOff: 'Ki',
};
