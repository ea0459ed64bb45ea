/**
 * Every API error is `{errorCode, error}`, `error` already in the caller's language (from Accept-Language).
 * ApiError carries both, plus the HTTP status, so pages can show `message` and branch on `errorCode`.
 */
export class ApiError extends Error {
  readonly errorCode: string;
  readonly status: number;

  constructor(errorCode: string, message: string, status: number) {
    super(message);
    this.name = 'ApiError';
    this.errorCode = errorCode;
    this.status = status;
  }
}

/** Code used when the answer was not the server's JSON error (a proxy's page, a dropped connection). */
export const UNEXPECTED_ERROR = 'CONSOLE_UNEXPECTED';
export const NETWORK_ERROR = 'CONSOLE_NETWORK';

function isErrorBody(value: unknown): value is { errorCode: string; error: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { errorCode?: unknown }).errorCode === 'string' &&
    typeof (value as { error?: unknown }).error === 'string'
  );
}

/** Turns whatever openapi-fetch gave as `error` into an ApiError (message empty when the server gave none). */
export function toApiError(error: unknown, status: number): ApiError {
  if (error instanceof ApiError) return error;
  if (isErrorBody(error)) return new ApiError(error.errorCode, error.error, status);
  return new ApiError(UNEXPECTED_ERROR, '', status);
}

/** openapi-fetch's result shape, reduced to what `unwrap` needs. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The data of a successful call, or throws ApiError. Use for every call:
 * `const tenants = unwrap(await platformApi.GET('/api/tenants'));`
 */
export function unwrap<T>(result: FetchResult<T>): T {
  if (result.error !== undefined || !result.response.ok) throw toApiError(result.error, result.response.status);
  return result.data as T;
}
