import { Hono, type MiddlewareHandler } from 'hono';
import { stream } from 'hono/streaming';
import * as v from 'valibot';
import { csvCell } from '../csv.js';
import { refuse } from '../errors.js';
import { methods, uuidV4 } from '../receipt.js';
import type { StoredReceipt } from '../store/store.js';
import { periodDays } from './bounds.js';
import type { Deps, Env } from './env.js';
import { parseQuery, whole } from './query.js';

// JavaScript reads years before 1 and after 9999 (written ±YYYYYY), which PostgreSQL cannot read.
const earliest = Date.parse('0001-01-01T00:00:00Z');
const latest = Date.parse('9999-12-31T23:59:59.999Z');
const date = (name: string) =>
  v.optional(
    v.pipe(
      v.string(),
      v.check((s) => Date.parse(s) >= earliest && Date.parse(s) <= latest, `${name} must be an ISO 8601 date`),
      v.transform((s) => new Date(s)),
    ),
  );

const listQuery = v.object({
  from: date('from'),
  to: date('to'),
  method: v.optional(v.picklist(methods, `method must be one of ${methods.join(', ')}`)),
  limit: whole('limit', { min: 1, max: 1000, fallback: 100 }),
  // 18 digits at most: 19 may be past PostgreSQL's bigint.
  cursor: v.optional(v.pipe(v.string(), v.regex(/^\d{1,18}$/, 'cursor must be the next of a previous page'))),
});
const statsQuery = v.object({ days: whole('days', periodDays) });

const csvRow = (r: StoredReceipt, categories: string[]) =>
  [
    r.id,
    r.timestamp,
    r.receivedAt,
    r.revision,
    r.method,
    String(r.gpc),
    ...categories.map((id) => (id in r.choices ? String(r.choices[id]) : '')),
  ]
    .map(csvCell)
    .join(',');

/**
 * The admin routes (SPEC §9): one receipt, a page of receipts, streamed exports, daily
 * stats, decisions per policy revision, and the chain's check. Each needs
 * `Authorization: Bearer <CONSENTRY_ADMIN_TOKEN>`.
 */
export function adminRoutes({ options, store }: Deps, requireAdmin: MiddlewareHandler<Env>) {
  const app = new Hono<Env>();

  app.get('/receipts/:id', requireAdmin, async (c) => {
    const id = c.req.param('id') ?? '';
    // Every receipt's id is a version-4 UUID (receipt.ts); one in capitals is found all the same.
    const found = uuidV4.test(id.toLowerCase()) ? await (await store()).get(id.toLowerCase()) : null;
    if (!found) throw refuse(404, `no receipt has the id ${id.slice(0, 64)}`);
    return c.json(found);
  });

  app.get('/receipts', requireAdmin, async (c) => {
    const query = parseQuery(listQuery, c);
    return c.json(await (await store()).list(query));
  });

  app.get('/export.jsonl', requireAdmin, async (c) => {
    const s = await store();
    c.header('content-type', 'application/x-ndjson; charset=utf-8');
    c.header('content-disposition', 'attachment; filename="consentry-receipts.jsonl"');
    return stream(c, async (out) => {
      for await (const r of s.all()) await out.write(`${JSON.stringify(r)}\n`);
    });
  });

  app.get('/export.csv', requireAdmin, async (c) => {
    const s = await store();
    const categories = await s.categories();
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', 'attachment; filename="consentry-receipts.csv"');
    return stream(c, async (out) => {
      await out.write(`${['id', 'timestamp', 'receivedAt', 'revision', 'method', 'gpc', ...categories].join(',')}\r\n`);
      for await (const r of s.all()) await out.write(`${csvRow(r, categories)}\r\n`);
    });
  });

  app.get('/stats', requireAdmin, async (c) => {
    const { days } = parseQuery(statsQuery, c);
    return c.json(await (await store()).stats(days, options.now()));
  });

  app.get('/revisions', requireAdmin, async (c) => c.json({ revisions: await (await store()).revisions() }));

  app.get('/verify', requireAdmin, async (c) => c.json(await (await store()).verify()));

  return app;
}
