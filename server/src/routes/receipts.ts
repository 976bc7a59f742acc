import { Hono } from 'hono';
import { choiceCookieHeader, storedChoiceTime } from '../cookie.js';
import { refuse } from '../errors.js';
import { truncateIp } from '../ip.js';
import { checkReceipt } from '../receipt.js';
import type { Deps, Env } from './env.js';
import { bodyChecks, clientIp, corsForSites, jsonBody } from './incoming.js';

const receiptBody = bodyChecks({
  // sendBeacon posts a string as text/plain; fetch and the docs use application/json.
  types: /^(application\/json|text\/plain)\s*(;|$)/i,
  typeError: 'send the receipt as application/json (or text/plain, as sendBeacon does)',
  maxBytes: 8 * 1024,
  sizeError: 'a receipt is at most 8 KB',
});

/**
 * `POST /consent/receipts` (SPEC §9): validate, append (durably, before answering), and set
 * the choice cookie over HTTP.
 */
export function receiptRoutes({ options, ingest }: Deps) {
  const app = new Hono<Env>();
  app.on(['POST', 'OPTIONS'], '/receipts', corsForSites(options));

  app.post('/receipts', receiptBody.type, receiptBody.size, async (c) => {
    const body = await jsonBody(c);
    const checked = checkReceipt(body);
    if (!checked.ok) throw refuse(400, checked.error);
    const { receipt } = checked;

    const ipPrefix = truncateIp(clientIp(c, options));
    const outcome = await (await ingest())({ receipt, receivedAt: options.now(), ipPrefix });
    if (outcome === 'conflict') throw refuse(409, `another receipt is stored under the id ${receipt.id}`);

    // A receipt resent from the outbox after the visitor decided again leaves the newer choice alone.
    const current = storedChoiceTime(c.req.header('cookie'));
    if (current === null || current <= Date.parse(receipt.timestamp)) {
      const proto =
        (options.trustProxy && c.req.header('x-forwarded-proto')) || new URL(c.req.url).protocol.replace(':', '');
      c.header(
        'set-cookie',
        choiceCookieHeader(receipt, {
          maxAgeSeconds: options.expiresDays * 86_400,
          secure: proto === 'https',
          domain: options.cookieDomain,
        }),
      );
    }
    return c.json(
      { id: receipt.id, stored: outcome === 'created' ? 'new' : 'already' },
      outcome === 'created' ? 201 : 200,
    );
  });
  return app;
}
