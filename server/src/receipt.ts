import * as v from 'valibot';
import { dayMs } from './days.js';

/** How a decision was made (SPEC §7). */
export const methods = ['banner', 'preferences', 'api', 'signal'] as const;
/** One of `methods`. */
export type Method = (typeof methods)[number];

/** How a decision reads on the dashboard: everything granted, nothing but `necessary`, or a mix. */
export type DecisionKind = 'accept-all' | 'reject-all' | 'custom';

/** A receipt's id as the widget makes it (`crypto.randomUUID()`): a version-4 UUID in lower case. */
export const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// ISO 8601 as `Date.prototype.toISOString` writes it, with or without milliseconds or an offset.
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const categoryId = /^[a-z][a-z0-9_-]{0,63}$/;
/** Whether a value is a JSON object: not null, not an array. */
export const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

// A receipt dated more than this ahead of the server's clock is a forgery or a broken clock.
const futureSlackMs = 24 * 3_600_000;
// The widget keeps a choice at most 395 days; an older receipt can only be a replay.
const pastLimitMs = 400 * dayMs;

// Date.parse takes the 31st of a 30-day month (rolling it over into the next) and offsets
// beyond what PostgreSQL stores (±15:59): a timestamp must name a day the calendar has, at a
// real offset (±14:00 at most), or the database refuses it and fails its whole batch.
const onTheCalendar = (t: string) => {
  const [year, month, day] = [t.slice(0, 4), t.slice(5, 7), t.slice(8, 10)].map(Number);
  const offset = t.match(/[+-](\d{2}):(\d{2})$/);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate() &&
    (!offset || Number(offset[1]) * 60 + Number(offset[2]) <= 14 * 60)
  );
};

/**
 * One receipt exactly as the widget sends it: `{ id, timestamp, revision, choices, method, gpc }`
 * and nothing else. Each failure names its field, so a 400 says what is wrong.
 */
export const receiptSchema = v.strictObject({
  id: v.pipe(v.string('id must be a string'), v.regex(uuidV4, 'id must be a version-4 UUID in lower case')),
  timestamp: v.pipe(
    v.string('timestamp must be a string'),
    v.regex(isoDateTime, 'timestamp must be an ISO 8601 date-time'),
    v.check((t) => !Number.isNaN(Date.parse(t)), 'timestamp must be a real date'),
    v.check(onTheCalendar, 'timestamp must be a real date'),
    v.check((t) => Date.parse(t) <= Date.now() + futureSlackMs, 'timestamp is in the future'),
    v.check((t) => Date.parse(t) >= Date.now() - pastLimitMs, 'timestamp is older than any choice the widget keeps'),
  ),
  revision: v.pipe(
    v.string('revision must be a string'),
    v.minLength(1, 'revision must not be empty'),
    v.maxLength(100, 'revision must be at most 100 characters'),
    // PostgreSQL's text holds no NUL, and a lone surrogate would not read back the same.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
    v.regex(/^[^\u0000-\u001f\u007f]*$/, 'revision must not contain control characters'),
    v.check((r) => !/\p{Cs}/u.test(r), 'revision must be well-formed Unicode'),
  ),
  choices: v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'choices must be an object of category id to true or false'),
    // By own keys, not v.record: that skips `constructor` and `prototype` (ids the widget
    // allows) and `__proto__` without a word, so the receipt stored would not be the one sent.
    v.check(
      (c) => Object.keys(c).every((id) => categoryId.test(id)),
      'choices: a category id must be lower-case letters, digits, - or _',
    ),
    v.check(
      (c) => Object.values(c).every((granted) => typeof granted === 'boolean'),
      'choices: every value must be true or false',
    ),
    v.transform((c) => c as Record<string, boolean>),
    v.check((c) => Object.keys(c).length <= 50, 'choices must have at most 50 categories'),
  ),
  method: v.picklist(methods, `method must be one of ${methods.join(', ')}`),
  gpc: v.boolean('gpc must be true or false'),
});

/** A receipt as SPEC §7 defines it. */
export type Receipt = v.InferOutput<typeof receiptSchema>;

/** A receipt checked: the clean copy, or the first problem, which names its field. */
export type Checked = { ok: true; receipt: Receipt } | { ok: false; error: string };

/**
 * Checks an untrusted value against the receipt schema.
 * @example checkReceipt(JSON.parse(body))
 */
export function checkReceipt(value: unknown): Checked {
  if (!isPlainObject(value)) return { ok: false, error: 'the receipt must be a JSON object' };
  const result = v.safeParse(receiptSchema, value, { abortEarly: true });
  return result.success
    ? { ok: true, receipt: result.output }
    : { ok: false, error: firstProblem(result.issues, 'receipt') };
}

/**
 * The first issue Valibot found, in words that name its field: what a 400 says.
 * @example firstProblem(v.safeParse(schema, body, { abortEarly: true }).issues, 'receipt')
 */
export function firstProblem([issue]: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]], whole: string): string {
  const path = v.getDotPath(issue) ?? whole;
  if (issue.type === 'strict_object') {
    // Valibot reports both a missing and an unknown key as the object's issue.
    return issue.expected === 'never' ? `unknown field '${path}'` : `${path} is missing`;
  }
  const { message } = issue;
  return message.startsWith(path.split('.')[0]) ? message : `${path}: ${message}`;
}

/**
 * The receipt as one canonical JSON text, fields and categories in a fixed order: what the
 * hash chain covers and what "the same content" means for a repeated id.
 */
export function canonicalReceipt(r: Receipt): string {
  const choices = Object.fromEntries(Object.entries(r.choices).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({
    id: r.id,
    timestamp: r.timestamp,
    revision: r.revision,
    choices,
    method: r.method,
    gpc: r.gpc,
  });
}

/** Whether the decision granted everything, nothing but `necessary`, or a mix. */
export function decisionKind(choices: Receipt['choices']): DecisionKind {
  const optional = Object.entries(choices).filter(([id]) => id !== 'necessary');
  if (optional.length > 0 && optional.every(([, granted]) => granted)) return 'accept-all';
  if (optional.every(([, granted]) => !granted)) return 'reject-all';
  return 'custom';
}
