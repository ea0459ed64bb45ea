import type { DeskDatabase } from './deskDatabase';
import type { Reached } from './reached';

/** A value from the server, or the copy kept from the last time it answered. */
export interface Fetched<T> {
  value: T;
  /** When the server gave it (ms). */
  savedAt: number;
  /** True when the network failed and this is the kept copy. */
  fromCache: boolean;
}

export type CachedReach<T> = { kind: 'ok'; data: Fetched<T> } | Exclude<Reached<T>, { kind: 'ok' }>;

/**
 * Asks the server and keeps the answer under `key`; when the server cannot be reached (or is away), answers the kept
 * copy instead, so the day's list survives a dropped network. A refusal (no access) is never covered by a copy.
 */
export async function reachWithCache<T>(
  db: DeskDatabase,
  key: string,
  load: () => Promise<Reached<T>>,
  now: () => number = Date.now,
): Promise<CachedReach<T>> {
  const reached = await load();
  if (reached.kind === 'ok') {
    const savedAt = now();
    await db.put('cache', { key, value: reached.data, savedAt });
    return { kind: 'ok', data: { value: reached.data, savedAt, fromCache: false } };
  }
  const serverAway = reached.kind === 'unreachable' || reached.status >= 500;
  if (!serverAway) return reached;
  const kept = await db.get('cache', key);
  if (!kept) return reached;
  return { kind: 'ok', data: { value: kept.value as T, savedAt: kept.savedAt, fromCache: true } };
}

/** Forgets kept copies older than `before` (ms): yesterday's list is of no use at today's desk. */
export async function pruneCache(db: DeskDatabase, before: number): Promise<void> {
  const tx = db.transaction('cache', 'readwrite');
  for (const entry of await tx.store.getAll()) {
    if (entry.savedAt < before) await tx.store.delete(entry.key);
  }
  await tx.done;
}

export async function readSetting(db: DeskDatabase, key: string): Promise<string | undefined> {
  return (await db.get('settings', key))?.value;
}

export async function writeSetting(db: DeskDatabase, key: string, value: string): Promise<void> {
  await db.put('settings', { key, value });
}
