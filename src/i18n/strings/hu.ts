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
  requestOpen: 'Adatvédelmi kérelem benyújtása',
  requestTitle: 'Adatvédelmi kérelem',
  requestText:
    'Kérheti, hogy megmutassuk, helyesbítsük vagy töröljük az Önről tárolt személyes adatokat, vagy korlátozzuk azok felhasználását.',
  requestKind: 'Mit kér tőlünk?',
  kindAccess: 'Hozzáférés az adataimhoz',
  kindCorrect: 'Adataim helyesbítése',
  kindDelete: 'Adataim törlése',
  kindOptOut: 'Ne adják el és ne osszák meg az adataimat',
  kindLimitUse: 'Érzékeny adataim felhasználásának korlátozása',
  kindOther: 'Egyéb',
  requestEmail: 'Az Ön e-mail-címe',
  requestEmailHint: 'Erre a címre válaszolunk, és előtte kérhetjük, hogy igazolja a személyazonosságát.',
  requestMessage: 'Üzenet (nem kötelező)',
  requestConsentId:
    'A kérelemhez csatoljuk hozzájárulási azonosítóját ({id}), hogy megtaláljuk a sütikkel kapcsolatos döntéseit.',
  requestSend: 'Kérelem elküldése',
  requestDone: 'Kérelmét megkaptuk',
  // Intl writes "2027. január 6." with its own final dot; "napjáig" follows it, as in Hungarian statutes.
  requestDoneText: 'Kérelme azonosítója: {id}. Válaszunkat {date} napjáig küldjük meg.',
  requestEmailError: 'Adjon meg egy e-mail-címet, például: nev@example.com.',
  requestInvalid: 'A kérelmet nem fogadtuk be. Ellenőrizze a megadott adatokat, és küldje el újra.',
  requestLimit: 'Az elmúlt órában túl sok kérelem érkezett az Ön hálózatáról. Kérjük, próbálja újra később.',
  requestFailed: 'A kérelmet nem sikerült elküldeni. Kérjük, próbálja újra később.',
};
