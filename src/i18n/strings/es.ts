import type { Strings } from './en.js';

/**
 * Spanish (español), "usted". Terms as the AEPD uses them: consentimiento, retirar el
 * consentimiento, "Rechazar todo", política de privacidad, cookies necesarias. Also serves
 * es-419 and every other region.
 */
export const es: Strings = {
  bannerTitle: 'Sus opciones de privacidad',
  bannerLabel: 'Consentimiento de cookies',
  bannerText:
    'Usamos las cookies necesarias para el sitio. Con su consentimiento, nosotros y nuestros socios de analítica y publicidad usamos también cookies para preferencias, estadísticas, publicidad personalizada y redes sociales. Puede retirarlo cuando quiera en la configuración de cookies.',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  customize: 'Personalizar',
  privacyPolicy: 'Política de privacidad',
  cookiePolicy: 'Política de cookies',
  limitUse: 'Limitar el uso de mi información personal confidencial',
  doNotSell: 'No vender ni compartir mi información personal',
  gpcNotice:
    'Su navegador envía una señal de Control Global de Privacidad (GPC). La respetamos como su decisión de no permitir la venta ni el intercambio de su información personal, por lo que la publicidad permanece desactivada salvo que usted la active.',
  embedTitle: 'Contenido de otro sitio',
  embedText: '{title} se cargará cuando permita «{category}», porque el sitio del que proviene puede instalar cookies.',
  embedUntitled: 'Este contenido',
  allowEmbed: 'Permitir «{category}» y cargar',
  necessaryLabel: 'Necesarias',
  preferencesLabel: 'Preferencias',
  analyticsLabel: 'Analítica',
  advertisingLabel: 'Publicidad',
  socialLabel: 'Redes sociales',
  save: 'Guardar opciones',
  close: 'Cerrar',
  preferencesTitle: 'Preferencias de cookies',
  preferencesText:
    'Elija qué cookies podemos usar. Las cookies necesarias siempre están activas porque el sitio no funciona sin ellas.',
  alwaysOn: 'Siempre activas',
  services: 'Servicios',
  cookie: 'Nombre',
  provider: 'Proveedor',
  purpose: 'Finalidad',
  duration: 'Duración',
  session: 'Sesión',
  reopen: 'Configuración de cookies',
  necessaryDescription: 'Mantienen el sitio seguro y en funcionamiento, y recuerdan su elección de cookies.',
  preferencesDescription: 'Recuerdan opciones como su idioma.',
  analyticsDescription: 'Cuentan las visitas y nos muestran cómo se usa el sitio, para poder mejorarlo.',
  advertisingDescription:
    'Permite que nuestros socios publicitarios instalen cookies para mostrarle anuncios según sus visitas. Según las leyes estatales de EE. UU., esto cuenta como vender o compartir información personal.',
  socialDescription:
    'Muestran publicaciones, vídeos y botones para compartir de redes sociales, que pueden instalar sus propias cookies.',
  contactTitle: 'Solicitudes de privacidad',
  contactText: 'Para preguntar por sus datos, o limitar cómo los usamos, contáctenos:',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  address: 'Dirección',
  contactPage: 'Página de contacto',
  declarationEmpty: 'No hay servicios declarados para esta categoría.',
  noCookies: 'No instala cookies propias.',
  serviceProvider: 'Proporcionado por {provider}.',
  servicePolicy: 'Política de privacidad de {name}',
  switchOn: 'Activado',
  switchOff: 'Desactivado',
};
