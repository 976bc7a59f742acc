import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.js';
import { adminGet, postReceipt } from './support/http.js';
import { query, segment, validReceipt } from './support/receipt-arbitraries.js';
import { expectStoredAsModeled, receiptServers } from './support/receipt-model.js';
import { runs } from './support/runs.js';

/*
 * The admin routes on any query or id (SPEC §9): 200, 400 or 404 with a message that says
 * what is wrong, never a 5xx, over a database that holds receipts of every shape.
 */

describe.each(testDatabases())('the records server on $name, on any admin query', (kind) => {
  const scale = kind.name === 'pglite' ? 1 : 0.15;
  const servers = receiptServers(kind);

  // Receipts to list, page through, count and look up.
  beforeAll(async () => {
    for (const receipt of fc.sample(validReceipt, { numRuns: 60, seed: 23 })) {
      if (servers.model.expect(receipt) !== 201) continue;
      expect((await servers.plain(postReceipt(receipt))).status).toBe(201);
      servers.model.add(receipt);
    }
  });

  it('answers any admin query with 200, 400 or 404, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          query.map((q) => ({ path: `/consent/receipts?${q}`, ok: [200, 400] })),
          query.map((q) => ({ path: `/consent/stats?${q}`, ok: [200, 400] })),
          segment.map((s) => ({ path: `/consent/receipts/${s}`, ok: [200, 404] })),
        ),
        async ({ path, ok }) => {
          const response = await servers.plain(adminGet(path));
          expect(ok).toContain(response.status);
          const body = (await response.json()) as { error?: unknown };
          if (response.status >= 400) expect(body.error).toEqual(expect.any(String));
        },
      ),
      runs(scale / 8),
    );
    await expectStoredAsModeled(servers);
  }, 600_000);
});
