import type { Strings } from './en.js';

/**
 * Irish (Gaeilge), "tú". Terms as the Data Protection Commission's Irish texts use them:
 * fianáin, toiliú, do thoiliú a tharraingt siar, beartas príobháideachais.
 */
export const ga: Strings = {
  bannerTitle: 'Do roghanna príobháideachais',
  bannerLabel: 'Toiliú le fianáin',
  // The partners in brackets, as the verb comes first; the purposes follow a colon, in the
  // nominative, so a site's own category label fits too.
  consentWith:
    'Le do thoiliú, úsáideann muid agus ár gcomhpháirtithe ({parties}) fianáin chun na gcríoch seo: {purposes}.',
  consentOwn: 'Le do thoiliú, úsáidimid fianáin chun na gcríoch seo: {purposes}.',
  usesWith: 'Úsáideann muid agus ár gcomhpháirtithe ({parties}) fianáin chun na gcríoch seo: {purposes}.',
  usesOwn: 'Úsáidimid fianáin chun na gcríoch seo: {purposes}.',
  purposePreferences: 'cuimhneamh ar do shocruithe',
  purposeAnalytics: 'staitisticí cuairteanna',
  purposeAdvertising: 'fógraí pearsantaithe',
  purposeSocial: 'ábhar ó na meáin shóisialta',
  moreParties: '{count} eile',
  durations: 'Maireann na fianáin seo suas le {cookies}; coinnímid do rogha ar feadh {choice}.',
  choiceKept: 'Coinnímid do rogha ar feadh {choice}.',
  withdrawButton: 'Is féidir leat do thoiliú a tharraingt siar am ar bith leis an gcnaipe “{button}”.',
  withdrawSettings: 'Is féidir leat do thoiliú a tharraingt siar am ar bith i socruithe na bhfianán.',
  optOutButton: 'Is féidir leat agóid a dhéanamh am ar bith leis an gcnaipe “{button}”.',
  optOutSettings: 'Is féidir leat agóid a dhéanamh am ar bith i socruithe na bhfianán.',
  and: 'agus',
  days: 'lá',
  months: 'mí',
  years: 'bliain',
  noticeLabel: 'Nuashonrú ar an mbeartas príobháideachais',
  noticeText: 'Athrófar ár mbeartas príobháideachais ar {date}. Iarrfaimid do rogha ort arís an uair sin.',
  noticeLink: 'Cad atá ag athrú',
  noticeDismiss: 'Folaigh',
  acceptAll: 'Glac leo uile',
  rejectAll: 'Diúltaigh dóibh uile',
  customize: 'Saincheap',
  privacyPolicy: 'Beartas príobháideachais',
  cookiePolicy: 'Beartas fianán',
  limitUse: 'Teorannaigh úsáid mo chuid faisnéise pearsanta íogaire',
  doNotSell: 'Ná díol ná comhroinn mo chuid faisnéise pearsanta',
  gpcNotice:
    'Seolann do bhrabhsálaí comhartha Global Privacy Control (GPC), a chuireann in iúl go bhfuil tú in aghaidh díol agus comhroinnt do chuid faisnéise pearsanta. Urramaímid é sin: fanfaidh an fhógraíocht múchta go dtí go gcuireann tú féin ar siúl í.',
  embedTitle: 'Ábhar ó shuíomh eile',
  embedText:
    'Taispeánfar {title} nuair a cheadaíonn tú “{category}”, mar is féidir leis an suíomh óna dtagann sé fianáin a shocrú.',
  embedUntitled: 'an t-ábhar seo',
  allowEmbed: 'Ceadaigh “{category}” agus luchtaigh',
  necessaryLabel: 'Riachtanach',
  preferencesLabel: 'Roghanna',
  analyticsLabel: 'Anailísíocht',
  advertisingLabel: 'Fógraíocht',
  socialLabel: 'Na meáin shóisialta',
  save: 'Sábháil roghanna',
  close: 'Dún',
  preferencesTitle: 'Roghanna fianán',
  preferencesText:
    'Roghnaigh na fianáin is féidir linn a úsáid. Bíonn fianáin riachtanacha ar siúl i gcónaí, mar ní féidir leis an suíomh oibriú gan iad.',
  alwaysOn: 'Ar siúl i gcónaí',
  services: 'Seirbhísí',
  cookie: 'Fianán',
  provider: 'Soláthraí',
  purpose: 'Cuspóir',
  duration: 'Fad',
  session: 'Seisiún',
  reopen: 'Socruithe fianán',
  necessaryDescription: 'Coinníonn siad an suíomh slán agus ag obair, agus cuimhníonn siad ar do rogha fianán.',
  preferencesDescription: 'Cuimhníonn siad ar roghanna ar nós do theanga.',
  analyticsDescription:
    'Comhaireann siad cuairteanna agus taispeánann siad dúinn conas a úsáidtear an suíomh, ionas gur féidir linn é a fheabhsú.',
  advertisingDescription:
    'Ligeann siad do chomhpháirtithe fógraíochta fianáin a shocrú chun fógraí a thaispeáint duit bunaithe ar do chuairteanna. Faoi dhlíthe roinnt stát sna Stáit Aontaithe, is díol nó comhroinnt faisnéise pearsanta é seo.',
  socialDescription:
    'Taispeánann siad postálacha, físeáin agus cnaipí comhroinnte ó na meáin shóisialta, ar féidir leo a gcuid fianán féin a shocrú.',
  contactTitle: 'Iarratais phríobháideachais',
  contactText: 'Chun ceist a chur faoi do shonraí, nó chun srian a chur lenár n-úsáid díobh, déan teagmháil linn:',
  email: 'Ríomhphost',
  phone: 'Fón',
  address: 'Seoladh',
  contactPage: 'Leathanach teagmhála',
  declarationEmpty: 'Níl aon seirbhís dearbhaithe don chatagóir seo.',
  noCookies: 'Ní shocraíonn sé aon fhianáin dá chuid féin.',
  serviceProvider: 'Soláthraí: {provider}.',
  servicePolicy: 'Beartas príobháideachais: {name}',
  switchOn: 'Ar siúl',
  switchOff: 'Múchta',
};
