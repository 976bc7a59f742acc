import * as v from 'valibot';
import { dayMs, startOfDay } from './days.js';
import { firstProblem, isPlainObject, uuidV4 } from './receipt.js';

/** What a visitor may ask (SPEC §9): the rights the US state laws and the GDPR give, and anything else. */
export const requestKinds = ['access', 'correct', 'delete', 'opt-out', 'limit-use', 'other'] as const;
/** One of `requestKinds`. */
export type RequestKind = (typeof requestKinds)[number];

/** Where a request stands: `open` until the site answers it (`done`) or turns it down (`refused`). */
export const requestStatuses = ['open', 'done', 'refused'] as const;
/** One of `requestStatuses`. */
export type RequestStatus = (typeof requestStatuses)[number];

// The longest message a visitor may write, and the longest note the site may add to a status.
const maxMessageLength = 4000;
const maxNoteLength = 2000;

// RFC 5321 §4.5.3.1: a local part of at most 64 octets, a path of at most 256 (254 without
// the brackets). Valibot's rfcEmail is the HTML Standard's pattern for <input type=email>,
// so what the widget's form lets through is what the server takes.
const emailLocalMax = 64;
const emailMax = 254;

// PostgreSQL's text holds no NUL, a lone surrogate would not read back the same, and the
// other control characters have no place in a message to a person; tab, line feed and
// carriage return do (a textarea's lines).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const controlsButLines = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const wellFormed = (s: string) => !/\p{Cs}/u.test(s);

/** Free text a person wrote, at most `max` characters, lines allowed. */
const prose = (name: string, max: number) =>
  v.pipe(
    v.string(`${name} must be a string`),
    v.maxLength(max, `${name} must be at most ${max} characters`),
    v.check((s) => !controlsButLines.test(s), `${name} must not contain control characters`),
    v.check(wellFormed, `${name} must be well-formed Unicode`),
  );

/**
 * A privacy request exactly as the widget's form sends it: `{ kind, email, message?, consentId? }`
 * and nothing else. Markup and formulas are text like any other: stored as sent, shown as
 * text, escaped in the CSV.
 */
export const privacyRequestSchema = v.strictObject({
  kind: v.picklist(requestKinds, `kind must be one of ${requestKinds.join(', ')}`),
  email: v.pipe(
    v.string('email must be a string'),
    v.maxLength(emailMax, `email must be at most ${emailMax} characters`),
    v.rfcEmail('email must be an e-mail address'),
    v.check(
      (e) => e.lastIndexOf('@') <= emailLocalMax,
      `email must have at most ${emailLocalMax} characters before the @`,
    ),
  ),
  message: v.optional(prose('message', maxMessageLength), ''),
  consentId: v.optional(
    v.pipe(v.string('consentId must be a string'), v.regex(uuidV4, 'consentId must be a consent id (a receipt id)')),
  ),
});

/** A privacy request as received: the message is `''` when none was written. */
export type PrivacyRequest = v.InferOutput<typeof privacyRequestSchema>;

/** A change of status, as the admin sends it: `{ status, note }`. */
export const statusChangeSchema = v.strictObject({
  status: v.picklist(requestStatuses, `status must be one of ${requestStatuses.join(', ')}`),
  note: v.pipe(prose('note', maxNoteLength), v.minLength(1, 'note must say what was done')),
});

/** A change of status as checked: `{ status, note }`. */
export type StatusChange = v.InferOutput<typeof statusChangeSchema>;

/**
 * Checks an untrusted value against a schema of this file: the clean copy, or the first
 * problem, which names its field.
 * @example checkBody(privacyRequestSchema, JSON.parse(body), 'request')
 */
export function checkBody<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  whole: string,
): { ok: true; value: v.InferOutput<S> } | { ok: false; error: string } {
  if (!isPlainObject(value)) return { ok: false, error: `the ${whole} must be a JSON object` };
  const result = v.safeParse(schema, value, { abortEarly: true });
  return result.success ? { ok: true, value: result.output } : { ok: false, error: firstProblem(result.issues, whole) };
}

/**
 * The date the answer is owed: `days` after the day (UTC) the request arrived, as `YYYY-MM-DD`.
 * @example dueDate(new Date('2026-11-30T23:00:00Z'), 30) // '2026-12-30'
 */
export function dueDate(receivedAt: Date, days: number): string {
  return new Date(startOfDay(receivedAt) + days * dayMs).toISOString().slice(0, 10);
}
