import { toApiError } from '../../api/errors';

/**
 * What came of one call made for the queue: an answer, the server's refusal (code, localised text, HTTP status), or
 * nothing at all (the network is down, or the answer was not the server's: a captive portal, a cut connection).
 */
export type Reached<T> =
  | { kind: 'ok'; data: T }
  | { kind: 'refused'; errorCode: string; error: string; status: number }
  | { kind: 'unreachable' };

/** openapi-fetch's result, reduced to what `reach` reads. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Runs an openapi-fetch call and says which of the three it was; never throws. */
export async function reach<T>(call: () => Promise<FetchResult<T>>): Promise<Reached<T>> {
  try {
    const result = await call();
    if (result.response.ok && result.error === undefined && result.data !== undefined) {
      return { kind: 'ok', data: result.data };
    }
    const error = toApiError(result.error, result.response.status);
    return { kind: 'refused', errorCode: error.errorCode, error: error.message, status: result.response.status };
  } catch {
    // fetch rejects when offline; a body that is not JSON (a proxy's page) rejects in openapi-fetch.
    return { kind: 'unreachable' };
  }
}

/**
 * A refusal of the request as a whole rather than of the person or dose in it: the session ended, the server is
 * busy or away. The queue keeps such doses pending and tries again later instead of marking them refused.
 */
export function refusesTheRequest(refusal: { status: number }): boolean {
  return [401, 403, 408, 425, 429].includes(refusal.status) || refusal.status >= 500;
}
