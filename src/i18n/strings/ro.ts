import type { Strings } from './en.js';

/**
 * Romanian (română), polite "dvs.". Terms as ANSPDCP uses them: cookie-uri, consimțământ,
 * retragerea consimțământului, politica de confidențialitate.
 */
export const ro: Strings = {
  bannerTitle: 'Opțiunile dvs. de confidențialitate',
  bannerLabel: 'Consimțământ pentru cookie-uri',
  bannerText:
    'Cookie-urile necesare sunt mereu active. Cu consimțământul dvs., noi și partenerii noștri de analiză și publicitate folosim cookie-uri și pentru preferințe, statistici, reclame personalizate și rețele sociale. Vă puteți retrage oricând consimțământul din setările cookie-urilor.',
  acceptAll: 'Acceptă tot',
  rejectAll: 'Respinge tot',
  customize: 'Setări',
  privacyPolicy: 'Politica de confidențialitate',
  cookiePolicy: 'Cookie-uri',
  limitUse: 'Limitează utilizarea informațiilor mele personale sensibile',
  doNotSell: 'Nu vindeți și nu partajați informațiile mele personale',
  gpcNotice:
    'Browserul dvs. trimite semnalul Global Privacy Control (GPC), prin care vă opuneți vânzării și partajării informațiilor dvs. personale. Îl respectăm: publicitatea rămâne dezactivată până când o activați dvs.',
  embedTitle: 'Conținut de pe alt site',
  embedText:
    '{title} se va afișa după ce permiteți „{category}”, deoarece site-ul de unde provine poate plasa cookie-uri.',
  embedUntitled: 'Acest conținut',
  allowEmbed: 'Permite „{category}” și încarcă',
  necessaryLabel: 'Necesare',
  preferencesLabel: 'Preferințe',
  analyticsLabel: 'Analiză',
  advertisingLabel: 'Publicitate',
  socialLabel: 'Rețele sociale',
  save: 'Salvează opțiunile',
  close: 'Închide',
  preferencesTitle: 'Preferințe privind cookie-urile',
  preferencesText:
    'Alegeți ce cookie-uri putem folosi. Cookie-urile necesare sunt mereu active, pentru că site-ul nu poate funcționa fără ele.',
  alwaysOn: 'Mereu active',
  services: 'Servicii',
  cookie: 'Nume',
  provider: 'Furnizor',
  purpose: 'Scop',
  duration: 'Durată',
  session: 'Sesiune',
  reopen: 'Setări cookie-uri',
  necessaryDescription: 'Mențin site-ul sigur și funcțional și rețin alegerea dvs. privind cookie-urile.',
  preferencesDescription: 'Rețin opțiuni precum limba dvs.',
  analyticsDescription: 'Numără vizitele și ne arată cum este folosit site-ul, ca să îl putem îmbunătăți.',
  advertisingDescription:
    'Permit partenerilor de publicitate să plaseze cookie-uri pentru a vă afișa reclame pe baza vizitelor dvs. Conform legislației unor state din SUA, aceasta înseamnă vânzarea sau partajarea informațiilor personale.',
  socialDescription:
    'Afișează postări, videoclipuri și butoane de distribuire din rețelele sociale, care pot plasa propriile cookie-uri.',
  contactTitle: 'Solicitări privind confidențialitatea',
  contactText: 'Pentru întrebări despre datele dvs. sau pentru a limita modul în care le folosim, contactați-ne:',
  email: 'E-mail',
  phone: 'Telefon',
  address: 'Adresă',
  contactPage: 'Pagina de contact',
  declarationEmpty: 'Nu sunt declarate servicii pentru această categorie.',
  noCookies: 'Nu plasează cookie-uri proprii.',
  serviceProvider: 'Furnizat de {provider}.',
  servicePolicy: '{name}: politica de confidențialitate',
  switchOn: 'Activat',
  switchOff: 'Dezactivat',
};
