/** A call the dashboard cannot use: its HTTP status (0 when no answer came) and the server's message. */
export type ApiError = Error & { status: number };

/** Calls an admin route with the token (posting `sent` as JSON, when given); rejects with an `ApiError` unless 2xx. */
export type Api = (path: string, sent?: unknown) => Promise<Response>;

const apiError = (status: number, message: string): ApiError => Object.assign(new Error(message), { status });

/**
 * The admin API, each call with `Authorization: Bearer <token()>`.
 * @example const api = createApi(() => state.token); const stats = await json<DayStats[]>(api, '/consent/stats')
 */
export function createApi(token: () => string): Api {
  return async (path, sent) => {
    const headers = { authorization: `Bearer ${token()}` };
    const init: RequestInit =
      sent === undefined
        ? { headers, cache: 'no-store' }
        : {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify(sent),
            cache: 'no-store',
          };
    let response: Response;
    try {
      response = await fetch(path, init);
    } catch {
      throw apiError(0, 'The records server cannot be reached. Check that it is running, then try again.');
    }
    if (response.ok) return response;
    const body = (await response.json().catch(() => ({}))) as { error?: unknown };
    throw apiError(response.status, typeof body.error === 'string' ? body.error : response.statusText);
  };
}

/** A GET's answer, as the server's route types it. */
export const json = async <T>(api: Api, path: string): Promise<T> => (await api(path)).json() as Promise<T>;

const failure = (error: unknown) => error as Partial<ApiError>;
const noTokenSet = ({ status, message }: Partial<ApiError>) =>
  status === 503 && /CONSENTRY_ADMIN_TOKEN/.test(String(message));

/** What to tell the person about a failed call, in words that say what to do. */
export function explain(error: unknown): string {
  const { status, message } = failure(error);
  if (status === 401) return 'The server did not accept that token. Check it and try again.';
  if (noTokenSet(failure(error))) {
    return 'This server has no admin token configured. Set CONSENTRY_ADMIN_TOKEN where it runs, restart it, then sign in.';
  }
  if (status === 0) return String(message);
  return `The server answered ${status}: ${message}`;
}

/** Whether a call failed for want of a token that works (401, or 503 without one set): back to the form. */
export const tokenRefused = (error: unknown) => failure(error).status === 401 || noTokenSet(failure(error));
