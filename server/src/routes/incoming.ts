import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { refuse } from '../errors.js';
import type { ResolvedOptions } from '../options.js';
import type { Env } from './env.js';

/** What a public POST takes: its content types, its size, and the words of its refusals. */
export interface BodyRules {
  types: RegExp;
  /** The 415's message. */
  typeError: string;
  maxBytes: number;
  /** The 413's message. */
  sizeError: string;
}

/**
 * The checks before a public POST's body is read: its type (415), then its size (413).
 * @example const body = bodyChecks(rules); app.post('/receipts', body.type, body.size, handler)
 */
export function bodyChecks({ types, typeError, maxBytes, sizeError }: BodyRules): {
  type: MiddlewareHandler<Env>;
  size: MiddlewareHandler<Env>;
} {
  const tooLarge = () => refuse(413, sizeError);
  // A body without a declared length (chunked) is counted as it streams in.
  const limitStream = bodyLimit({ maxSize: maxBytes, onError: () => tooLarge().getResponse() });
  return {
    async type(c, next) {
      if (!types.test(c.req.header('content-type') ?? '')) throw refuse(415, typeError);
      await next();
    },
    size(c, next) {
      // A declared length is checked as a number: Node's parser reads no more than it declares,
      // and Hono's bodyLimit would turn the request into a full web Request with a stream
      // just to ask whether it has a body (a tenth of the server's CPU per receipt).
      const declared = c.req.header('content-length');
      if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
        if (Number(declared) > maxBytes) throw tooLarge();
        return next();
      }
      return limitStream(c, next);
    },
  };
}

/** The body as JSON, or a refusal (400). */
export async function jsonBody(c: Context): Promise<unknown> {
  try {
    return JSON.parse(await c.req.text());
  } catch {
    throw refuse(400, 'the body is not JSON');
  }
}

/**
 * CORS for the public POSTs from sites on other origins (`allowedOrigins`): the POST and
 * its preflight only, never the admin GET on the same path.
 */
export const corsForSites = (options: ResolvedOptions) => {
  const allowed = new Set(options.allowedOrigins);
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['POST'],
    allowHeaders: ['content-type'],
    maxAge: 86_400,
  });
};

/** The client's address: the socket's, or the first `X-Forwarded-For` hop behind a trusted proxy. */
export const clientIp = (c: Context<Env>, { trustProxy }: ResolvedOptions) =>
  (trustProxy && c.req.header('x-forwarded-for')?.split(',')[0]?.trim()) || c.env?.ip;

/** The scheme the client used (`https`, `http`): the URL's, or `X-Forwarded-Proto` behind a trusted proxy. */
export const clientScheme = (c: Context<Env>, { trustProxy }: ResolvedOptions) =>
  (trustProxy && c.req.header('x-forwarded-proto')) || new URL(c.req.url).protocol.replace(':', '');
