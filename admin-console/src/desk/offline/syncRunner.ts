import type { DoseQueue } from './doseQueue';
import { syncQueue, type DeskSyncApi, type SyncReport } from './syncQueue';

/** The Web Locks API where the browser has it; a second tab of the same desk then waits instead of sending too. */
type LockManagerLike = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

function browserLocks(): LockManagerLike | undefined {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? (navigator.locks as LockManagerLike) : undefined;
}

/**
 * Runs one sync at a time: the online event, the retry timer and the vaccinator's button may all ask at once, and
 * they share the sync already running. The keys make a doubled send harmless anyway; this only saves the traffic.
 */
export function createSyncRunner(
  queue: DoseQueue,
  api: DeskSyncApi,
  owner: string,
  lockName: string,
  locks: LockManagerLike | undefined = browserLocks(),
): () => Promise<SyncReport> {
  let running: Promise<SyncReport> | undefined;
  return () => {
    if (!running) {
      const run = () => syncQueue(queue, api, owner);
      running = (locks ? locks.request(lockName, run) : run()).finally(() => {
        running = undefined;
      });
    }
    return running;
  };
}
