import type { Middleware } from 'openapi-fetch';
import { CSRF_COOKIE, CSRF_HEADER, needsCsrfToken, readCookie } from './csrf';
import { getRequestLanguage } from './language';
import { notifyUnauthorized } from './unauthorized';

/** Paths whose 401 is an answer (wrong password, not signed in yet), not a session that ended. */
const SESSION_PATHS = ['/api/staff/session', '/api/staff/me', '/api/session', '/api/me'];

/** Adds Accept-Language to every request and the CSRF header to every change; reports ended sessions. */
export const consoleMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', getRequestLanguage());
    if (needsCsrfToken(request.method)) {
      const token = readCookie(document.cookie, CSRF_COOKIE);
      if (token) request.headers.set(CSRF_HEADER, token);
    }
    return request;
  },
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && !SESSION_PATHS.includes(schemaPath)) notifyUnauthorized();
    return response;
  },
};
