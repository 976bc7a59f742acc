import type { Strings } from './en.js';

/**
 * Maltese (Malti), "int". Terms as the IDPC uses them: cookies, kunsens, tirtira
 * l-kunsens, politika tal-privatezza.
 */
export const mt: Strings = {
  bannerTitle: 'L-għażliet tiegħek dwar il-privatezza',
  bannerLabel: 'Kunsens għall-cookies',
  bannerText:
    'Il-cookies meħtieġa huma dejjem attivi. Bil-kunsens tiegħek, aħna u s-sħab tagħna tal-analitika u tar-reklamar nużaw cookies ukoll għall-preferenzi, l-istatistika, reklami personalizzati u l-midja soċjali. Tista’ tirtira l-kunsens meta trid mill-issettjar tal-cookies.',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  customize: 'Aktar għażliet',
  privacyPolicy: 'Politika tal-privatezza',
  cookiePolicy: 'Politika dwar il-cookies',
  limitUse: 'Illimita l-użu tal-informazzjoni personali sensittiva tiegħi',
  doNotSell: 'Tbigħx u taqsamx l-informazzjoni personali tiegħi',
  gpcNotice:
    'Il-browser tiegħek qed jibgħat is-sinjal Global Privacy Control (GPC), li bih toġġezzjona għall-bejgħ u l-qsim tal-informazzjoni personali tiegħek. Nirrispettawh: ir-reklamar jibqa’ mitfi sakemm tixgħlu int.',
  embedTitle: 'Kontenut minn sit ieħor',
  embedText: '{title} jintwera meta tippermetti “{category}”, għax is-sit minn fejn ġej jista’ jissettja l-cookies.',
  embedUntitled: 'Dan il-kontenut',
  allowEmbed: 'Ippermetti “{category}” u għabbi',
  necessaryLabel: 'Meħtieġa',
  preferencesLabel: 'Preferenzi',
  analyticsLabel: 'Analitika',
  advertisingLabel: 'Reklamar',
  socialLabel: 'Midja soċjali',
  save: 'Aħżen l-għażliet',
  close: 'Agħlaq',
  preferencesTitle: 'Preferenzi tal-cookies',
  preferencesText:
    'Agħżel liema cookies nistgħu nużaw. Il-cookies meħtieġa huma dejjem attivi, għax mingħajrhom is-sit ma jaħdimx.',
  alwaysOn: 'Dejjem attivi',
  services: 'Servizzi',
  cookie: 'Isem',
  provider: 'Fornitur',
  purpose: 'Skop',
  duration: 'Tul ta’ żmien',
  session: 'Sessjoni',
  reopen: 'Issettjar tal-cookies',
  necessaryDescription: 'Iżommu s-sit sigur u jaħdem, u jiftakru l-għażla tiegħek dwar il-cookies.',
  preferencesDescription: 'Jiftakru għażliet bħall-lingwa tiegħek.',
  analyticsDescription: 'Jgħoddu ż-żjarat u juruna kif jintuża s-sit, biex inkunu nistgħu ntejbuh.',
  advertisingDescription:
    'Iħallu lis-sħab tar-reklamar jissettjaw cookies biex juruk reklami skont iż-żjarat tiegħek. Skont il-liġijiet ta’ xi stati tal-Istati Uniti, dan jgħodd bħala bejgħ jew qsim ta’ informazzjoni personali.',
  socialDescription:
    'Juru pubblikazzjonijiet, vidjows u buttuni tal-qsim mill-midja soċjali, li jistgħu jissettjaw il-cookies tagħhom.',
  contactTitle: 'Talbiet dwar il-privatezza',
  contactText: 'Biex tistaqsi dwar id-data tiegħek, jew biex tillimita kif nużawha, ikkuntattjana:',
  email: 'Posta elettronika',
  phone: 'Telefon',
  address: 'Indirizz',
  contactPage: 'Paġna ta’ kuntatt',
  declarationEmpty: 'M’hemm l-ebda servizz iddikjarat għal din il-kategorija.',
  noCookies: 'Ma jissettja l-ebda cookie tiegħu.',
  serviceProvider: 'Fornitur: {provider}.',
  servicePolicy: 'Politika tal-privatezza ta’ {name}',
  switchOn: 'Mixgħul',
  switchOff: 'Mitfi',
};
