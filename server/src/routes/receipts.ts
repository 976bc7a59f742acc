import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { choiceCookieHeader, storedChoiceTime } from '../cookie.js';
import { refuse } from '../errors.js';
import { truncateIp } from '../ip.js';
import { checkReceipt } from '../receipt.js';
import type { Deps, Env } from './env.js';

const maxReceiptBytes = 8 * 1024;
// sendBeacon posts a string as text/plain; fetch and the docs use application/json.
const acceptedTypes = /^(application\/json|text\/plain)\s*(;|$)/i;

const tooLarge = () => refuse(413, 'a receipt is at most 8 KB');
// A body without a declared length (chunked) is counted as it streams in.
const limitStream = bodyLimit({ maxSize: maxReceiptBytes, onError: () => tooLarge().getResponse() });

/** The client's address: the socket's, or the first `X-Forwarded-For` hop behind a trusted proxy. */
const clientIp = (forwarded: string | undefined, socket: string | undefined, trustProxy: boolean) =>
  (trustProxy && forwarded?.split(',')[0]?.trim()) || socket;

/**
 * `POST /consent/receipts` (SPEC §9): validate, append (durably, before answering), and set
 * the choice cookie over HTTP.
 */
export function receiptRoutes({ options, ingest }: Deps) {
  const app = new Hono<Env>();
  const allowed = new Set(options.allowedOrigins);

  const corsForSites = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['POST'],
    allowHeaders: ['content-type'],
    maxAge: 86_400,
  });
  // Only the receipt's POST (and its preflight) answers other origins: never the admin GET on the same path.
  app.on(['POST', 'OPTIONS'], '/receipts', corsForSites);

  app.post(
    '/receipts',
    async (c, next) => {
      if (!acceptedTypes.test(c.req.header('content-type') ?? '')) {
        throw refuse(415, 'send the receipt as application/json (or text/plain, as sendBeacon does)');
      }
      await next();
    },
    (c, next) => {
      // A declared length is checked as a number: Node's parser reads no more than it declares,
      // and Hono's bodyLimit would turn the request into a full web Request with a stream
      // just to ask whether it has a body (a tenth of the server's CPU per receipt).
      const declared = c.req.header('content-length');
      if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
        if (Number(declared) > maxReceiptBytes) throw tooLarge();
        return next();
      }
      return limitStream(c, next);
    },
    async (c) => {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        throw refuse(400, 'the body is not JSON');
      }
      const checked = checkReceipt(body);
      if (!checked.ok) throw refuse(400, checked.error);
      const { receipt } = checked;

      const ip = clientIp(c.req.header('x-forwarded-for'), c.env?.ip, options.trustProxy);
      const outcome = await (await ingest())({ receipt, receivedAt: options.now(), ipPrefix: truncateIp(ip) });
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
    },
  );
  return app;
}
