import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.js';
import { countRows } from './support/http.js';
import { garbage, invalidReceipt, validReceipt } from './support/receipt-arbitraries.js';
import { expectStoredAsModeled, receiptServers, send } from './support/receipt-model.js';
import { runs } from './support/runs.js';

/*
 * Receipts arriving together, as the group commit writes them in one transaction (SPEC §9):
 * each is answered as if it came alone, one bad receipt fails no other, and the chain
 * verifies over all of them after.
 */

const quiet = { https: false, trustProxy: false, ip: '192.0.2.1', forwardedFor: undefined, cookie: undefined };

describe.each(testDatabases())('the records server on $name, receipts arriving together', (kind) => {
  const scale = kind.name === 'pglite' ? 1 : 0.15;
  const servers = receiptServers(kind);

  it('answers receipts arriving together each as if alone (one bad receipt fails no other)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            validReceipt.map((receipt) => ({ kind: 'valid' as const, receipt, how: 'compact' as const })),
            invalidReceipt.map((i) => ({ kind: 'invalid' as const, ...i })),
            garbage.map((body) => ({ kind: 'garbage' as const, body })),
          ),
          { minLength: 2, maxLength: 12 },
        ),
        async (bodies) => {
          // One request per id: which of two of the same id lands first is up to the race.
          const ids = new Set<string>();
          const batch = bodies.filter((b) => b.kind !== 'valid' || (!ids.has(b.receipt.id) && ids.add(b.receipt.id)));
          await Promise.all(batch.map((b) => send(servers, b, 'application/json', quiet, false)));
          expect(await countRows(servers.db)).toBe(servers.model.stored.size);
        },
      ),
      runs(scale / 20),
    );
    await expectStoredAsModeled(servers);
  }, 600_000);
});
