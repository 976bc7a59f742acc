import type { Strings } from './en.js';

/**
 * Italian (italiano), "tu". Terms as the Garante uses them: consenso, "Rifiuta tutto",
 * revocare il consenso, informativa sulla privacy, informativa sui cookie, cookie tecnici
 * (necessari). Also serves it-CH.
 */
export const it: Strings = {
  bannerTitle: 'Le tue scelte sulla privacy',
  bannerLabel: 'Consenso ai cookie',
  // Purposes after a colon: the list then also takes a site's own labels as written.
  consentWith:
    'Con il tuo consenso, noi e i nostri partner ({parties}) usiamo i cookie per queste finalità: {purposes}.',
  consentOwn: 'Con il tuo consenso, usiamo i cookie per queste finalità: {purposes}.',
  usesWith: 'Noi e i nostri partner ({parties}) usiamo i cookie per queste finalità: {purposes}.',
  usesOwn: 'Usiamo i cookie per queste finalità: {purposes}.',
  purposePreferences: 'memorizzazione delle tue impostazioni',
  purposeAnalytics: 'statistiche sulle visite',
  purposeAdvertising: 'pubblicità personalizzata',
  purposeSocial: 'contenuti dei social network',
  moreParties: 'altri {count}',
  durations: 'Questi cookie durano fino a {cookies}; la tua scelta viene conservata per {choice}.',
  choiceKept: 'La tua scelta viene conservata per {choice}.',
  withdrawButton: 'Puoi revocare il consenso in qualsiasi momento con il pulsante «{button}».',
  withdrawSettings: 'Puoi revocare il consenso in qualsiasi momento dalle impostazioni dei cookie.',
  optOutButton: 'Puoi opporti in qualsiasi momento con il pulsante «{button}».',
  optOutSettings: 'Puoi opporti in qualsiasi momento dalle impostazioni dei cookie.',
  and: 'e',
  days: 'giorni',
  months: 'mesi',
  years: 'anni',
  noticeLabel: 'Aggiornamento dell’informativa sulla privacy',
  // "in data" takes the date without an article, which would vary with the day ("il 2", "l’8").
  noticeText:
    'La nostra informativa sulla privacy cambierà in data {date}. Da quel giorno ti chiederemo di nuovo di scegliere.',
  noticeLink: 'Cosa cambia',
  noticeDismiss: 'Nascondi',
  acceptAll: 'Accetta tutto',
  rejectAll: 'Rifiuta tutto',
  customize: 'Personalizza',
  privacyPolicy: 'Informativa sulla privacy',
  cookiePolicy: 'Informativa sui cookie',
  limitUse: 'Limita l’uso delle mie informazioni personali sensibili',
  doNotSell: 'Non vendere né condividere le mie informazioni personali',
  gpcNotice:
    'Il tuo browser invia il segnale Global Privacy Control (GPC), con cui ti opponi alla vendita e alla condivisione delle tue informazioni personali. Lo rispettiamo: la pubblicità resta disattivata finché non la attivi tu.',
  embedTitle: 'Contenuto da un altro sito',
  embedText:
    'Caricheremo {title} quando consentirai «{category}», perché il sito da cui proviene può installare cookie.',
  embedUntitled: 'questo contenuto',
  allowEmbed: 'Consenti «{category}» e carica',
  necessaryLabel: 'Necessari',
  preferencesLabel: 'Preferenze',
  analyticsLabel: 'Statistiche',
  advertisingLabel: 'Pubblicità',
  socialLabel: 'Social network',
  save: 'Salva le scelte',
  close: 'Chiudi',
  preferencesTitle: 'Preferenze sui cookie',
  preferencesText:
    'Scegli quali cookie possiamo usare. I cookie necessari sono sempre attivi, perché senza di essi il sito non può funzionare.',
  alwaysOn: 'Sempre attivi',
  services: 'Servizi',
  cookie: 'Nome',
  provider: 'Fornitore',
  purpose: 'Finalità',
  duration: 'Durata',
  session: 'Sessione',
  reopen: 'Impostazioni dei cookie',
  necessaryDescription: 'Mantengono il sito sicuro e funzionante e ricordano la tua scelta sui cookie.',
  preferencesDescription: 'Ricordano scelte come la tua lingua.',
  analyticsDescription: 'Contano le visite e ci mostrano come viene usato il sito, così possiamo migliorarlo.',
  advertisingDescription:
    'Consentono ai partner pubblicitari di installare cookie per mostrarti annunci in base alle tue visite. Secondo le leggi di alcuni Stati USA, ciò equivale a vendere o condividere informazioni personali.',
  socialDescription:
    'Mostrano post, video e pulsanti di condivisione dei social network, che possono installare i propri cookie.',
  contactTitle: 'Richieste sulla privacy',
  contactText: 'Per domande sui tuoi dati, o per limitarne l’uso, contattaci:',
  email: 'E-mail',
  phone: 'Telefono',
  address: 'Indirizzo',
  contactPage: 'Pagina dei contatti',
  declarationEmpty: 'Nessun servizio dichiarato per questa categoria.',
  noCookies: 'Non installa cookie propri.',
  serviceProvider: 'Fornito da {provider}.',
  servicePolicy: 'Informativa sulla privacy di {name}',
  switchOn: 'Attivo',
  switchOff: 'Disattivo',
};
