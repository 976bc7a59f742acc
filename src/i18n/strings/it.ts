import type { Strings } from './en.js';

/**
 * Italian (italiano), "tu". Terms as the Garante uses them: consenso, "Rifiuta tutto",
 * revocare il consenso, informativa sulla privacy, informativa sui cookie, cookie tecnici
 * (necessari). Also serves it-CH.
 */
export const it: Strings = {
  bannerTitle: 'Le tue scelte sulla privacy',
  bannerLabel: 'Consenso ai cookie',
  bannerText:
    'Usiamo i cookie necessari al sito. Con il tuo consenso, noi e i nostri partner di statistica e pubblicità usiamo anche cookie per preferenze, statistiche, pubblicità personalizzata e social network. Puoi revocare il consenso quando vuoi dalle impostazioni dei cookie.',
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
