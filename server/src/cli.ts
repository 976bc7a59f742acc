import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createRecordsServer } from './server.js';

const usage = `Usage: consentry-server [options]

  --port N              PORT                  default 8787
  --host H              HOST                  default 127.0.0.1
  --data DIR            CONSENTRY_DATA_DIR    PGlite's data directory, default ./consentry-data
                        DATABASE_URL          postgres://… to use a PostgreSQL server instead
                        CONSENTRY_ADMIN_TOKEN the admin routes' bearer token
  --cookie-domain D     share the choice cookie across subdomains
  --expires-days N      the choice cookie's lifetime, default 180
  --retention-days N    receipts older than this are deleted, default 730
  --allowed-origin O    a site on another origin that may post receipts and requests (repeatable)
  --trust-proxy         read X-Forwarded-For and X-Forwarded-Proto
  --request-days N      days to answer a privacy request (its due date), default 30
  --request-limit N     privacy requests one network may send an hour, default 5
  --notify-url URL      CONSENTRY_NOTIFY_URL  post each new privacy request there (a webhook)
`;

const int = (value: string | undefined, name: string) => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new RangeError(`${name} must be a whole number, not ${value}`);
  return Number(value);
};

/**
 * `npx consentry-server`: reads flags and the environment (SPEC §9), starts the records
 * server, and prints its address once it accepts requests.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'cookie-domain': { type: 'string' },
      'expires-days': { type: 'string' },
      'retention-days': { type: 'string' },
      'allowed-origin': { type: 'string', multiple: true },
      'trust-proxy': { type: 'boolean' },
      'request-days': { type: 'string' },
      'request-limit': { type: 'string' },
      'notify-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(usage);
    return;
  }
  // An empty variable (`HOST=`) is an unset one: not every interface, not an in-memory database.
  const port = int(values.port || env.PORT || undefined, 'port') ?? 8787;
  const host = values.host || env.HOST || '127.0.0.1';
  const records = createRecordsServer({
    dataDir: values.data || env.CONSENTRY_DATA_DIR || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    adminToken: env.CONSENTRY_ADMIN_TOKEN,
    cookieDomain: values['cookie-domain'],
    expiresDays: int(values['expires-days'], 'expires-days'),
    retentionDays: int(values['retention-days'], 'retention-days'),
    allowedOrigins: values['allowed-origin'],
    trustProxy: values['trust-proxy'],
    requestDays: int(values['request-days'], 'request-days'),
    requestLimit: int(values['request-limit'], 'request-limit'),
    notifyUrl: values['notify-url'] || env.CONSENTRY_NOTIFY_URL || undefined,
  });
  await records.ready;

  const server = serve(
    {
      fetch: (request, nodeEnv) => records(request, { ip: nodeEnv.incoming.socket.remoteAddress }),
      port,
      hostname: host,
    },
    (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      console.log(`Consentry records server: http://${shown}:${info.port}/consent/`);
      if (!env.CONSENTRY_ADMIN_TOKEN) console.log('Admin routes are off: set CONSENTRY_ADMIN_TOKEN to use them.');
    },
  );
  const stop = () => {
    server.close(() => void records.close().then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export { usage };
