import { it } from 'vitest';

it('probe', async () => {
  console.log('href', location.href, 'host', location.hostname, 'protocol', location.protocol);
  document.cookie = '_ga=1; path=/';
  document.cookie = '_ga_ABC=2; path=/';
  document.cookie = 'x=3; path=/; domain=localhost';
  console.log('cookies', JSON.stringify(document.cookie));
  document.cookie = '_ga=; Max-Age=0; path=/';
  console.log('after', JSON.stringify(document.cookie));
  console.log(
    'reload desc',
    Object.getOwnPropertyDescriptor(window.location, 'reload'),
    typeof Object.getPrototypeOf(window.location).reload,
  );
  console.log('navigator.languages', navigator.languages, 'gpc', (navigator as any).globalPrivacyControl);
  console.log('indexedDB', typeof indexedDB, typeof globalThis.indexedDB, window === globalThis);
  const d = document.createElement('dialog');
  document.body.append(d);
  console.log('showModal', typeof (d as any).showModal);
  console.log('CSSStyleSheet replaceSync', typeof CSSStyleSheet.prototype.replaceSync);
  console.log('BroadcastChannel', typeof BroadcastChannel);
  console.log('crypto', typeof crypto.getRandomValues);
  console.log('readyState', document.readyState);
});
