import type { QueuedDose } from '../offline/deskDatabase';
import type { DeskServices } from '../offline/deskServices';
import type { NewDose } from '../offline/doseQueue';

/** What became of a dose the vaccinator recorded. */
export interface RecordAttempt {
  /** The queue entry as it stands after trying to send it. */
  entry: QueuedDose;
  /** False when the same dose was already in the queue (a second tap, a second visit). */
  added: boolean;
}

/**
 * Queues the dose (its key is made here, once) and, when the browser is online, sends the queue at once so
 * the vaccinator sees the server's verdict; offline, the dose waits for the network.
 */
export async function recordAndSend(services: DeskServices, dose: NewDose): Promise<RecordAttempt> {
  const { entry, added } = await services.queue.enqueue(dose);
  // The browser's own word decides: the desk's flag may still say offline after a failure the network has got over.
  if (entry.status === 'pending' && navigator.onLine) await services.sync('record');
  return { entry: (await services.queue.get(entry.idempotencyKey)) ?? entry, added };
}
