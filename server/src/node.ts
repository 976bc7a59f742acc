import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { RecordsServer } from './server.js';

/**
 * The records server as a Node `http` request listener, with the client's address passed
 * on: for `node:http`, Express or Fastify's raw server, mounted under the site's origin.
 * It routes on the full path (`/consent/…`, `/.well-known/gpc.json`): hand it requests
 * with their path unchanged.
 * @example
 * const records = toNodeListener(createRecordsServer());
 * app.use((req, res, next) => (req.url?.startsWith('/consent/') ? records(req, res) : next())); // Express
 */
export function toNodeListener(records: RecordsServer): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return getRequestListener((request, env) => records(request, { ip: env.incoming.socket.remoteAddress }));
}
