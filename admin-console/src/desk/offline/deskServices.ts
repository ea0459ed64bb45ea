import { tenantApi } from '../../api/clients';
import { deskSyncApi } from './deskApi';
import { pruneCache } from './deskCache';
import { openDeskDatabase, type DeskDatabase } from './deskDatabase';
import { DoseQueue } from './doseQueue';
import type { DeskSyncApi, SyncReport } from './syncQueue';
import { createSyncRunner } from './syncRunner';

/** How often a desk with doses waiting tries to send them, besides the moment the browser says it is back online. */
export const RETRY_INTERVAL_MS = 30_000;
/** Settled entries and kept copies older than this are forgotten when the desk opens. */
const KEEP_MS = 36 * 60 * 60 * 1000;

/** What the desk shows about its queue and connection. */
export interface DeskStatus {
  /** The browser's word, corrected by the last call: a failed send means offline until one succeeds. */
  online: boolean;
  pending: number;
  syncing: boolean;
  lastSync?: { at: number; report: SyncReport };
}

type Listener = () => void;

/** Who asked for a sync: the desk itself (online again, timer), the vaccinator's button, or a dose just recorded. */
export type SyncReason = 'automatic' | 'manual' | 'record';

/**
 * The desk's queue, its sync and its connection state, for one console and one staff member. It lives outside React
 * (one per page load) so the retry timer and the online listener run whichever desk page is open.
 */
export class DeskServices {
  private status: DeskStatus;
  private readonly listeners = new Set<Listener>();
  private readonly run: () => Promise<SyncReport>;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly reportListeners = new Set<(report: SyncReport, reason: SyncReason) => void>();

  constructor(
    readonly db: DeskDatabase,
    readonly queue: DoseQueue,
    api: DeskSyncApi,
    staffId: string,
    lockName: string,
  ) {
    this.status = { online: typeof navigator === 'undefined' ? true : navigator.onLine, pending: 0, syncing: false };
    this.run = createSyncRunner(queue, api, staffId, lockName);
    queue.subscribe(() => void this.refreshPending());
  }

  getStatus = (): DeskStatus => this.status;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called with the report of every sync that ends (to tell the vaccinator what was sent). */
  onReport(listener: (report: SyncReport, reason: SyncReason) => void): () => void {
    this.reportListeners.add(listener);
    return () => this.reportListeners.delete(listener);
  }

  private update(change: Partial<DeskStatus>): void {
    this.status = { ...this.status, ...change };
    for (const listener of this.listeners) listener();
  }

  async refreshPending(): Promise<void> {
    this.update({ pending: await this.queue.pendingCount() });
  }

  /**
   * A call of the desk reached the server, or did not: keeps the online flag honest between browser events. A
   * browser that says it is offline is believed even if an answer that left before the cut arrives after it.
   */
  noteReachable(reachable: boolean): void {
    const online = reachable && navigator.onLine;
    if (this.status.online !== online) this.update({ online });
  }

  /** Sends what is pending now; shares a sync already running. */
  async sync(reason: SyncReason): Promise<SyncReport> {
    this.update({ syncing: true });
    try {
      const report = await this.run();
      if (report.stopped?.reason === 'unreachable') this.noteReachable(false);
      else if (report.recorded + report.duplicate + report.refused > 0) this.noteReachable(true);
      this.update({ lastSync: { at: Date.now(), report }, pending: report.pending });
      for (const listener of this.reportListeners) listener(report, reason);
      return report;
    } finally {
      this.update({ syncing: false });
    }
  }

  private readonly wentOnline = () => {
    this.update({ online: true });
    void this.sync('automatic');
  };

  private readonly wentOffline = () => this.update({ online: false });

  /** Starts the automatic sync: when the browser is back online, and on a timer while doses wait. */
  start(): void {
    if (this.timer) return;
    window.addEventListener('online', this.wentOnline);
    window.addEventListener('offline', this.wentOffline);
    this.timer = setInterval(() => {
      if (this.status.pending > 0 && !this.status.syncing && navigator.onLine) void this.sync('automatic');
    }, RETRY_INTERVAL_MS);
    void this.refreshPending().then(() => {
      if (this.status.pending > 0 && navigator.onLine) void this.sync('automatic');
    });
  }

  stop(): void {
    window.removeEventListener('online', this.wentOnline);
    window.removeEventListener('offline', this.wentOffline);
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

const opened = new Map<string, Promise<DeskServices>>();

/**
 * The desk of this console (API prefix) and staff member, opened once per page load. Opening another staff member's
 * desk (after a sign-out and sign-in in the same page) stops the previous one's automatic sync.
 */
export function deskServicesFor(prefix: string, staffId: string): Promise<DeskServices> {
  const name = `${prefix || '/'}:${staffId}`;
  for (const [other, services] of opened) {
    if (other === name) continue;
    opened.delete(other);
    void services.then((desk) => desk.stop(), () => undefined);
  }
  let services = opened.get(name);
  if (!services) {
    services = (async () => {
      const db = await openDeskDatabase(prefix, staffId);
      const queue = new DoseQueue(db);
      const before = Date.now() - KEEP_MS;
      await queue.pruneSettled(before);
      await pruneCache(db, before);
      const desk = new DeskServices(db, queue, deskSyncApi(tenantApi), staffId, `cowin-desk-sync:${name}`);
      desk.start();
      return desk;
    })();
    // A failure to open (private mode without IndexedDB) may pass: let the next page try again.
    services.catch(() => opened.delete(name));
    opened.set(name, services);
  }
  return services;
}
