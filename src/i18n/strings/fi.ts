import type { Strings } from './en.js';

/**
 * Finnish (suomi), "sinä". Terms as the Data Protection Ombudsman and Traficom use them:
 * suostumus, peruuttaa suostumus, "Hylkää kaikki", tietosuojaseloste, välttämättömät evästeet.
 */
export const fi: Strings = {
  bannerTitle: 'Tietosuojavalintasi',
  bannerLabel: 'Evästesuostumus',
  bannerText:
    'Välttämättömät evästeet ovat aina käytössä. Suostumuksellasi me ja analytiikka- ja mainoskumppanimme käytämme evästeitä myös asetuksiin, tilastointiin, kohdennettuun mainontaan ja sosiaaliseen mediaan. Voit perua suostumuksesi milloin tahansa evästeasetuksista.',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Mukauta',
  privacyPolicy: 'Tietosuojaseloste',
  cookiePolicy: 'Evästekäytäntö',
  limitUse: 'Rajoita arkaluonteisten henkilötietojeni käyttöä',
  doNotSell: 'Älä myy tai jaa henkilötietojani',
  gpcNotice:
    'Selaimesi lähettää Global Privacy Control (GPC) -signaalin, jolla kiellät henkilötietojesi myynnin ja jakamisen. Kunnioitamme sitä: mainonta pysyy poissa käytöstä, kunnes otat sen itse käyttöön.',
  embedTitle: 'Sisältöä toiselta sivustolta',
  embedText:
    '{title} näytetään, kun sallit luokan ”{category}”, koska sivusto, jolta sisältö tulee, voi tallentaa evästeitä.',
  embedUntitled: 'Tämä sisältö',
  allowEmbed: 'Salli ”{category}” ja lataa',
  necessaryLabel: 'Välttämättömät',
  preferencesLabel: 'Mieltymykset',
  analyticsLabel: 'Analytiikka',
  advertisingLabel: 'Mainonta',
  socialLabel: 'Sosiaalinen media',
  save: 'Tallenna valinnat',
  close: 'Sulje',
  preferencesTitle: 'Evästevalinnat',
  preferencesText:
    'Valitse, mitä evästeitä saamme käyttää. Välttämättömät evästeet ovat aina käytössä, koska sivusto ei toimi ilman niitä.',
  alwaysOn: 'Aina käytössä',
  services: 'Palvelut',
  cookie: 'Eväste',
  provider: 'Tarjoaja',
  purpose: 'Käyttötarkoitus',
  duration: 'Voimassaolo',
  session: 'Istunto',
  reopen: 'Evästeasetukset',
  necessaryDescription: 'Pitävät sivuston turvallisena ja toimivana ja muistavat evästevalintasi.',
  preferencesDescription: 'Muistavat valintoja, kuten kielesi.',
  analyticsDescription: 'Laskevat käynnit ja näyttävät meille, miten sivustoa käytetään, jotta voimme parantaa sitä.',
  advertisingDescription:
    'Antavat mainoskumppanien tallentaa evästeitä, jotta voit nähdä käynteihisi perustuvia mainoksia. Joidenkin Yhdysvaltain osavaltioiden lainsäädännössä tämä katsotaan henkilötietojen myynniksi tai jakamiseksi.',
  socialDescription:
    'Näyttävät sosiaalisen median julkaisuja, videoita ja jakopainikkeita, jotka voivat tallentaa omia evästeitään.',
  contactTitle: 'Tietosuojapyynnöt',
  contactText: 'Ota meihin yhteyttä, jos haluat kysyä tiedoistasi tai rajoittaa niiden käyttöä:',
  email: 'Sähköposti',
  phone: 'Puhelin',
  address: 'Osoite',
  contactPage: 'Yhteydenottosivu',
  declarationEmpty: 'Tälle luokalle ei ole ilmoitettu palveluja.',
  noCookies: 'Ei tallenna omia evästeitä.',
  serviceProvider: 'Tarjoaja: {provider}.',
  servicePolicy: '{name}: tietosuojaseloste',
  switchOn: 'Käytössä',
  switchOff: 'Pois käytöstä',
};
