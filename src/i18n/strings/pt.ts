import type { Strings } from './en.js';

/**
 * Portuguese (português), European usage in words Brazilian readers share (pt-BR and
 * pt-PT both get this file). Terms as the CNPD and the LGPD use them: consentimento,
 * retirar o consentimento, política de privacidade, cookies necessários.
 */
export const pt: Strings = {
  bannerTitle: 'As suas opções de privacidade',
  bannerLabel: 'Consentimento de cookies',
  bannerText:
    'Usamos os cookies necessários ao site. Com o seu consentimento, nós e os nossos parceiros de análise e publicidade usamos também cookies para preferências, estatísticas, publicidade personalizada e redes sociais. Pode retirá-lo a qualquer momento nas preferências de cookies.',
  acceptAll: 'Aceitar tudo',
  rejectAll: 'Rejeitar tudo',
  customize: 'Personalizar',
  privacyPolicy: 'Política de privacidade',
  cookiePolicy: 'Política de cookies',
  limitUse: 'Limitar a utilização das minhas informações pessoais sensíveis',
  doNotSell: 'Não vender nem partilhar as minhas informações pessoais',
  gpcNotice:
    'O seu navegador envia o sinal Global Privacy Control (GPC), com o qual se opõe à venda e à partilha das suas informações pessoais. Respeitamos essa escolha: a publicidade fica desativada até que a ative.',
  embedTitle: 'Conteúdo de outro site',
  embedText: 'Carregaremos {title} quando permitir «{category}», porque o site de origem pode instalar cookies.',
  embedUntitled: 'este conteúdo',
  allowEmbed: 'Permitir «{category}» e carregar',
  necessaryLabel: 'Necessários',
  preferencesLabel: 'Preferências',
  analyticsLabel: 'Análise',
  advertisingLabel: 'Publicidade',
  socialLabel: 'Redes sociais',
  save: 'Guardar opções',
  close: 'Fechar',
  preferencesTitle: 'Preferências de cookies',
  preferencesText:
    'Escolha os cookies que podemos utilizar. Os cookies necessários estão sempre ativos, porque o site não funciona sem eles.',
  alwaysOn: 'Sempre ativos',
  services: 'Serviços',
  cookie: 'Nome',
  provider: 'Fornecedor',
  purpose: 'Finalidade',
  duration: 'Duração',
  session: 'Sessão',
  reopen: 'Preferências de cookies',
  necessaryDescription: 'Mantêm o site seguro e em funcionamento e memorizam a sua escolha de cookies.',
  preferencesDescription: 'Memorizam opções como o seu idioma.',
  analyticsDescription: 'Contam as visitas e mostram-nos como o site é utilizado, para o podermos melhorar.',
  advertisingDescription:
    'Permitem que parceiros de publicidade instalem cookies para lhe mostrar anúncios com base nas suas visitas. Segundo as leis de alguns estados dos EUA, isto equivale a vender ou partilhar informações pessoais.',
  socialDescription:
    'Mostram publicações, vídeos e botões de partilha de redes sociais, que podem instalar os seus próprios cookies.',
  contactTitle: 'Pedidos sobre privacidade',
  contactText: 'Para perguntar sobre os seus dados, ou limitar a forma como os utilizamos, contacte-nos:',
  email: 'E-mail',
  phone: 'Telefone',
  address: 'Endereço',
  contactPage: 'Página de contacto',
  declarationEmpty: 'Não há serviços declarados para esta categoria.',
  noCookies: 'Não instala cookies próprios.',
  serviceProvider: 'Fornecido por {provider}.',
  servicePolicy: 'Política de privacidade de {name}',
  switchOn: 'Ativado',
  switchOff: 'Desativado',
};
