import { describe, expect, it } from 'vitest';
import { ApiError, toApiError, UNEXPECTED_ERROR, unwrap } from './errors';

describe('API errors', () => {
  it("keeps the server's code and localised message", () => {
    const error = toApiError({ errorCode: 'FORBIDDEN', error: 'Not allowed.' }, 403);
    expect(error).toBeInstanceOf(ApiError);
    expect([error.errorCode, error.message, error.status]).toEqual(['FORBIDDEN', 'Not allowed.', 403]);
  });

  it('marks answers that are not the JSON error body as unexpected', () => {
    const error = toApiError('<html>Bad gateway</html>', 502);
    expect([error.errorCode, error.message, error.status]).toEqual([UNEXPECTED_ERROR, '', 502]);
  });

  it('unwraps data and throws on failure', () => {
    expect(unwrap({ data: { a: 1 }, response: new Response(null, { status: 200 }) })).toEqual({ a: 1 });
    expect(() =>
      unwrap({ error: { errorCode: 'X', error: 'y' }, response: new Response(null, { status: 422 }) }),
    ).toThrow(ApiError);
    // A 204 has no data and is still a success.
    expect(unwrap({ response: new Response(null, { status: 204 }) })).toBeUndefined();
  });
});
