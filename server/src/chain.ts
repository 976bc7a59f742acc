import { createHash } from 'node:crypto';

/**
 * The hash before the first receipt: 64 zeros. Migration 1 writes it as the head of every
 * new database's chain (store/migrations.ts), so it never changes.
 */
export const genesisHash = '0'.repeat(64);

/**
 * A link of the receipts' hash chain: SHA-256 over the previous link, the receipt as
 * stored (canonical JSON) and when it was received, so no row can be edited, inserted or
 * removed without every later hash changing. Synchronous (node:crypto): it runs for each
 * row of a batch while the chain's head is locked, and an await per row there would
 * stretch every transaction by one turn of the event loop per receipt.
 * @example chainHash(genesisHash, body, '2026-12-02T10:00:00.000Z')
 */
export function chainHash(prevHash: string, body: string, receivedAt: string): string {
  return createHash('sha256').update(`${prevHash}\n${receivedAt}\n${body}`, 'utf8').digest('hex');
}
