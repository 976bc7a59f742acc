import { byId } from './dom.js';

// The page's two screens: the sign-in form, and the dashboard behind it.

/** Shows the sign-in form, with `message` as its error when there is one, and focuses the token's field. */
export function showSignIn(message = '') {
  byId('dashboard').hidden = true;
  byId('sign-out').hidden = true;
  byId('sign-in').hidden = false;
  const input = byId<HTMLInputElement>('token');
  byId('token-error').textContent = message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  input.focus();
}

/** Shows the dashboard, without the banner of an earlier failure, and focuses its title. */
export function showDashboard() {
  byId('sign-in').hidden = true;
  byId('dashboard').hidden = false;
  byId('sign-out').hidden = false;
  byId('load-error').hidden = true;
  byId('dashboard-title').focus();
}

/** Empties what the dashboard showed of the records, so none of it stays on screen after signing out. */
export function clearDashboard() {
  for (const id of [
    'rates-rows',
    'categories-rows',
    'revisions-rows',
    'receipt-rows',
    'receipt-fields',
    'request-list',
  ]) {
    byId(id).replaceChildren();
  }
  byId('receipt').hidden = true;
  byId('lookup-message').textContent = '';
  byId('requests-summary').textContent = '';
}

/** Shows a failed call's message in the banner at the top of the dashboard. */
export function showLoadError(message: string) {
  const banner = byId('load-error');
  banner.textContent = message;
  banner.hidden = false;
}
