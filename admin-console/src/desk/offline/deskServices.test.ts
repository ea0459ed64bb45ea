import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeskServices, RETRY_INTERVAL_MS } from './deskServices';
import { aDose, FakeDeskServer, freshQueue, OWNER } from './queueTestSupport';

/** Sets what `navigator.onLine` answers, as a browser does when the network comes and goes. */
function setBrowserOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
}

async function settle() {
  // Lets the IndexedDB requests and promise chains of a sync run to the end.
  for (let n = 0; n < 20; n += 1) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('DeskServices', () => {
  let desk: DeskServices | undefined;
  afterEach(() => {
    desk?.stop();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('sends the queue when the browser says the network is back', async () => {
    setBrowserOnline(false);
    const { queue, db } = await freshQueue();
    const server = new FakeDeskServer();
    desk = new DeskServices(db, queue, server, OWNER, 'test');
    desk.start();
    await queue.enqueue(aDose());
    await settle();
    expect(desk.getStatus()).toMatchObject({ online: false, pending: 1 });

    const reports: string[] = [];
    desk.onReport((report, reason) => reports.push(`${reason}:${report.recorded}`));
    setBrowserOnline(true);
    window.dispatchEvent(new Event('online'));
    await settle();

    expect(desk.getStatus()).toMatchObject({ online: true, pending: 0, syncing: false });
    expect(reports).toEqual(['automatic:1']);
    expect(server.doses.size).toBe(1);
  });

  it('marks the desk offline when a send cannot reach the server, and retries on its timer', async () => {
    setBrowserOnline(true);
    const { queue, db } = await freshQueue();
    const server = new FakeDeskServer();
    server.reachable = false;
    desk = new DeskServices(db, queue, server, OWNER, 'test');
    await queue.enqueue(aDose());
    await desk.refreshPending();

    const first = await desk.sync('manual');
    expect(first.stopped).toEqual({ reason: 'unreachable' });
    expect(desk.getStatus()).toMatchObject({ online: false, pending: 1 });

    server.reachable = true;
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    desk.start();
    vi.advanceTimersByTime(RETRY_INTERVAL_MS);
    vi.useRealTimers();
    await settle();

    expect(desk.getStatus()).toMatchObject({ online: true, pending: 0 });
    expect(server.doses.size).toBe(1);
  });

  it('follows the browser going offline', async () => {
    setBrowserOnline(true);
    const { queue, db } = await freshQueue();
    desk = new DeskServices(db, queue, new FakeDeskServer(), OWNER, 'test');
    desk.start();
    window.dispatchEvent(new Event('offline'));
    expect(desk.getStatus().online).toBe(false);
  });
});
