import type { Strings } from './en.js';

/**
 * Romansh (rumantsch, Rumantsch Grischun), polite "Vus". Terms as the Swiss federal
 * Romansh texts on data protection use them: protecziun da datas, consentiment,
 * revocar il consentiment.
 */
export const rm: Strings = {
  bannerTitle: 'Protecziun da Vossas datas',
  bannerLabel: 'Consentiment per cookies',
  consentWith: 'Cun Voss consentiment utilisain nus e noss partenaris ({parties}) cookies per {purposes}.',
  consentOwn: 'Cun Voss consentiment utilisain nus cookies per {purposes}.',
  usesWith: 'Nus e noss partenaris ({parties}) utilisain cookies per {purposes}.',
  usesOwn: 'Nus utilisain cookies per {purposes}.',
  purposePreferences: 'memorisaziun da Vossas preferenzas',
  purposeAnalytics: 'statisticas da visitas',
  purposeAdvertising: 'reclama persunalisada',
  purposeSocial: 'cuntegns da medias socialas',
  moreParties: 'anc {count}',
  durations: 'Quests cookies duran fin a {cookies}; Vossa tscherna vegn memorisada per {choice}.',
  choiceKept: 'Vossa tscherna vegn memorisada per {choice}.',
  withdrawButton: 'Vus pudais revocar il consentiment da tut temp cun il buttun «{button}».',
  withdrawSettings: 'Vus pudais revocar il consentiment da tut temp en la configuraziun dals cookies.',
  optOutButton: 'Vus pudais As opponer da tut temp cun il buttun «{button}».',
  optOutSettings: 'Vus pudais As opponer da tut temp en la configuraziun dals cookies.',
  and: 'e',
  days: 'dis',
  months: 'mais',
  years: 'onns',
  noticeLabel: 'Midada da la decleraziun da protecziun da datas',
  // The date after a colon: before a date the article varies ("il 1.", "ils 21").
  noticeText:
    'Nossa decleraziun da protecziun da datas sa mida. Data d’entrada en vigur: {date}. Lura As dumandain nus puspè da tscherner.',
  noticeLink: 'Tge che sa mida',
  noticeDismiss: 'Zuppentar',
  acceptAll: 'Acceptar tut',
  rejectAll: 'Refusar tut',
  customize: 'Adattar',
  privacyPolicy: 'Protecziun da datas',
  cookiePolicy: 'Davart ils cookies',
  limitUse: 'Limitar l’utilisaziun da mias datas persunalas sensiblas',
  doNotSell: 'Betg vender e betg parter mias datas persunalas',
  gpcNotice:
    'Voss navigatur trametta il signal Global Privacy Control (GPC), cun il qual Vus As opponis a la vendita ed a la partiziun da Vossas datas persunalas. Nus respectain quai: la reclama resta deactivada, fin che Vus l’activais sez.',
  embedTitle: 'Cuntegn d’ina autra website',
  embedText:
    '{title} vegn mussà, sche Vus permettais «{category}», perquai che la website da la quala el deriva po memorisar cookies.',
  embedUntitled: 'Quest cuntegn',
  allowEmbed: 'Permetter «{category}» e chargiar',
  necessaryLabel: 'Necessaris',
  preferencesLabel: 'Preferenzas',
  analyticsLabel: 'Analisa',
  advertisingLabel: 'Reclama',
  socialLabel: 'Medias socialas',
  save: 'Memorisar las tschernas',
  close: 'Serrar',
  preferencesTitle: 'Preferenzas per cookies',
  preferencesText:
    'Tscherni tge cookies che nus dastgain utilisar. Ils cookies necessaris èn adina activs, perquai che la website na funcziuna betg senza els.',
  alwaysOn: 'Adina activs',
  services: 'Servetschs',
  cookie: 'Num',
  provider: 'Purschider',
  purpose: 'Intent',
  duration: 'Durada',
  session: 'Sessiun',
  reopen: 'Configuraziun dals cookies',
  necessaryDescription:
    'Garanteschan la segirezza ed il funcziunament da la website e memoriseschan Vossa tscherna davart ils cookies.',
  preferencesDescription: 'Memoriseschan tschernas sco Vossa lingua.',
  analyticsDescription:
    'Dumbran las visitas e ans mussan co che la website vegn utilisada, per che nus la possian meglierar.',
  advertisingDescription:
    'Permettan a partenaris da reclama da memorisar cookies per As mussar reclama tenor Vossas visitas. Tenor la legislaziun da tscherts stadis dals Stadis Unids vala quai sco vendita u partiziun da datas persunalas.',
  socialDescription:
    'Mussan contribuziuns, videos e buttuns da parter da medias socialas che pon memorisar agens cookies.',
  contactTitle: 'Dumondas davart la protecziun da datas',
  contactText: 'Per dumandar davart Vossas datas u per limitar co che nus las utilisain, As drizzai a nus:',
  email: 'E-mail',
  phone: 'Telefon',
  address: 'Adressa',
  contactPage: 'Pagina da contact',
  declarationEmpty: 'Per questa categoria n’èn declerads nagins servetschs.',
  noCookies: 'Na memorisescha nagins agens cookies.',
  serviceProvider: 'Purschider: {provider}.',
  servicePolicy: 'Decleraziun da protecziun da datas: {name}',
  switchOn: 'Activà',
  switchOff: 'Deactivà',
};
