/**
 * The console's current language, sent as Accept-Language on every request so the server's `error` texts come back
 * in it. The i18n provider sets it; the API middleware reads it.
 */
let requestLanguage = 'en';

export function setRequestLanguage(tag: string): void {
  requestLanguage = tag;
}

export function getRequestLanguage(): string {
  return requestLanguage;
}
