import type { ChainState } from '../../store/store.js';
import { count } from '../svg.js';
import { json } from './api.js';
import { byId, h } from './dom.js';
import { plural } from './format.js';
import type { Page } from './page.js';

/** What the chain's check found, in words: intact, cut after the last receipt, or broken at one. */
function showChain(chain: HTMLElement, { ok, count: n, firstBad }: ChainState) {
  chain.dataset.state = ok ? 'ok' : 'broken';
  if (ok) {
    chain.replaceChildren(h('strong', {}, 'Intact.'), ` All ${plural(n, 'receipt links', 'receipts link')} up.`);
  } else if (firstBad === 'head') {
    chain.replaceChildren(
      h('strong', {}, 'Broken after the last receipt.'),
      ` ${plural(n, 'receipt checks', 'receipts check')} out, but the newest ones were removed.`,
    );
  } else {
    chain.replaceChildren(
      h('strong', {}, 'Broken'),
      ' at receipt ',
      h('span', { class: 'mono' }, String(firstBad)),
      ` (number ${count(n)} of the chain). It was changed or removed outside Consentry.`,
    );
  }
}

/** Asks the server to walk the hash chain, and says what it found. */
export async function verifyChain({ api, fail }: Page) {
  const chain = byId('chain');
  chain.dataset.state = 'checking';
  chain.textContent = 'Checking the chain…';
  try {
    showChain(chain, await json<ChainState>(api, '/consent/verify'));
  } catch (error) {
    chain.dataset.state = 'unknown';
    chain.textContent = 'The chain could not be checked.';
    fail(error, 'The chain could not be checked');
  }
}
