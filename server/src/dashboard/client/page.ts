import type { Api } from './api.js';

/** What each panel needs of the page: the admin API with the token, and where a failed call goes. */
export interface Page {
  api: Api;
  /**
   * Reports a failed call: back to the sign-in form when the token no longer works, else a
   * banner that says `where` and what to do.
   */
  fail(error: unknown, where: string): void;
}
