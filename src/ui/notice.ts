import { changeDay } from '../config/parse.js';
import { type FirstLayerStrings, fill } from '../i18n/index.js';
import type { ViewHost } from '../view.js';
import { reserveSpace } from './banner.js';
import type { H } from './dom.js';
import { dayText } from './intl.js';

/**
 * The notice of a coming policy change (SPEC §5): the day it takes effect, a link to what
 * changes (the config's summary, else the policy), and a button that dismisses it for
 * good. It sits where the banner would, asks nothing and grants nothing. Appends it to
 * `into` and returns what removes it, or nothing when no change is announced.
 * @example const remove = drawNotice(h, container, t, host);
 */
export function drawNotice(h: H, into: HTMLElement, t: FirstLayerStrings, host: ViewHost): (() => void) | undefined {
  const { policyChange: change, policyUrl } = host.config;
  if (!change) return undefined;
  const href = change.summaryUrl ?? policyUrl;
  const notice = h(
    'section',
    { class: 'policy-notice', 'data-part': 'notice', 'aria-label': t.noticeLabel },
    h('p', {}, fill(t.noticeText, { date: dayText(changeDay(change), into.lang) })),
    href && h('a', { href }, t.noticeLink),
    h(
      'button',
      {
        type: 'button',
        'data-action': 'dismiss-notice',
        onclick: () => {
          host.dismissNotice();
          remove();
        },
      },
      t.noticeDismiss,
    ),
  );
  into.append(notice);
  const release = reserveSpace(notice);
  const remove = () => {
    release();
    notice.remove();
  };
  return remove;
}
