import { changeDay } from '../config/parse.js';
import { dayMs } from '../consent/receipt.js';
import { cookieOptions, writeDismissed } from '../storage/cookie.js';
import type { ResolvedConfig } from '../types.js';

/**
 * Whether the notice of a coming policy change is due (SPEC §5): a change is announced,
 * its day is at most `noticeDays` away and has not come, and the visitor has not
 * dismissed this revision's notice. The caller shows it only over a choice that stands.
 * @example noticeDue(config, readChoice().dismissed, Date.now())
 */
export function noticeDue(config: ResolvedConfig, dismissed: string | undefined, now: number): boolean {
  const change = config.policyChange;
  if (!change) return false;
  const day = changeDay(change);
  return now < day && now >= day - config.noticeDays * dayMs && dismissed !== String(change.revision);
}

/**
 * Remembers the dismissal of the announced revision's notice; it grants and withdraws
 * nothing. With cookies blocked, the notice shows again on the next page.
 */
export function dismissNotice(win: Window, config: ResolvedConfig, warn: (message: string) => void): void {
  const change = config.policyChange;
  if (!change) return;
  if (!writeDismissed(String(change.revision), cookieOptions(win, config)))
    warn('cookies are blocked, so the notice of the policy change shows again on the next page.');
}
