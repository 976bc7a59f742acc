import type { Strings } from './en.js';

/**
 * Norwegian Bokmål (norsk bokmål), "du"; also what `no` and `nn` get (see pickLanguage).
 * Terms as Datatilsynet uses them: informasjonskapsler, samtykke, trekke tilbake
 * samtykket, personvernerklæring.
 */
export const nb: Strings = {
  bannerTitle: 'Dine personvernvalg',
  bannerLabel: 'Samtykke til informasjonskapsler',
  bannerText:
    'Nødvendige informasjonskapsler er alltid på. Med ditt samtykke bruker vi og våre analyse- og annonsepartnere flere informasjonskapsler til innstillinger, statistikk, tilpassede annonser og sosiale medier. Du kan når som helst trekke samtykket tilbake i innstillingene for informasjonskapsler.',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  customize: 'Tilpass',
  privacyPolicy: 'Personvernerklæring',
  cookiePolicy: 'Erklæring om informasjonskapsler',
  limitUse: 'Begrens bruken av mine sensitive personopplysninger',
  doNotSell: 'Ikke selg eller del personopplysningene mine',
  gpcNotice:
    'Nettleseren din sender signalet Global Privacy Control (GPC), som betyr at du motsetter deg salg og deling av personopplysningene dine. Det respekterer vi: Annonsering forblir slått av til du selv slår den på.',
  embedTitle: 'Innhold fra et annet nettsted',
  embedText:
    '{title} vises når du tillater «{category}», fordi nettstedet innholdet kommer fra, kan lagre informasjonskapsler.',
  embedUntitled: 'Dette innholdet',
  allowEmbed: 'Tillat «{category}» og last inn',
  necessaryLabel: 'Nødvendige',
  preferencesLabel: 'Preferanser',
  analyticsLabel: 'Statistikk',
  advertisingLabel: 'Annonsering',
  socialLabel: 'Sosiale medier',
  save: 'Lagre valgene',
  close: 'Lukk',
  preferencesTitle: 'Valg for informasjonskapsler',
  preferencesText:
    'Velg hvilke informasjonskapsler vi kan bruke. Nødvendige informasjonskapsler er alltid på, fordi nettstedet ikke fungerer uten dem.',
  alwaysOn: 'Alltid på',
  services: 'Tjenester',
  cookie: 'Navn',
  provider: 'Leverandør',
  purpose: 'Formål',
  duration: 'Varighet',
  session: 'Økt',
  reopen: 'Innstillinger for informasjonskapsler',
  necessaryDescription: 'Holder nettstedet sikkert og i drift, og husker valget ditt om informasjonskapsler.',
  preferencesDescription: 'Husker valg som språket ditt.',
  analyticsDescription: 'Teller besøk og viser oss hvordan nettstedet brukes, slik at vi kan forbedre det.',
  advertisingDescription:
    'Lar annonsepartnere lagre informasjonskapsler for å vise deg annonser basert på besøkene dine. Etter lovgivningen i enkelte amerikanske delstater regnes dette som salg eller deling av personopplysninger.',
  socialDescription:
    'Viser innlegg, videoer og delingsknapper fra sosiale medier, som kan lagre egne informasjonskapsler.',
  contactTitle: 'Henvendelser om personvern',
  contactText: 'Kontakt oss hvis du har spørsmål om opplysningene dine eller vil begrense hvordan vi bruker dem:',
  email: 'E-post',
  phone: 'Telefon',
  address: 'Adresse',
  contactPage: 'Kontaktside',
  declarationEmpty: 'Ingen tjenester er oppgitt for denne kategorien.',
  noCookies: 'Lagrer ingen egne informasjonskapsler.',
  serviceProvider: 'Levert av {provider}.',
  servicePolicy: 'Personvernerklæringen til {name}',
  switchOn: 'På',
  switchOff: 'Av',
};
