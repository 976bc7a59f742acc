import type { Strings } from './en.js';

/**
 * Lithuanian (lietuvių), polite "jūs". Terms as the State Data Protection Inspectorate
 * (VDAI) uses them: slapukai, sutikimas, atšaukti sutikimą, privatumo politika.
 */
export const lt: Strings = {
  bannerTitle: 'Jūsų privatumo pasirinkimai',
  bannerLabel: 'Sutikimas dėl slapukų',
  // Purposes after a colon, in the nominative: the list then also takes a site's own labels.
  consentWith: 'Jums sutikus, mes ir mūsų partneriai ({parties}) naudojame slapukus šiais tikslais: {purposes}.',
  consentOwn: 'Jums sutikus, naudojame slapukus šiais tikslais: {purposes}.',
  usesWith: 'Mes ir mūsų partneriai ({parties}) naudojame slapukus šiais tikslais: {purposes}.',
  usesOwn: 'Naudojame slapukus šiais tikslais: {purposes}.',
  purposePreferences: 'jūsų nustatymų įsiminimas',
  purposeAnalytics: 'lankomumo statistika',
  purposeAdvertising: 'suasmeninta reklama',
  purposeSocial: 'socialinių tinklų turinys',
  // "dar 4": no word agrees with the number.
  moreParties: 'dar {count}',
  // Intl writes the nominative ("2 metai", "13 mėnesių"), so the durations stand after a dash.
  durations: 'Ilgiausias šių slapukų galiojimo laikas – {cookies}; jūsų pasirinkimo saugojimo terminas – {choice}.',
  choiceKept: 'Jūsų pasirinkimo saugojimo terminas – {choice}.',
  withdrawButton: 'Sutikimą galite bet kada atšaukti mygtuku „{button}“.',
  withdrawSettings: 'Sutikimą galite bet kada atšaukti slapukų nustatymuose.',
  optOutButton: 'Tam galite bet kada prieštarauti mygtuku „{button}“.',
  optOutSettings: 'Tam galite bet kada prieštarauti slapukų nustatymuose.',
  and: 'ir',
  days: 'dienų',
  months: 'mėnesių',
  years: 'metai',
  noticeLabel: 'Privatumo politikos pakeitimai',
  // Intl writes "2027 m. vasario 1 d.": genitive after "nuo", and its final dot ends no sentence.
  noticeText: 'Nuo {date} keičiasi mūsų privatumo politika. Tada vėl paprašysime jūsų pasirinkti.',
  noticeLink: 'Kas keičiasi',
  noticeDismiss: 'Paslėpti',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Tinkinti',
  privacyPolicy: 'Privatumo politika',
  cookiePolicy: 'Slapukų politika',
  limitUse: 'Riboti mano neskelbtinos asmeninės informacijos naudojimą',
  doNotSell: 'Neparduoti ir nebendrinti mano asmeninės informacijos',
  gpcNotice:
    'Jūsų naršyklė siunčia signalą Global Privacy Control (GPC), kuriuo prieštaraujate, kad jūsų asmeninė informacija būtų parduodama ar bendrinama. Jo paisome: reklama lieka išjungta, kol patys jos neįjungsite.',
  embedTitle: 'Turinys iš kitos svetainės',
  embedText:
    '{title} bus įkeltas, kai leisite kategoriją „{category}“, nes svetainė, iš kurios jis gaunamas, gali įrašyti slapukus.',
  embedUntitled: 'Šis turinys',
  allowEmbed: 'Leisti „{category}“ ir įkelti',
  necessaryLabel: 'Būtinieji',
  preferencesLabel: 'Nuostatos',
  analyticsLabel: 'Analitika',
  advertisingLabel: 'Reklama',
  socialLabel: 'Socialiniai tinklai',
  save: 'Įrašyti pasirinkimus',
  close: 'Uždaryti',
  preferencesTitle: 'Slapukų nuostatos',
  preferencesText:
    'Pasirinkite, kuriuos slapukus galime naudoti. Būtinieji slapukai visada įjungti, nes be jų svetainė neveikia.',
  alwaysOn: 'Visada įjungti',
  services: 'Paslaugos',
  cookie: 'Slapukas',
  provider: 'Teikėjas',
  purpose: 'Paskirtis',
  duration: 'Galiojimo laikas',
  session: 'Sesija',
  reopen: 'Slapukų nustatymai',
  necessaryDescription: 'Užtikrina svetainės saugumą ir veikimą bei įsimena jūsų pasirinkimą dėl slapukų.',
  preferencesDescription: 'Įsimena pasirinkimus, pavyzdžiui, jūsų kalbą.',
  analyticsDescription: 'Skaičiuoja apsilankymus ir parodo, kaip naudojamasi svetaine, kad galėtume ją tobulinti.',
  advertisingDescription:
    'Leidžia reklamos partneriams įrašyti slapukus, kad jums būtų rodoma reklama pagal jūsų apsilankymus. Pagal kai kurių JAV valstijų įstatymus tai laikoma asmeninės informacijos pardavimu ar bendrinimu.',
  socialDescription:
    'Rodo socialinių tinklų įrašus, vaizdo įrašus ir bendrinimo mygtukus, kurie gali įrašyti savo slapukus.',
  contactTitle: 'Užklausos dėl privatumo',
  contactText: 'Jei norite paklausti apie savo duomenis arba apriboti, kaip juos naudojame, susisiekite su mumis:',
  email: 'El. paštas',
  phone: 'Telefonas',
  address: 'Adresas',
  contactPage: 'Kontaktų puslapis',
  declarationEmpty: 'Šiai kategorijai paslaugų nenurodyta.',
  noCookies: 'Savų slapukų neįrašo.',
  serviceProvider: 'Teikėjas: {provider}.',
  servicePolicy: '{name}: privatumo politika',
  switchOn: 'Įjungta',
  switchOff: 'Išjungta',
};
