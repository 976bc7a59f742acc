// The admin token kept in sessionStorage: gone when the tab closes. Storage can be switched
// off; the dashboard then asks for the token on each visit.

const tokenKey = 'consentry-admin-token';

/** The token this tab kept, or `''`. */
export function keptToken(): string {
  try {
    return sessionStorage.getItem(tokenKey) ?? '';
  } catch {
    return '';
  }
}

/** Keeps the token for this tab; `''` forgets it. */
export function keepToken(value: string) {
  try {
    if (value) sessionStorage.setItem(tokenKey, value);
    else sessionStorage.removeItem(tokenKey);
  } catch {}
}
