import { type Handler, Hono, type MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import { csvLine } from '../csv.js';
import { refuse } from '../errors.js';
import { truncateIp } from '../ip.js';
import { checkBody, dueDate, privacyRequestSchema, statusChangeSchema } from '../privacy-request.js';
import { uuidV4 } from '../receipt.js';
import type { StoredRequest } from '../store/requests.js';
import type { Deps, Env } from './env.js';
import { bodyChecks, clientIp, corsForSites, jsonBody } from './incoming.js';
import { parseQuery } from './query.js';

const json = /^application\/json\s*(;|$)/i;
const requestBody = bodyChecks({
  types: json,
  typeError: 'send the request as application/json',
  maxBytes: 8 * 1024,
  sizeError: 'a privacy request is at most 8 KB',
});
const statusBody = bodyChecks({
  types: json,
  typeError: 'send the status as application/json',
  maxBytes: 8 * 1024,
  sizeError: 'a status is at most 8 KB',
});

const filters = ['open', 'closed', 'all'] as const;
const listQuery = v.object({
  status: v.optional(v.picklist(filters, `status must be one of ${filters.join(', ')}`), 'open'),
});

const hourMs = 3_600_000;

const csvColumns = ['id', 'kind', 'email', 'message', 'consentId', 'receivedAt', 'due', 'status', 'history'];
// The history in one cell, a line per status: `2026-12-01T09:00:00.000Z done: Sent the data`.
const historyCell = (r: StoredRequest) =>
  r.history.map((h) => `${h.at} ${h.status}${h.note ? `: ${h.note}` : ''}`).join('\n');
const csvRow = (r: StoredRequest) =>
  csvLine([r.id, r.kind, r.email, r.message, r.consentId ?? '', r.receivedAt, r.due, r.status, historyCell(r)]);

/**
 * Stores a visitor's request before answering, unless their network is at its limit for
 * the hour (429, with when to try again); then wakes the webhook.
 */
const storeRequest =
  ({ options, requests, notify }: Deps): Handler<Env> =>
  async (c) => {
    const checked = checkBody(privacyRequestSchema, await jsonBody(c), 'request');
    if (!checked.ok) throw refuse(400, checked.error);
    const receivedAt = options.now();
    const incoming = {
      id: crypto.randomUUID(),
      request: checked.value,
      receivedAt,
      due: dueDate(receivedAt, options.requestDays),
      ipPrefix: truncateIp(clientIp(c, options)),
    };
    const rate = { limit: options.requestLimit, since: new Date(receivedAt.getTime() - hourMs) };
    const outcome = await (await requests()).create(incoming, rate, options.notifyUrl !== undefined);
    if ('limitedBy' in outcome) {
      // When the request that holds the network at its limit leaves the hour.
      const wait = Math.max(1, Math.ceil((Date.parse(outcome.limitedBy) + hourMs - receivedAt.getTime()) / 1000));
      throw refuse(429, `at most ${options.requestLimit} requests an hour from one network; try again later`, {
        'retry-after': String(wait),
      });
    }
    notify();
    return c.json({ id: incoming.id, due: incoming.due }, 201);
  };

/** Adds the admin's status and note to a request's history; answers the request as it now is. */
const changeStatus =
  ({ options, requests }: Deps): Handler<Env> =>
  async (c) => {
    const checked = checkBody(statusChangeSchema, await jsonBody(c), 'status');
    if (!checked.ok) throw refuse(400, checked.error);
    const id = (c.req.param('id') ?? '').toLowerCase();
    const found = uuidV4.test(id) ? await (await requests()).setStatus(id, checked.value, options.now()) : null;
    if (!found) throw refuse(404, `no request has the id ${id.slice(0, 64)}`);
    return c.json(found);
  };

/**
 * Privacy requests (SPEC §9): `POST /consent/requests` for the visitor, stored before the
 * answer and limited per network from what the database holds; the list, the change of
 * status and the CSV export behind the admin token.
 */
export function requestRoutes(deps: Deps, requireAdmin: MiddlewareHandler<Env>) {
  const { options, requests } = deps;
  const app = new Hono<Env>();
  app.on(['POST', 'OPTIONS'], '/requests', corsForSites(options));
  app.post('/requests', requestBody.type, requestBody.size, storeRequest(deps));

  app.get('/requests', requireAdmin, async (c) => {
    const { status } = parseQuery(listQuery, c);
    return c.json({ requests: await (await requests()).list(status) });
  });

  app.get('/requests.csv', requireAdmin, async (c) => {
    const all = await (await requests()).list('all');
    return c.body([csvLine(csvColumns), ...all.map(csvRow)].join(''), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="consentry-requests.csv"',
    });
  });

  app.post('/requests/:id', requireAdmin, statusBody.type, statusBody.size, changeStatus(deps));
  return app;
}
