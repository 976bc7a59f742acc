import type { Strings } from './en.js';

/**
 * Lithuanian (lietuvių), polite "jūs". Terms as the State Data Protection Inspectorate
 * (VDAI) uses them: slapukai, sutikimas, atšaukti sutikimą, privatumo politika.
 */
export const lt: Strings = {
  bannerTitle: 'Jūsų privatumo pasirinkimai',
  bannerLabel: 'Sutikimas dėl slapukų',
  bannerText:
    'Būtinieji slapukai įjungti visada. Jums sutikus, mes ir mūsų analitikos bei reklamos partneriai naudojame slapukus ir nuostatų, statistikos, suasmenintos reklamos bei socialinių tinklų tikslais. Sutikimą galite bet kada atšaukti slapukų nustatymuose.',
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
