import type { Strings } from './en.js';

/**
 * Croatian (hrvatski), "vi". Terms as AZOP uses them: kolačići, privola, povući privolu,
 * politika privatnosti, nužni kolačići.
 */
export const hr: Strings = {
  bannerTitle: 'Vaši izbori privatnosti',
  bannerLabel: 'Privola za kolačiće',
  bannerText:
    'Nužni kolačići uvijek su uključeni. Uz vašu privolu mi i naši partneri za analitiku i oglašavanje koristimo kolačiće i za postavke, statistiku, personalizirane oglase i društvene mreže. Privolu možete bilo kada povući u postavkama kolačića.',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Prilagodi',
  privacyPolicy: 'Politika privatnosti',
  cookiePolicy: 'Politika kolačića',
  limitUse: 'Ograniči upotrebu mojih osjetljivih osobnih podataka',
  doNotSell: 'Nemoj prodavati ni dijeliti moje osobne podatke',
  gpcNotice:
    'Vaš preglednik šalje signal Global Privacy Control (GPC) kojim se protivite prodaji i dijeljenju svojih osobnih podataka. To poštujemo: oglašavanje ostaje isključeno dok ga sami ne uključite.',
  embedTitle: 'Sadržaj s drugog web-mjesta',
  embedText:
    '{title} će se prikazati kad dopustite kategoriju „{category}”, jer web-mjesto s kojeg dolazi može spremati kolačiće.',
  embedUntitled: 'Ovaj sadržaj',
  allowEmbed: 'Dopusti „{category}” i učitaj',
  necessaryLabel: 'Nužni',
  preferencesLabel: 'Postavke',
  analyticsLabel: 'Analitika',
  advertisingLabel: 'Oglašavanje',
  socialLabel: 'Društvene mreže',
  save: 'Spremi odabir',
  close: 'Zatvori',
  preferencesTitle: 'Odabir kolačića',
  preferencesText:
    'Odaberite koje kolačiće smijemo koristiti. Nužni kolačići uvijek su uključeni jer web-mjesto bez njih ne radi.',
  alwaysOn: 'Uvijek uključeni',
  services: 'Usluge',
  cookie: 'Kolačić',
  provider: 'Pružatelj',
  purpose: 'Svrha',
  duration: 'Trajanje',
  session: 'Sesija',
  reopen: 'Postavke kolačića',
  necessaryDescription: 'Održavaju web-mjesto sigurnim i funkcionalnim te pamte vaš izbor kolačića.',
  preferencesDescription: 'Pamte izbore poput vašeg jezika.',
  analyticsDescription: 'Broje posjete i pokazuju nam kako se web-mjesto koristi kako bismo ga mogli poboljšati.',
  advertisingDescription:
    'Omogućuju partnerima za oglašavanje spremanje kolačića kako bi vam prikazivali oglase na temelju vaših posjeta. Prema zakonima nekih saveznih država SAD-a to se smatra prodajom ili dijeljenjem osobnih podataka.',
  socialDescription:
    'Prikazuju objave, videozapise i gumbe za dijeljenje s društvenih mreža, koji mogu spremati vlastite kolačiće.',
  contactTitle: 'Zahtjevi u vezi s privatnošću',
  contactText: 'Ako želite pitati o svojim podacima ili ograničiti način na koji ih koristimo, javite nam se:',
  email: 'E-pošta',
  phone: 'Telefon',
  address: 'Adresa',
  contactPage: 'Stranica za kontakt',
  declarationEmpty: 'Za ovu kategoriju nisu navedene usluge.',
  noCookies: 'Ne sprema vlastite kolačiće.',
  serviceProvider: 'Pružatelj: {provider}.',
  servicePolicy: 'Politika privatnosti: {name}',
  switchOn: 'Uključeno',
  switchOff: 'Isključeno',
};
