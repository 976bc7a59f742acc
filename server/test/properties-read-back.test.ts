import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.js';
import { adminGet, postReceipt } from './support/http.js';
import { validReceipt } from './support/receipt-arbitraries.js';
import { clock, expectStoredAsModeled, receiptServers } from './support/receipt-model.js';
import { runs } from './support/runs.js';

/*
 * Every valid receipt reads back from GET /consent/receipts/<id> exactly as it was sent
 * (SPEC §9), with when it arrived and its link of the chain, whatever its revision and its
 * categories hold.
 */

describe.each(testDatabases())('the records server on $name, reading receipts back', (kind) => {
  const scale = kind.name === 'pglite' ? 1 : 0.15;
  const servers = receiptServers(kind);

  it('reads back every valid receipt as sent, with when it arrived and its hash', async () => {
    const { model } = servers;
    await fc.assert(
      fc.asyncProperty(validReceipt, async (receipt) => {
        const expected = model.expect(receipt);
        const response = await servers.plain(postReceipt(receipt));
        if (response.status === 201) model.add(receipt);
        expect(response.status).toBe(expected);
        const found = await servers.plain(adminGet(`/consent/receipts/${receipt.id}`));
        expect(found.status).toBe(200);
        expect(await found.json()).toEqual({
          ...model.stored.get(receipt.id),
          receivedAt: clock.toISOString(),
          hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        });
      }),
      runs(scale / 8),
    );
    await expectStoredAsModeled(servers);
  }, 600_000);
});
