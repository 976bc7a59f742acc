import type { Strings } from './en.js';

/**
 * Catalan (català), "vós". Terms as the Autoritat Catalana de Protecció de Dades uses
 * them: galetes, consentiment, retirar el consentiment, política de privadesa.
 */
export const ca: Strings = {
  bannerTitle: 'Les vostres opcions de privadesa',
  bannerLabel: 'Consentiment de galetes',
  bannerText:
    'Les galetes necessàries sempre estan actives. Amb el vostre consentiment, nosaltres i els nostres socis d’analítica i publicitat també usem galetes per a preferències, estadístiques, publicitat personalitzada i xarxes socials. Podeu retirar-lo quan vulgueu a la configuració de galetes.',
  acceptAll: 'Accepta-ho tot',
  rejectAll: 'Rebutja-ho tot',
  customize: 'Personalitza',
  privacyPolicy: 'Política de privadesa',
  cookiePolicy: 'Política de galetes',
  limitUse: 'Limita l’ús de la meva informació personal sensible',
  doNotSell: 'No venguis ni comparteixis la meva informació personal',
  gpcNotice:
    'El vostre navegador envia el senyal Global Privacy Control (GPC), amb què us oposeu a la venda i a la compartició de la vostra informació personal. El respectem: la publicitat queda desactivada fins que l’activeu vosaltres.',
  embedTitle: 'Contingut d’un altre lloc',
  embedText: '{title} es carregarà quan permeteu «{category}», perquè el lloc d’on prové pot instal·lar galetes.',
  embedUntitled: 'Aquest contingut',
  allowEmbed: 'Permet «{category}» i carrega',
  necessaryLabel: 'Necessàries',
  preferencesLabel: 'Preferències',
  analyticsLabel: 'Analítica',
  advertisingLabel: 'Publicitat',
  socialLabel: 'Xarxes socials',
  save: 'Desa les opcions',
  close: 'Tanca',
  preferencesTitle: 'Preferències de galetes',
  preferencesText:
    'Trieu quines galetes podem fer servir. Les galetes necessàries sempre estan actives, perquè el lloc no pot funcionar sense elles.',
  alwaysOn: 'Sempre actives',
  services: 'Serveis',
  cookie: 'Galeta',
  provider: 'Proveïdor',
  purpose: 'Finalitat',
  duration: 'Durada',
  session: 'Sessió',
  reopen: 'Configuració de galetes',
  necessaryDescription: 'Mantenen el lloc segur i en funcionament, i recorden la vostra elecció de galetes.',
  preferencesDescription: 'Recorden opcions com ara la vostra llengua.',
  analyticsDescription: 'Compten les visites i ens mostren com s’utilitza el lloc, perquè el puguem millorar.',
  advertisingDescription:
    'Permeten que els socis publicitaris instal·lin galetes per mostrar-vos anuncis segons les vostres visites. Segons les lleis d’alguns estats dels EUA, això es considera vendre o compartir informació personal.',
  socialDescription:
    'Mostren publicacions, vídeos i botons per compartir de xarxes socials, que poden instal·lar les seves pròpies galetes.',
  contactTitle: 'Sol·licituds de privadesa',
  contactText: 'Per preguntar per les vostres dades, o per limitar com les fem servir, contacteu amb nosaltres:',
  email: 'Correu electrònic',
  phone: 'Telèfon',
  address: 'Adreça',
  contactPage: 'Pàgina de contacte',
  declarationEmpty: 'No hi ha serveis declarats per a aquesta categoria.',
  noCookies: 'No instal·la galetes pròpies.',
  serviceProvider: 'Proporcionat per {provider}.',
  servicePolicy: 'Política de privadesa de {name}',
  switchOn: 'Activat',
  switchOff: 'Desactivat',
};
