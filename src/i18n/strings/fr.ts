import type { Strings } from './en.js';

/**
 * French (français), « vous ». Terms as the CNIL uses them: consentement, « Tout refuser »
 * as visible as « Tout accepter », retirer son consentement, mesure d’audience, politique
 * de confidentialité. Also serves fr-BE, fr-CH and fr-LU.
 */
export const fr: Strings = {
  bannerTitle: 'Vos choix de confidentialité',
  bannerLabel: 'Consentement aux cookies',
  consentWith: 'Avec votre consentement, nous et nos partenaires {parties} utilisons des cookies pour {purposes}.',
  consentOwn: 'Avec votre consentement, nous utilisons des cookies pour {purposes}.',
  usesWith: 'Nous et nos partenaires {parties} utilisons des cookies pour {purposes}.',
  usesOwn: 'Nous utilisons des cookies pour {purposes}.',
  purposePreferences: 'vos préférences',
  purposeAnalytics: 'la mesure d’audience',
  purposeAdvertising: 'la publicité personnalisée',
  purposeSocial: 'les réseaux sociaux',
  moreParties: '{count} autres',
  durations: 'Ces cookies sont conservés jusqu’à {cookies}, votre choix {choice}.',
  choiceKept: 'Votre choix est conservé pendant {choice}.',
  withdrawButton: 'Vous pouvez retirer votre consentement à tout moment via «\u00a0{button}\u00a0».',
  withdrawSettings: 'Vous pouvez retirer votre consentement à tout moment dans les paramètres des cookies.',
  optOutButton: 'Vous pouvez vous y opposer à tout moment via «\u00a0{button}\u00a0».',
  optOutSettings: 'Vous pouvez vous y opposer à tout moment dans les paramètres des cookies.',
  and: 'et',
  days: 'jours',
  months: 'mois',
  years: 'ans',
  noticeLabel: 'Mise à jour de la politique de confidentialité',
  noticeText:
    'Notre politique de confidentialité change le {date}. Nous vous demanderons alors de refaire votre choix.',
  noticeLink: 'Ce qui change',
  noticeDismiss: 'Masquer',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  privacyPolicy: 'Politique de confidentialité',
  cookiePolicy: 'Politique cookies',
  limitUse: 'Limiter l’utilisation de mes informations personnelles sensibles',
  doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
  gpcNotice:
    'Votre navigateur envoie le signal Global Privacy Control (GPC), par lequel vous vous opposez à la vente et au partage de vos informations personnelles. Nous le respectons\u00a0: la publicité reste désactivée tant que vous ne l’activez pas vous-même.',
  embedTitle: 'Contenu d’un autre site',
  embedText:
    '{title} s’affichera quand vous aurez autorisé «\u00a0{category}\u00a0», car le site d’où il provient peut déposer des cookies.',
  embedUntitled: 'Ce contenu',
  allowEmbed: 'Autoriser «\u00a0{category}\u00a0» et afficher',
  necessaryLabel: 'Nécessaires',
  preferencesLabel: 'Préférences',
  analyticsLabel: 'Mesure d’audience',
  advertisingLabel: 'Publicité',
  socialLabel: 'Réseaux sociaux',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  preferencesTitle: 'Gestion des cookies',
  preferencesText:
    'Choisissez les cookies que nous pouvons utiliser. Les cookies nécessaires sont toujours actifs, car le site ne peut pas fonctionner sans eux.',
  alwaysOn: 'Toujours actifs',
  services: 'Services utilisés',
  cookie: 'Nom',
  provider: 'Fournisseur',
  purpose: 'Finalité',
  duration: 'Durée de conservation',
  session: 'Session',
  reopen: 'Paramètres des cookies',
  necessaryDescription:
    'Assurent la sécurité et le fonctionnement du site, et mémorisent votre choix en matière de cookies.',
  preferencesDescription: 'Mémorisent des choix comme votre langue.',
  analyticsDescription:
    'Comptent les visites et nous montrent comment le site est utilisé, pour que nous puissions l’améliorer.',
  advertisingDescription:
    'Permettent à des partenaires publicitaires de déposer des cookies pour vous montrer des publicités adaptées à vos visites. Au sens de certaines lois d’États américains, il s’agit d’une vente ou d’un partage d’informations personnelles.',
  socialDescription:
    'Affichent des publications, vidéos et boutons de partage de réseaux sociaux, qui peuvent déposer leurs propres cookies.',
  contactTitle: 'Demandes relatives à vos données',
  contactText: 'Pour toute question sur vos données, ou pour limiter leur utilisation, contactez-nous\u00a0:',
  email: 'Courriel',
  phone: 'Téléphone',
  address: 'Adresse',
  contactPage: 'Page de contact',
  declarationEmpty: 'Aucun service n’est déclaré pour cette catégorie.',
  noCookies: 'Ne dépose aucun cookie.',
  serviceProvider: 'Fourni par {provider}.',
  servicePolicy: 'Politique de confidentialité de {name}',
  switchOn: 'Activé',
  switchOff: 'Désactivé',
};
