/**
 * Sending a privacy request to the records server (SPEC §9): `POST requestEndpoint` with
 * `{ kind, email, message?, consentId? }` as JSON, answered `201 { id, due }`.
 */

/** What a visitor may ask: the kinds the records server takes (server/src/privacy-request.ts; test/unit/contract.test.ts keeps the two equal). */
export const requestKinds = ['access', 'correct', 'delete', 'opt-out', 'limit-use', 'other'] as const;

/** One of {@link requestKinds}. */
export type RequestKind = (typeof requestKinds)[number];

/** A request as the form sends it. */
export interface RequestBody {
  kind: RequestKind;
  email: string;
  message?: string;
  consentId?: string;
}

/** The server's answer: the request's id and the day its answer is due, or why it was not taken. */
export type Sent = { ok: true; id: string; due: string } | { ok: false; problem: 'invalid' | 'limit' | 'failed' };

/** A kind from a link's `#consentry-request=<kind>`, when it names one. */
export const asKind = (value: string | undefined): RequestKind | undefined => requestKinds.find((k) => k === value);

/**
 * The HTML Standard's valid e-mail address (what `<input type=email>` accepts), which the
 * records server checks too: a form that says "fine" is never answered 400 for it.
 */
export const isEmail = (value: string): boolean =>
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/.test(
    value,
  );

/**
 * Posts a request; never throws. A 400 is a request the server refused as written, a 429
 * the network's hourly limit; anything else, or no answer, a failure to try again later.
 * @example await sendRequest('/consent/requests', { kind: 'access', email: 'a@example.com' })
 */
export async function sendRequest(endpoint: string, body: RequestBody): Promise<Sent> {
  try {
    const answer = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    if (answer.status === 400) return { ok: false, problem: 'invalid' };
    if (answer.status === 429) return { ok: false, problem: 'limit' };
    const { id, due } = answer.status === 201 ? await answer.json() : {};
    if (typeof id === 'string' && typeof due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(due))
      return { ok: true, id, due };
  } catch {
    // no answer, or not JSON: a failure like any other
  }
  return { ok: false, problem: 'failed' };
}
