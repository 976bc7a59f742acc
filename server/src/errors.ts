import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * A request the server refuses, with the status SPEC §9 documents and a message that says
 * what to fix. Routes throw it; `answerError` turns it into `{ "error": "…" }`.
 * @example throw refuse(400, 'method must be one of banner, preferences, api, signal')
 */
export const refuse = (status: ContentfulStatusCode, error: string, headers?: Record<string, string>) =>
  new HTTPException(status, { res: Response.json({ error }, { status, headers }) });

/**
 * Every error's answer, in one place: a refusal answers as thrown; anything else came from
 * the database (down, restarting, full), so the client is told to try again (503), and
 * the widget's outbox does. Bad input never gets this far.
 */
export function answerError(error: Error, c: Context): Response {
  if (error instanceof HTTPException) return error.getResponse();
  console.error('consentry-server:', error);
  return c.json({ error: 'the records database is unavailable; try again later' }, 503, { 'retry-after': '5' });
}
