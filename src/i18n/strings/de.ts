import type { Strings } from './en.js';

/**
 * German (Deutsch), formal „Sie“. Terms as the German and Austrian authorities and
 * the Swiss FDPIC use them: Einwilligung, widerrufen, „Alle ablehnen“, Datenschutzerklärung,
 * notwendige Cookies. Also serves de-AT, de-CH and de-LI.
 */
export const de: Strings = {
  bannerTitle: 'Ihre Datenschutzeinstellungen',
  bannerLabel: 'Cookie-Einwilligung',
  bannerText:
    'Notwendige Cookies sind immer aktiv. Mit Ihrer Einwilligung nutzen wir und unsere Analyse- und Werbepartner weitere Cookies für Ihre Einstellungen, Statistik, personalisierte Werbung und soziale Medien. Ihre Einwilligung können Sie jederzeit in den Cookie-Einstellungen widerrufen.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  privacyPolicy: 'Datenschutzerklärung',
  cookiePolicy: 'Cookie-Richtlinie',
  limitUse: 'Verwendung meiner sensiblen personenbezogenen Daten einschränken',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  gpcNotice:
    'Ihr Browser sendet das Signal „Global Privacy Control“ (GPC), mit dem Sie dem Verkauf und der Weitergabe Ihrer personenbezogenen Daten widersprechen. Wir respektieren das: Werbung bleibt ausgeschaltet, bis Sie sie selbst einschalten.',
  embedTitle: 'Inhalt einer anderen Website',
  embedText:
    '{title} wird erst geladen, wenn Sie „{category}“ erlauben, weil die Website, von der der Inhalt stammt, Cookies setzen kann.',
  embedUntitled: 'Dieser Inhalt',
  allowEmbed: '„{category}“ erlauben und laden',
  necessaryLabel: 'Notwendig',
  preferencesLabel: 'Präferenzen',
  analyticsLabel: 'Statistik',
  advertisingLabel: 'Werbung',
  socialLabel: 'Soziale Medien',
  save: 'Auswahl speichern',
  close: 'Schließen',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesText:
    'Wählen Sie, welche Cookies wir verwenden dürfen. Notwendige Cookies sind immer aktiv, weil die Website ohne sie nicht funktioniert.',
  alwaysOn: 'Immer aktiv',
  services: 'Dienste',
  cookie: 'Name',
  provider: 'Anbieter',
  purpose: 'Zweck',
  duration: 'Speicherdauer',
  session: 'Sitzung',
  reopen: 'Cookie-Einstellungen',
  necessaryDescription: 'Hält die Website sicher und funktionsfähig und speichert Ihre Cookie-Auswahl.',
  preferencesDescription: 'Speichert Einstellungen wie Ihre Sprache.',
  analyticsDescription: 'Zählt Besuche und zeigt uns, wie die Website genutzt wird, damit wir sie verbessern können.',
  advertisingDescription:
    'Erlaubt Werbepartnern, Cookies zu setzen, um Ihnen Werbung passend zu Ihren Besuchen zu zeigen. Nach dem Recht einzelner US-Bundesstaaten gilt das als Verkauf oder Weitergabe personenbezogener Daten.',
  socialDescription:
    'Zeigt Beiträge, Videos und Teilen-Schaltflächen sozialer Medien, die eigene Cookies setzen können.',
  contactTitle: 'Anfragen zum Datenschutz',
  contactText: 'Bei Fragen zu Ihren Daten oder um deren Verwendung einzuschränken, kontaktieren Sie uns:',
  email: 'E-Mail',
  phone: 'Telefon',
  address: 'Anschrift',
  contactPage: 'Kontaktseite',
  declarationEmpty: 'Für diese Kategorie sind keine Dienste angegeben.',
  noCookies: 'Setzt keine eigenen Cookies.',
  serviceProvider: 'Anbieter: {provider}.',
  servicePolicy: 'Datenschutzerklärung von {name}',
  switchOn: 'An',
  switchOff: 'Aus',
};
