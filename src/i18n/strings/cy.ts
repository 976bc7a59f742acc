import type { Strings } from './en.js';

/**
 * Welsh (Cymraeg), "chi". Terms as the ICO's and GOV.UK's Welsh pages use them: cwcis,
 * caniatâd, tynnu caniatâd yn ôl, polisi preifatrwydd.
 */
export const cy: Strings = {
  bannerTitle: 'Eich dewisiadau preifatrwydd',
  bannerLabel: 'Caniatâd cwcis',
  bannerText:
    'Mae cwcis angenrheidiol ymlaen bob amser. Gyda’ch caniatâd, rydym ni a’n partneriaid dadansoddi a hysbysebu hefyd yn defnyddio cwcis ar gyfer dewisiadau, ystadegau, hysbysebion wedi’u targedu a’r cyfryngau cymdeithasol. Gallwch ei dynnu’n ôl unrhyw bryd yn y gosodiadau cwcis.',
  acceptAll: 'Derbyn y cyfan',
  rejectAll: 'Gwrthod y cyfan',
  customize: 'Addasu',
  privacyPolicy: 'Polisi preifatrwydd',
  cookiePolicy: 'Polisi cwcis',
  limitUse: 'Cyfyngu ar y defnydd o fy ngwybodaeth bersonol sensitif',
  doNotSell: 'Peidiwch â gwerthu na rhannu fy ngwybodaeth bersonol',
  gpcNotice:
    'Mae eich porwr yn anfon signal Global Privacy Control (GPC), sy’n dweud eich bod yn gwrthwynebu gwerthu a rhannu eich gwybodaeth bersonol. Rydym yn parchu hynny: bydd hysbysebu’n aros i ffwrdd nes i chi ei droi ymlaen eich hun.',
  embedTitle: 'Cynnwys o wefan arall',
  embedText:
    'Bydd {title} yn ymddangos pan fyddwch yn caniatáu ‘{category}’, gan y gall y wefan y daw ohoni osod cwcis.',
  embedUntitled: 'y cynnwys hwn',
  allowEmbed: 'Caniatáu ‘{category}’ a llwytho',
  necessaryLabel: 'Angenrheidiol',
  preferencesLabel: 'Dewisiadau',
  analyticsLabel: 'Dadansoddi',
  advertisingLabel: 'Hysbysebu',
  socialLabel: 'Cyfryngau cymdeithasol',
  save: 'Cadw dewisiadau',
  close: 'Cau',
  preferencesTitle: 'Dewisiadau cwcis',
  preferencesText:
    'Dewiswch pa gwcis y cawn eu defnyddio. Mae cwcis angenrheidiol ymlaen bob amser, gan na all y wefan weithio hebddyn nhw.',
  alwaysOn: 'Ymlaen bob amser',
  services: 'Gwasanaethau',
  cookie: 'Cwci',
  provider: 'Darparwr',
  purpose: 'Diben',
  duration: 'Hyd',
  session: 'Sesiwn',
  reopen: 'Gosodiadau cwcis',
  necessaryDescription: 'Yn cadw’r wefan yn ddiogel ac yn gweithio, ac yn cofio’ch dewis o ran cwcis.',
  preferencesDescription: 'Yn cofio dewisiadau fel eich iaith.',
  analyticsDescription:
    'Yn cyfrif ymweliadau ac yn dangos i ni sut mae’r wefan yn cael ei defnyddio, er mwyn i ni ei gwella.',
  advertisingDescription:
    'Yn gadael i bartneriaid hysbysebu osod cwcis i ddangos hysbysebion i chi yn seiliedig ar eich ymweliadau. O dan gyfraith rhai o daleithiau UDA, mae hyn yn cyfrif fel gwerthu neu rannu gwybodaeth bersonol.',
  socialDescription:
    'Yn dangos postiadau, fideos a botymau rhannu o’r cyfryngau cymdeithasol, a all osod eu cwcis eu hunain.',
  contactTitle: 'Ceisiadau preifatrwydd',
  contactText: 'I holi am eich data, neu i gyfyngu ar sut rydym yn ei ddefnyddio, cysylltwch â ni:',
  email: 'E-bost',
  phone: 'Ffôn',
  address: 'Cyfeiriad',
  contactPage: 'Tudalen gyswllt',
  declarationEmpty: 'Does dim gwasanaethau wedi’u datgan ar gyfer y categori hwn.',
  noCookies: 'Nid yw’n gosod cwcis ei hun.',
  serviceProvider: 'Darparwr: {provider}.',
  servicePolicy: 'Polisi preifatrwydd {name}',
  switchOn: 'Ymlaen',
  switchOff: 'I ffwrdd',
};
