import { isPlainObject } from '../config/validate.js';
import type { Choices, Method, Receipt } from '../types.js';
import { methods } from './methods.js';

/**
 * A random RFC 4122 version-4 id. `crypto.randomUUID` exists only in secure contexts,
 * so the id is built from `getRandomValues`, which plain-http pages have too.
 */
export function newId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return hex.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

/**
 * The record of one decision (SPEC §7).
 * @example createReceipt({ analytics: true }, 'banner', '1', false, new Date())
 */
export const createReceipt = (
  choices: Choices,
  method: Method,
  revision: string,
  gpc: boolean,
  now: Date,
): Receipt => ({ id: newId(), timestamp: now.toISOString(), revision, choices: { ...choices }, method, gpc });

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Whether an untrusted value (a cookie, a message from another tab) is a well-formed receipt. */
export function isReceipt(v: unknown): v is Receipt {
  if (!isPlainObject(v)) return false;
  const { id, timestamp, revision, method, gpc, choices } = v;
  return (
    typeof id === 'string' &&
    uuid.test(id) &&
    typeof timestamp === 'string' &&
    !Number.isNaN(Date.parse(timestamp)) &&
    typeof revision === 'string' &&
    typeof method === 'string' &&
    (methods as readonly string[]).includes(method) &&
    typeof gpc === 'boolean' &&
    isPlainObject(choices) &&
    Object.values(choices).every((x) => typeof x === 'boolean')
  );
}

/** A day, in milliseconds. */
export const dayMs = 86_400_000;

/**
 * Whether a stored receipt still stands: same revision, not older than `expiresDays`,
 * and not dated in the future (a clock that jumped back, or a forged cookie).
 */
export function isCurrent(r: Receipt, revision: string, expiresDays: number, now: Date): boolean {
  const age = now.getTime() - Date.parse(r.timestamp);
  return r.revision === revision && age >= -5 * 60_000 && age < expiresDays * dayMs;
}
