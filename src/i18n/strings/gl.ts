import type { Strings } from './en.js';

/**
 * Galician (galego), "vostede". Terms as the Spanish AEPD's and the Xunta's Galician
 * texts use them: cookies, consentimento, retirar o consentimento, política de privacidade.
 */
export const gl: Strings = {
  bannerTitle: 'As súas opcións de privacidade',
  bannerLabel: 'Consentimento de cookies',
  bannerText:
    'As cookies necesarias están sempre activas. Co seu consentimento, nós e os nosos socios de analítica e publicidade usamos tamén cookies para preferencias, estatísticas, publicidade personalizada e redes sociais. Pode retiralo cando queira na configuración das cookies.',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rexeitar todo',
  customize: 'Personalizar',
  privacyPolicy: 'Política de privacidade',
  cookiePolicy: 'Política de cookies',
  limitUse: 'Limitar o uso da miña información persoal sensible',
  doNotSell: 'Non vender nin compartir a miña información persoal',
  gpcNotice:
    'O seu navegador envía o sinal Global Privacy Control (GPC), co que se opón á venda e á compartición da súa información persoal. Respectámolo: a publicidade segue desactivada ata que vostede a active.',
  embedTitle: 'Contido doutro sitio',
  embedText: '{title} cargarase cando permita «{category}», porque o sitio do que procede pode instalar cookies.',
  embedUntitled: 'Este contido',
  allowEmbed: 'Permitir «{category}» e cargar',
  necessaryLabel: 'Necesarias',
  preferencesLabel: 'Preferencias',
  analyticsLabel: 'Analítica',
  advertisingLabel: 'Publicidade',
  socialLabel: 'Redes sociais',
  save: 'Gardar opcións',
  close: 'Pechar',
  preferencesTitle: 'Preferencias de cookies',
  preferencesText:
    'Escolla que cookies podemos usar. As cookies necesarias están sempre activas, porque o sitio non pode funcionar sen elas.',
  alwaysOn: 'Sempre activas',
  services: 'Servizos',
  cookie: 'Nome',
  provider: 'Provedor',
  purpose: 'Finalidade',
  duration: 'Duración',
  session: 'Sesión',
  reopen: 'Configuración das cookies',
  necessaryDescription: 'Manteñen o sitio seguro e en funcionamento, e lembran a súa elección de cookies.',
  preferencesDescription: 'Lembran opcións como o seu idioma.',
  analyticsDescription: 'Contan as visitas e amósannos como se usa o sitio, para que o poidamos mellorar.',
  advertisingDescription:
    'Permiten que os socios publicitarios instalen cookies para amosarlle anuncios segundo as súas visitas. Segundo as leis dalgúns estados dos EUA, isto considérase vender ou compartir información persoal.',
  socialDescription:
    'Amosan publicacións, vídeos e botóns para compartir de redes sociais, que poden instalar as súas propias cookies.',
  contactTitle: 'Solicitudes de privacidade',
  contactText: 'Para preguntar polos seus datos, ou para limitar como os usamos, contacte connosco:',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  address: 'Enderezo',
  contactPage: 'Páxina de contacto',
  declarationEmpty: 'Non hai servizos declarados para esta categoría.',
  noCookies: 'Non instala cookies propias.',
  serviceProvider: 'Fornecido por {provider}.',
  servicePolicy: 'Política de privacidade de {name}',
  switchOn: 'Activado',
  switchOff: 'Desactivado',
};
