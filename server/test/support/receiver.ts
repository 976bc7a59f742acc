import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST the receiver got: its idempotency key, its JSON body, and what it answered. */
export interface Hit {
  key: string | undefined;
  contentType: string | undefined;
  body: unknown;
  answered: number | 'hang';
}

/** What the receiver answers its n-th POST (from 0): a status, or no answer at all. */
export type Answer = (n: number) => number | 'hang';

/**
 * A webhook receiver on 127.0.0.1, for the privacy requests' `notifyUrl`: it answers each
 * POST as `answer` says (a 3xx with `Location: location`), records it, and lets a test
 * wait until its hits meet a condition, not for a time.
 * @example const receiver = await startReceiver((n) => (n < 2 ? 503 : 200)); await receiver.until((hits) => hits.length === 3)
 */
export async function startReceiver(answer: Answer = () => 200, location?: string) {
  const hits: Hit[] = [];
  const waiters = new Set<{ done: (hits: Hit[]) => boolean; resolve: () => void }>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answered = answer(hits.length);
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {}
      hits.push({
        key: req.headers['idempotency-key'] as string | undefined,
        contentType: req.headers['content-type'],
        body,
        answered,
      });
      if (answered === 'hang') hanging.add(res);
      else res.writeHead(answered, answered >= 300 && answered < 400 && location ? { location } : {}).end();
      for (const w of waiters) {
        if (w.done(hits)) {
          waiters.delete(w);
          w.resolve();
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/consentry?token=s3cret`,
    hits,
    /** The ids it took (answered 2xx). */
    taken: () =>
      new Set(
        hits.filter((h) => typeof h.answered === 'number' && h.answered >= 200 && h.answered < 300).map((h) => h.key),
      ),
    /** Resolves once `done(hits)` holds. */
    until(done: (hits: Hit[]) => boolean) {
      if (done(hits)) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.add({ done, resolve }));
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
