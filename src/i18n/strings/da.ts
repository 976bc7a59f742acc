import type { Strings } from './en.js';

/**
 * Danish (dansk), "du". Terms as Datatilsynet uses them: samtykke, trække samtykket
 * tilbage, "Afvis alle", privatlivspolitik, cookiepolitik, nødvendige cookies.
 */
export const da: Strings = {
  bannerTitle: 'Dine valg om privatliv',
  bannerLabel: 'Samtykke til cookies',
  bannerText:
    'Nødvendige cookies er altid slået til. Med dit samtykke bruger vi og vores analyse- og annoncepartnere også cookies til dine præferencer, statistik, personaliserede annoncer og sociale medier. Du kan altid trække samtykket tilbage under cookieindstillinger.',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  privacyPolicy: 'Privatlivspolitik',
  cookiePolicy: 'Cookiepolitik',
  limitUse: 'Begræns brugen af mine følsomme personoplysninger',
  doNotSell: 'Sælg eller del ikke mine personoplysninger',
  gpcNotice:
    'Din browser sender signalet Global Privacy Control (GPC), som betyder, at du frabeder dig salg og deling af dine personoplysninger. Det respekterer vi: Annoncering forbliver slået fra, indtil du selv slår den til.',
  embedTitle: 'Indhold fra et andet websted',
  embedText: '{title} vises, når du tillader »{category}«, fordi det websted, indholdet kommer fra, kan sætte cookies.',
  embedUntitled: 'Dette indhold',
  allowEmbed: 'Tillad »{category}« og indlæs',
  necessaryLabel: 'Nødvendige',
  preferencesLabel: 'Præferencer',
  analyticsLabel: 'Statistik',
  advertisingLabel: 'Annoncering',
  socialLabel: 'Sociale medier',
  save: 'Gem valg',
  close: 'Luk',
  preferencesTitle: 'Cookiepræferencer',
  preferencesText:
    'Vælg, hvilke cookies vi må bruge. Nødvendige cookies er altid slået til, fordi hjemmesiden ikke kan fungere uden dem.',
  alwaysOn: 'Altid slået til',
  services: 'Tjenester',
  cookie: 'Navn',
  provider: 'Udbyder',
  purpose: 'Formål',
  duration: 'Varighed',
  session: 'Session',
  reopen: 'Cookieindstillinger',
  necessaryDescription: 'Holder hjemmesiden sikker og funktionsdygtig og husker dit cookievalg.',
  preferencesDescription: 'Husker valg som dit sprog.',
  analyticsDescription: 'Tæller besøg og viser os, hvordan hjemmesiden bruges, så vi kan forbedre den.',
  advertisingDescription:
    'Lader annoncepartnere sætte cookies for at vise dig annoncer ud fra dine besøg. Efter lovgivningen i visse amerikanske delstater regnes det som salg eller deling af personoplysninger.',
  socialDescription: 'Viser opslag, videoer og delingsknapper fra sociale medier, som kan sætte deres egne cookies.',
  contactTitle: 'Henvendelser om privatliv',
  contactText: 'Kontakt os, hvis du har spørgsmål om dine data eller vil begrænse, hvordan vi bruger dem:',
  email: 'E-mail',
  phone: 'Telefon',
  address: 'Adresse',
  contactPage: 'Kontaktside',
  declarationEmpty: 'Der er ikke angivet nogen tjenester for denne kategori.',
  noCookies: 'Sætter ingen egne cookies.',
  serviceProvider: 'Leveret af {provider}.',
  servicePolicy: 'Privatlivspolitik for {name}',
  switchOn: 'Til',
  switchOff: 'Fra',
};
