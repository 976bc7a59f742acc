import type { MiddlewareHandler } from 'hono';
import { refuse } from '../errors.js';
import type { ResolvedOptions } from '../options.js';
import type { Env } from './env.js';

const encoder = new TextEncoder();

/**
 * Whether two secrets are equal, in time that does not depend on where they differ: both
 * are hashed first, so their lengths leak nothing either.
 */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all(
    [given, expected].map(async (s) => new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(s)))),
  );
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

/**
 * The check before every admin route (SPEC §9): `Authorization: Bearer <adminToken>`, or
 * 401; 503 while the server has no token. What it lets through is never cached.
 * @example const requireAdmin = adminToken(options); app.get('/stats', requireAdmin, handler)
 */
export const adminToken =
  ({ adminToken: expected }: ResolvedOptions): MiddlewareHandler<Env> =>
  async (c, next) => {
    if (!expected) throw refuse(503, 'set CONSENTRY_ADMIN_TOKEN to use the admin routes');
    const given = c.req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1] ?? '';
    if (!(await sameSecret(given, expected))) {
      // On the refusal itself: a header set on the context is lost when the route throws.
      throw refuse(401, 'send the admin token as Authorization: Bearer <token>', {
        'www-authenticate': 'Bearer realm="consentry"',
      });
    }
    c.header('cache-control', 'no-store');
    await next();
  };
