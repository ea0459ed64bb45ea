/**
 * A 401 on any call means the session ended (expired, signed out elsewhere): the session provider listens and shows
 * the sign-in page again instead of every page failing on its own.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onUnauthorized(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyUnauthorized(): void {
  for (const listener of listeners) listener();
}
