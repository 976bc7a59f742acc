import type { Strings } from './en.js';

/**
 * Dutch (Nederlands), "u". Terms as the Autoriteit Persoonsgegevens uses them:
 * toestemming, toestemming intrekken, "Alles weigeren", privacyverklaring,
 * cookieverklaring. Also serves nl-BE.
 */
export const nl: Strings = {
  bannerTitle: 'Uw privacykeuzes',
  bannerLabel: 'Toestemming voor cookies',
  bannerText:
    'Noodzakelijke cookies staan altijd aan. Met uw toestemming gebruiken wij en onze analyse- en advertentiepartners ook cookies voor uw voorkeuren, statistieken, gepersonaliseerde advertenties en sociale media. U kunt uw toestemming altijd intrekken via de cookie-instellingen.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  privacyPolicy: 'Privacyverklaring',
  cookiePolicy: 'Cookieverklaring',
  limitUse: 'Het gebruik van mijn gevoelige persoonsgegevens beperken',
  doNotSell: 'Mijn persoonsgegevens niet verkopen of delen',
  gpcNotice:
    'Uw browser stuurt het signaal Global Privacy Control (GPC), waarmee u bezwaar maakt tegen de verkoop en het delen van uw persoonsgegevens. Dat respecteren we: advertenties blijven uit tot u ze zelf aanzet.',
  embedTitle: 'Inhoud van een andere website',
  embedText:
    '{title} wordt geladen zodra u ‘{category}’ toestaat, omdat de website waar het vandaan komt cookies kan plaatsen.',
  embedUntitled: 'Deze inhoud',
  allowEmbed: '‘{category}’ toestaan en laden',
  necessaryLabel: 'Noodzakelijk',
  preferencesLabel: 'Voorkeuren',
  analyticsLabel: 'Statistieken',
  advertisingLabel: 'Advertenties',
  socialLabel: 'Sociale media',
  save: 'Keuzes opslaan',
  close: 'Sluiten',
  preferencesTitle: 'Cookievoorkeuren',
  preferencesText:
    'Kies welke cookies we mogen gebruiken. Noodzakelijke cookies staan altijd aan, omdat de website zonder deze cookies niet werkt.',
  alwaysOn: 'Altijd aan',
  services: 'Diensten',
  cookie: 'Naam',
  provider: 'Aanbieder',
  purpose: 'Doel',
  duration: 'Bewaartermijn',
  session: 'Sessie',
  reopen: 'Cookie-instellingen',
  necessaryDescription: 'Houdt de website veilig en werkend, en onthoudt uw cookiekeuze.',
  preferencesDescription: 'Onthoudt keuzes zoals uw taal.',
  analyticsDescription: 'Telt bezoeken en laat ons zien hoe de website wordt gebruikt, zodat we die kunnen verbeteren.',
  advertisingDescription:
    'Laat advertentiepartners cookies plaatsen om u advertenties te tonen op basis van uw bezoeken. Volgens de wetgeving van sommige Amerikaanse staten geldt dit als verkopen of delen van persoonsgegevens.',
  socialDescription:
    'Toont berichten, video’s en deelknoppen van sociale media, die hun eigen cookies kunnen plaatsen.',
  contactTitle: 'Privacyverzoeken',
  contactText: 'Voor vragen over uw gegevens, of om te beperken hoe we ze gebruiken, neemt u contact met ons op:',
  email: 'E-mail',
  phone: 'Telefoon',
  address: 'Adres',
  contactPage: 'Contactpagina',
  declarationEmpty: 'Voor deze categorie zijn geen diensten opgegeven.',
  noCookies: 'Plaatst zelf geen cookies.',
  serviceProvider: 'Aangeboden door {provider}.',
  servicePolicy: 'Privacyverklaring van {name}',
  switchOn: 'Aan',
  switchOff: 'Uit',
};
