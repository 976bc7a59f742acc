import { type Handler, Hono } from 'hono';
import { choiceCookieFor } from '../cookie.js';
import { dayMs } from '../days.js';
import { refuse } from '../errors.js';
import { truncateIp } from '../ip.js';
import { checkReceipt } from '../receipt.js';
import type { Deps, Env } from './env.js';
import { bodyChecks, clientIp, clientScheme, corsForSites, jsonBody } from './incoming.js';

const receiptBody = bodyChecks({
  // sendBeacon posts a string as text/plain; fetch and the docs use application/json.
  types: /^(application\/json|text\/plain)\s*(;|$)/i,
  typeError: 'send the receipt as application/json (or text/plain, as sendBeacon does)',
  maxBytes: 8 * 1024,
  sizeError: 'a receipt is at most 8 KB',
});

/** Checks the receipt, appends it, and answers once it is committed, with the choice cookie. */
const storeReceipt =
  ({ options, ingest }: Deps): Handler<Env> =>
  async (c) => {
    const checked = checkReceipt(await jsonBody(c));
    if (!checked.ok) throw refuse(400, checked.error);
    const { receipt } = checked;

    const ipPrefix = truncateIp(clientIp(c, options));
    const outcome = await (await ingest())({ receipt, receivedAt: options.now(), ipPrefix });
    if (outcome === 'conflict') throw refuse(409, `another receipt is stored under the id ${receipt.id}`);

    const cookie = choiceCookieFor(receipt, c.req.header('cookie'), {
      maxAgeSeconds: (options.expiresDays * dayMs) / 1000,
      secure: clientScheme(c, options) === 'https',
      domain: options.cookieDomain,
    });
    if (cookie) c.header('set-cookie', cookie);
    return c.json(
      { id: receipt.id, stored: outcome === 'created' ? 'new' : 'already' },
      outcome === 'created' ? 201 : 200,
    );
  };

/**
 * `POST /consent/receipts` (SPEC §9): validate, append (durably, before answering), and set
 * the choice cookie over HTTP.
 */
export function receiptRoutes(deps: Deps) {
  const app = new Hono<Env>();
  app.on(['POST', 'OPTIONS'], '/receipts', corsForSites(deps.options));
  app.post('/receipts', receiptBody.type, receiptBody.size, storeReceipt(deps));
  return app;
}
