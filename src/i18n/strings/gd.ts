import type { Strings } from './en.js';

/**
 * Scottish Gaelic (Gàidhlig), "thu". Terms as Scottish public bodies' Gaelic pages use
 * them: briosgaidean, cead, do chead a tharraing air ais, poileasaidh prìobhaideachd.
 */
export const gd: Strings = {
  bannerTitle: 'Do roghainnean prìobhaideachd',
  bannerLabel: 'Cead airson briosgaidean',
  // "còmhla ri" (together with) leaves the partners' names unmutated; the purposes follow a
  // colon, in the nominative, so a site's own category label fits too.
  consentWith: 'Le do chead, cleachdaidh sinn briosgaidean còmhla ri {parties} airson nan adhbharan seo: {purposes}.',
  consentOwn: 'Le do chead, cleachdaidh sinn briosgaidean airson nan adhbharan seo: {purposes}.',
  usesWith: 'Cleachdaidh sinn briosgaidean còmhla ri {parties} airson nan adhbharan seo: {purposes}.',
  usesOwn: 'Cleachdaidh sinn briosgaidean airson nan adhbharan seo: {purposes}.',
  purposePreferences: 'roghainnean',
  purposeAnalytics: 'staitistig',
  purposeAdvertising: 'sanasan pearsanaichte',
  purposeSocial: 'meadhanan sòisealta',
  moreParties: '{count} eile',
  durations: 'Mairidh na briosgaidean suas ri {cookies}, do roghainn fad {choice}.',
  choiceKept: 'Cumaidh sinn do roghainn fad {choice}.',
  withdrawButton: 'Tarraing do chead air ais uair sam bith le “{button}”.',
  withdrawSettings: 'Tarraing do chead air ais uair sam bith ann an roghainnean nam briosgaidean.',
  optOutButton: 'Cuir an aghaidh a’ chleachdaidh seo uair sam bith le “{button}”.',
  optOutSettings: 'Cuir an aghaidh a’ chleachdaidh seo uair sam bith ann an roghainnean nam briosgaidean.',
  and: 'agus',
  days: 'latha',
  months: 'mìos',
  years: 'bliadhna',
  noticeLabel: 'Ùrachadh air a’ phoileasaidh prìobhaideachd',
  noticeText:
    'Atharraichidh am poileasaidh prìobhaideachd againn air {date}. Iarraidh sinn ort roghnachadh a-rithist an uair sin.',
  noticeLink: 'Na tha ag atharrachadh',
  noticeDismiss: 'Falaich',
  acceptAll: 'Gabh ris na h-uile',
  rejectAll: 'Diùlt na h-uile',
  customize: 'Gnàthaich',
  privacyPolicy: 'Poileasaidh prìobhaideachd',
  cookiePolicy: 'Mu bhriosgaidean',
  limitUse: 'Cuingich cleachdadh an fhiosrachaidh phearsanta mhothachail agam',
  doNotSell: 'Na reic is na co-roinn am fiosrachadh pearsanta agam',
  gpcNotice:
    'Tha am brabhsair agad a’ cur siognail Global Privacy Control (GPC), a tha ag innse gu bheil thu an aghaidh reic is co-roinneadh an fhiosrachaidh phearsanta agad. Tha sinn ga urramachadh: fanaidh an t-sanasachd dheth gus an cuir thu fhèin air i.',
  embedTitle: 'Susbaint o làrach eile',
  embedText:
    'Nochdaidh {title} nuair a cheadaicheas tu “{category}”, oir faodaidh an làrach on tàinig e briosgaidean a shuidheachadh.',
  embedUntitled: 'an t-susbaint seo',
  allowEmbed: 'Ceadaich “{category}” is luchdaich',
  necessaryLabel: 'Riatanach',
  preferencesLabel: 'Roghainnean',
  analyticsLabel: 'Anailis',
  advertisingLabel: 'Sanasachd',
  socialLabel: 'Meadhanan sòisealta',
  save: 'Sàbhail na roghainnean',
  close: 'Dùin',
  preferencesTitle: 'Taghadh nam briosgaidean',
  preferencesText:
    'Tagh dè na briosgaidean a dh’fhaodas sinn a chleachdadh. Bidh na briosgaidean riatanach air an-còmhnaidh, oir chan obraich an làrach às an aonais.',
  alwaysOn: 'Air an-còmhnaidh',
  services: 'Seirbheisean',
  cookie: 'Briosgaid',
  provider: 'Solaraiche',
  purpose: 'Adhbhar',
  duration: 'Faid',
  session: 'Seisean',
  reopen: 'Roghainnean nam briosgaidean',
  necessaryDescription:
    'Cumaidh iad an làrach tèarainte is ag obair, agus cuimhnichidh iad do roghainn mu bhriosgaidean.',
  preferencesDescription: 'Cuimhnichidh iad roghainnean mar do chànan.',
  analyticsDescription:
    'Cunntaidh iad tadhalan agus seallaidh iad dhuinn mar a thathar a’ cleachdadh na làraich, gus an urrainn dhuinn a leasachadh.',
  advertisingDescription:
    'Leigidh iad le com-pàirtichean sanasachd briosgaidean a shuidheachadh gus sanasan a shealltainn dhut a-rèir nan tadhalan agad. Fo lagh cuid de stàitean nan SA, thathar a’ meas seo mar reic no co-roinneadh fiosrachaidh phearsanta.',
  socialDescription:
    'Seallaidh iad postaichean, videothan is putanan co-roinnidh o na meadhanan sòisealta, a dh’fhaodas am briosgaidean fhèin a shuidheachadh.',
  contactTitle: 'Iarrtasan prìobhaideachd',
  contactText: 'Airson faighneachd mun dàta agad, no airson cuingeachadh mar a chleachdas sinn e, cuir fios thugainn:',
  email: 'Post-d',
  phone: 'Fòn',
  address: 'Seòladh',
  contactPage: 'Duilleag conaltraidh',
  declarationEmpty: 'Cha deach seirbheis sam bith a chlàradh dhan roinn-seòrsa seo.',
  noCookies: 'Cha suidhich e briosgaidean dha fhèin.',
  serviceProvider: 'Solaraiche: {provider}.',
  servicePolicy: 'Poileasaidh prìobhaideachd: {name}',
  switchOn: 'Air',
  switchOff: 'Dheth',
  requestOpen: 'Cuir a-steach iarrtas prìobhaideachd',
  requestTitle: 'Iarrtas prìobhaideachd',
  requestText:
    'Iarr oirnn an dàta pearsanta a th’ againn mu do dhèidhinn a shealltainn, a cheartachadh no a sguabadh às, no cuingeachadh mar a chleachdas sinn e.',
  requestKind: 'Dè bu toigh leat gun dèanamaid?',
  kindAccess: 'Thoir dhomh cothrom air an dàta agam',
  kindCorrect: 'Ceartaich an dàta agam',
  kindDelete: 'Sguab às an dàta agam',
  kindOptOut: 'Na reic is na co-roinn an dàta agam',
  kindLimitUse: 'Cuingich cleachdadh an dàta mhothachail agam',
  kindOther: 'Rud eile',
  requestEmail: 'An seòladh puist-d agad',
  requestEmailHint:
    'Freagraidh sinn thu aig an t-seòladh seo, agus dh’fhaoidte gun iarr sinn ort dearbhadh cò thu an toiseach.',
  requestMessage: 'Teachdaireachd (roghainneil)',
  requestConsentId:
    'Thèid ID a’ chead agad, {id}, a chur leis an iarrtas, airson ’s gun lorg sinn na roghainnean briosgaid agad.',
  requestSend: 'Cuir an t-iarrtas',
  requestDone: 'Fhuair sinn an t-iarrtas',
  // The date after a colon: Intl's form ("6mh dhen Fhaoilleach") and an ISO one both stand there.
  requestDoneText: 'Seo an àireamh-iomraidh agad: {id}. Gheibh thu freagairt bhuainn ron cheann-latha seo: {date}.',
  requestEmailError: 'Cuir a-steach seòladh puist-d mar ainm@example.com.',
  requestInvalid: 'Cha deach gabhail ris an iarrtas. Thoir sùil air na chuir thu a-steach agus cuir e a-rithist.',
  requestLimit: 'Thàinig cus iarrtasan on lìonra agad san uair a thìde seo chaidh. Feuch ris a-rithist an ceann greis.',
  requestFailed: 'Cha b’ urrainn dhuinn an t-iarrtas a chur. Feuch ris a-rithist an ceann greis.',
};
