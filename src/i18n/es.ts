import type { Strings } from './en';

/** Spanish interface strings. */
export const es: Strings = {
  bannerTitle: 'Sus opciones de privacidad',
  bannerText:
    'Usamos las cookies que el sitio necesita para funcionar. Con su permiso, también usamos cookies de estadísticas, publicidad y redes sociales. Puede cambiar de opinión en cualquier momento.',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  customize: 'Personalizar',
  save: 'Guardar opciones',
  close: 'Cerrar',
  preferencesTitle: 'Preferencias de cookies',
  preferencesText:
    'Elija qué cookies podemos usar. Las cookies necesarias siempre están activas porque el sitio no funciona sin ellas.',
  privacyPolicy: 'Política de privacidad',
  cookiePolicy: 'Política de cookies',
  alwaysOn: 'Siempre activas',
  services: 'Servicios',
  cookie: 'Cookie',
  provider: 'Proveedor',
  purpose: 'Finalidad',
  duration: 'Duración',
  reopen: 'Configuración de cookies',
  necessaryLabel: 'Necesarias',
  necessaryDescription: 'Mantienen el sitio seguro y en funcionamiento, y recuerdan su elección de cookies.',
  preferencesLabel: 'Preferencias',
  preferencesDescription: 'Recuerdan opciones como su idioma.',
  analyticsLabel: 'Analítica',
  analyticsDescription: 'Cuentan las visitas y nos muestran cómo se usa el sitio, para poder mejorarlo.',
  advertisingLabel: 'Publicidad',
  advertisingDescription:
    'Permite que nuestros socios publicitarios instalen cookies para mostrarle anuncios según sus visitas. Según las leyes estatales de EE. UU., esto cuenta como vender o compartir información personal.',
  socialLabel: 'Redes sociales',
  socialDescription:
    'Muestran publicaciones, vídeos y botones para compartir de redes sociales, que pueden instalar sus propias cookies.',
};
