import type { Strings } from './en.js';

/**
 * Polish (polski), "Ty". Terms as UODO and Prawo komunikacji elektronicznej use them:
 * pliki cookie, zgoda, wycofać zgodę, "Odrzuć wszystkie", polityka prywatności.
 */
export const pl: Strings = {
  bannerTitle: 'Twoja prywatność',
  bannerLabel: 'Zgoda na pliki cookie',
  // Purposes after a colon, in the nominative: the list then also takes a site's own labels.
  consentWith: 'Za Twoją zgodą my i nasi partnerzy ({parties}) używamy plików cookie w celach: {purposes}.',
  consentOwn: 'Za Twoją zgodą używamy plików cookie w następujących celach: {purposes}.',
  usesWith: 'My i nasi partnerzy ({parties}) używamy plików cookie w celach: {purposes}.',
  usesOwn: 'Używamy plików cookie w następujących celach: {purposes}.',
  purposePreferences: 'zapamiętywanie ustawień',
  purposeAnalytics: 'statystyki',
  purposeAdvertising: 'spersonalizowane reklamy',
  purposeSocial: 'media społecznościowe',
  // "jeszcze 4": no word agrees with the number (unlike "4 inne", "5 innych").
  moreParties: 'jeszcze {count}',
  // Intl writes the nominative ("2 lata", "13 miesięcy"): both durations stand after "to" (the
  // second with "to" left out).
  durations: 'Okres przechowywania plików cookie to maksymalnie {cookies}, a Twojego wyboru – {choice}.',
  choiceKept: 'Twój wybór zapamiętujemy na {choice}.',
  withdrawButton: 'Zgodę możesz w każdej chwili wycofać przyciskiem „{button}”.',
  withdrawSettings: 'Zgodę możesz w każdej chwili wycofać w ustawieniach plików cookie.',
  optOutButton: 'Sprzeciw możesz w każdej chwili zgłosić przyciskiem „{button}”.',
  optOutSettings: 'Sprzeciw możesz w każdej chwili zgłosić w ustawieniach plików cookie.',
  and: 'i',
  days: 'dni',
  months: 'miesięcy',
  years: 'lata',
  noticeLabel: 'Zmiana polityki prywatności',
  // Intl writes the genitive "1 lutego 2027", the form a date takes for "on" in Polish.
  noticeText: 'Nasza polityka prywatności zmienia się {date}. Wtedy ponownie poprosimy Cię o wybór.',
  noticeLink: 'Co się zmienia',
  noticeDismiss: 'Ukryj',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  privacyPolicy: 'Polityka prywatności',
  cookiePolicy: 'Polityka plików cookie',
  limitUse: 'Ogranicz wykorzystanie moich wrażliwych danych osobowych',
  doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  gpcNotice:
    'Twoja przeglądarka wysyła sygnał Global Privacy Control (GPC), którym sprzeciwiasz się sprzedaży i udostępnianiu Twoich danych osobowych. Szanujemy to: reklamy pozostaną wyłączone, dopóki ich nie włączysz.',
  embedTitle: 'Treść z innej witryny',
  embedText:
    '{title} wyświetli się, gdy zezwolisz na kategorię „{category}”, ponieważ witryna, z której pochodzi, może zapisywać pliki cookie.',
  embedUntitled: 'Ta treść',
  allowEmbed: 'Zezwól na „{category}” i wczytaj',
  necessaryLabel: 'Niezbędne',
  preferencesLabel: 'Preferencje',
  analyticsLabel: 'Analityka',
  advertisingLabel: 'Reklama',
  socialLabel: 'Media społecznościowe',
  save: 'Zapisz wybór',
  close: 'Zamknij',
  preferencesTitle: 'Preferencje plików cookie',
  preferencesText:
    'Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone, bo bez nich witryna nie działa.',
  alwaysOn: 'Zawsze włączone',
  services: 'Usługi',
  cookie: 'Plik cookie',
  provider: 'Dostawca',
  purpose: 'Cel',
  duration: 'Okres przechowywania',
  session: 'Sesja',
  reopen: 'Ustawienia plików cookie',
  necessaryDescription:
    'Zapewniają bezpieczeństwo i działanie witryny oraz zapamiętują Twój wybór dotyczący plików cookie.',
  preferencesDescription: 'Zapamiętują wybory, takie jak język.',
  analyticsDescription: 'Zliczają odwiedziny i pokazują nam, jak korzystasz z witryny, abyśmy mogli ją ulepszać.',
  advertisingDescription:
    'Pozwalają partnerom reklamowym zapisywać pliki cookie, aby wyświetlać Ci reklamy dopasowane do Twoich odwiedzin. Według prawa niektórych stanów USA jest to sprzedaż lub udostępnianie danych osobowych.',
  socialDescription:
    'Wyświetlają posty, filmy i przyciski udostępniania z mediów społecznościowych, które mogą zapisywać własne pliki cookie.',
  contactTitle: 'Wnioski dotyczące prywatności',
  contactText: 'Aby zapytać o swoje dane lub ograniczyć sposób, w jaki ich używamy, skontaktuj się z nami:',
  email: 'E-mail',
  phone: 'Telefon',
  address: 'Adres',
  contactPage: 'Strona kontaktowa',
  declarationEmpty: 'Dla tej kategorii nie zadeklarowano żadnych usług.',
  noCookies: 'Nie zapisuje własnych plików cookie.',
  serviceProvider: 'Dostawca: {provider}.',
  servicePolicy: 'Polityka prywatności: {name}',
  switchOn: 'Włączone',
  switchOff: 'Wyłączone',
  requestOpen: 'Złóż wniosek dotyczący prywatności',
  requestTitle: 'Wniosek dotyczący prywatności',
  requestText:
    'Poproś nas, abyśmy pokazali, sprostowali lub usunęli dane osobowe, które o Tobie przechowujemy, albo ograniczyli sposób ich wykorzystania.',
  requestKind: 'Co mamy zrobić?',
  kindAccess: 'Daj mi dostęp do moich danych',
  kindCorrect: 'Sprostuj moje dane',
  kindDelete: 'Usuń moje dane',
  kindOptOut: 'Nie sprzedawaj ani nie udostępniaj moich danych',
  kindLimitUse: 'Ogranicz wykorzystanie moich wrażliwych danych',
  kindOther: 'Coś innego',
  requestEmail: 'Twój adres e-mail',
  requestEmailHint: 'Odpowiemy na ten adres i możemy najpierw poprosić Cię o potwierdzenie tożsamości.',
  requestMessage: 'Wiadomość (opcjonalnie)',
  requestConsentId:
    'Do wniosku dołączamy identyfikator Twojej zgody ({id}), abyśmy mogli odnaleźć Twoje wybory dotyczące plików cookie.',
  requestSend: 'Wyślij wniosek',
  requestDone: 'Otrzymaliśmy Twój wniosek',
  // Intl writes the genitive "6 stycznia 2027", the form a date takes after "najpóźniej".
  requestDoneText: 'Identyfikator wniosku: {id}. Odpowiemy najpóźniej {date}.',
  requestEmailError: 'Wpisz adres e-mail, np. imie@example.com.',
  requestInvalid: 'Wniosek nie został przyjęty. Sprawdź wpisane dane i wyślij go ponownie.',
  requestLimit: 'W ciągu ostatniej godziny z Twojej sieci wysłano zbyt wiele wniosków. Spróbuj ponownie później.',
  requestFailed: 'Nie udało się wysłać wniosku. Spróbuj ponownie później.',
};
